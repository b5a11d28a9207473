"""Finding words in a brief's prose without crying wolf.

Wording rules share these helpers so that they agree on what a match is:
whole words and phrases only, any letter case, hyphens and spaces alike
("user-friendly" is "user friendly"), and nothing inside quotes or code spans,
where a product name such as "Fast Track" or `fast_mode` is a name, not a wish.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reqkit.model import Brief
from reqkit.positions import Path

# "…", “…”, `…`, and '…' when the quote is not an apostrophe inside a word.
_QUOTED = re.compile(
    r'"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|`[^`\n]*`|(?<![\w])\'[^\'\n]+\'(?![\w])'
)


def mask_quoted(text: str) -> str:
    """``text`` with quoted names and code spans blanked out, offsets unchanged."""
    if not any(mark in text for mark in "\"“‘`'"):
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def _phrase_regex(phrase: str) -> str:
    words = re.split(r"[\s-]+", phrase.strip())
    body = r"[\s-]+".join(re.escape(word) for word in words if word)
    start = r"(?<![\w-])" if re.match(r"\w", phrase) else ""
    end = r"(?![\w-])" if re.search(r"\w$", phrase) else ""
    return start + body + end


@dataclass(frozen=True)
class Match:
    """A matched term: offsets into the original text and the text as written."""

    start: int
    end: int
    text: str


class TermMatcher:
    """Matches any of a list of words and phrases, longest first, in one pass."""

    def __init__(self, terms: Iterable[str], *, case_sensitive: bool = False) -> None:
        unique = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
        self.terms = tuple(unique)
        flags = 0 if case_sensitive else re.IGNORECASE
        pattern = "|".join(_phrase_regex(term) for term in unique)
        self._regex = re.compile(pattern, flags) if unique else None

    def find(self, text: str) -> Iterator[Match]:
        """Every match outside quotes and code spans."""
        if self._regex is None or not text:
            return
        masked = mask_quoted(text)
        for found in self._regex.finditer(masked):
            yield Match(found.start(), found.end(), text[found.start() : found.end()])


@dataclass(frozen=True)
class TextField:
    """A piece of prose in the brief and where it lives."""

    path: Path
    text: str
    kind: str  # "statement", "criterion", "goal" or "metric"


#: The prose that wording rules read, by kind.
STATEMENTS = "statement"
CRITERIA = "criterion"
GOALS = "goal"
METRICS = "metric"


def prose(brief: Brief, kinds: Iterable[str] = (STATEMENTS, CRITERIA)) -> Iterator[TextField]:
    """Requirement statements, acceptance criteria, goal statements and metric names."""
    wanted = set(kinds)
    for index, requirement in enumerate(brief.requirements):
        base: Path = ("requirements", index)
        if STATEMENTS in wanted:
            yield TextField((*base, "statement"), requirement.statement, STATEMENTS)
        if CRITERIA in wanted:
            for number, criterion in enumerate(requirement.acceptance_criteria):
                yield TextField((*base, "acceptance_criteria", number), criterion, CRITERIA)
    for index, goal in enumerate(brief.goals):
        if GOALS in wanted:
            yield TextField(("goals", index, "statement"), goal.statement, GOALS)
        if METRICS in wanted:
            for number, metric in enumerate(goal.metrics):
                yield TextField(("goals", index, "metrics", number, "name"), metric.name, METRICS)

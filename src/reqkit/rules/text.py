"""Finding words in a brief's prose without crying wolf.

Wording rules share these helpers so that they agree on what a match is:
whole words and phrases only, any letter case, hyphens and spaces alike
("user-friendly" is "user friendly"), and nothing inside quotes or code spans,
where a product name such as "Fast Track" or `fast_mode` is a name, not a wish.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reqkit.model import Brief, derived
from reqkit.positions import Path

# "…", “…”, `…`, and '…' when the quote is not an apostrophe inside a word.
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|`[^`\n]*`|(?<![\w])\'[^\'\n]+\'(?![\w])')


@functools.lru_cache(maxsize=1 << 16)
def mask_quoted(text: str) -> str:
    """``text`` with quoted names and code spans blanked out, offsets unchanged.

    Cached: every wording rule reads the same statements, so each is masked once.
    """
    if not any(mark in text for mark in "\"“‘`'"):
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


_TOKEN = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=1 << 16)
def tokens(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case (cached: many rules ask about the same text)."""
    return frozenset(_TOKEN.findall(text.lower()))


_SEPARATOR = "\x00"  # stands for the white space or hyphen between two words of a phrase


def _words_of(phrase: str) -> list[str]:
    return [word for word in re.split(r"[\s-]+", phrase.strip()) if word]


def _trie_pattern(phrases: Iterable[str]) -> str:
    """One regular expression for many phrases, with shared prefixes factored out.

    Python's regex engine tries alternatives one by one; a prefix tree lets it
    reject most positions after one character, which keeps word lists of any
    length fast on long texts. Quantifiers are greedy, so the longest phrase
    wins where one is a prefix of another.
    """
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for char in _SEPARATOR.join(_words_of(phrase)):
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    branches = [
        (r"[\s-]+" if char == _SEPARATOR else re.escape(char)) + _emit(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    optional = "" in node
    if len(branches) == 1 and not optional:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if optional else group


def _bounded(phrases: list[str]) -> str:
    """Whole-word matching: a phrase that starts or ends with a letter must not touch another."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for phrase in phrases:
        key = (bool(re.match(r"\w", phrase)), bool(re.search(r"\w$", phrase)))
        groups.setdefault(key, []).append(phrase)
    parts = []
    for (word_start, word_end), members in sorted(groups.items(), reverse=True):
        start = r"(?<![\w-])" if word_start else ""
        end = r"(?![\w-])" if word_end else ""
        parts.append(start + _trie_pattern(members) + end)
    return "|".join(parts)


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
        folded = unique if case_sensitive else sorted({t.lower() for t in unique})
        self._regex = re.compile(_bounded(folded), flags) if unique else None
        # A phrase can only match where its first word occurs, so a text that
        # has none of the first words is skipped without running the regex.
        # Phrases without any letter or digit ("???") disable the shortcut.
        firsts = [_TOKEN.search(term.lower()) for term in unique]
        self._first_words = frozenset(m.group() for m in firsts if m) if all(firsts) else None

    def find(self, text: str) -> Iterator[Match]:
        """Every match outside quotes and code spans."""
        if self._regex is None or not text:
            return
        if self._first_words is not None and self._first_words.isdisjoint(tokens(text)):
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
    wanted = frozenset(kinds)
    return (field for field in derived(brief, "prose", _all_prose) if field.kind in wanted)


def _all_prose(brief: Brief) -> tuple[TextField, ...]:
    """Every piece of prose the wording rules read, built once per brief."""
    fields: list[TextField] = []
    for index, requirement in enumerate(brief.requirements):
        base: Path = ("requirements", index)
        fields.append(TextField((*base, "statement"), requirement.statement, STATEMENTS))
        for number, criterion in enumerate(requirement.acceptance_criteria):
            fields.append(TextField((*base, "acceptance_criteria", number), criterion, CRITERIA))
    for index, goal in enumerate(brief.goals):
        fields.append(TextField(("goals", index, "statement"), goal.statement, GOALS))
        for number, metric in enumerate(goal.metrics):
            fields.append(
                TextField(("goals", index, "metrics", number, "name"), metric.name, METRICS)
            )
    return tuple(fields)

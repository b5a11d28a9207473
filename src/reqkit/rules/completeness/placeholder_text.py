"""RK201 placeholder-text: scaffold placeholders such as TODO, TBD or "???" left in the brief."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.facts import all_text, all_text_joined
from reqkit.rules.text import Match, TermMatcher, mask_quoted

#: Markers matched only as written, because in other letter cases some are words.
MARKERS = ("TODO", "TBD", "TBC", "TBA", "FIXME", "XXX", "tbd", "tbc")

#: Words and phrases that mark a gap in any letter case.
PHRASES = (
    "lorem ipsum",
    "to be decided",
    "to be defined",
    "to be determined",
    "to be confirmed",
    "to be announced",
    "to be clarified",
)

#: Gaps written with punctuation: "???" standing alone, "<fill in>", "[insert date]".
PATTERNS = (
    re.compile(r"(?<!\S)\?{2,}(?!\S)"),
    re.compile(r"<[A-Za-z][A-Za-z ._-]{0,40}>"),
    re.compile(r"\[\s*(?:insert|add|enter|fill|your)\b[^\]\n]{0,60}\]", re.IGNORECASE),
)


class PlaceholderFinder:
    """Finds placeholders in a text: markers as written, phrases in any case, punctuation gaps."""

    def __init__(self, markers: tuple[str, ...], phrases: tuple[str, ...]) -> None:
        self._markers = TermMatcher(markers, case_sensitive=True)
        self._phrases = TermMatcher(phrases)
        # A cheap first look: most texts contain none of these, and the exact
        # matchers, which check word boundaries, are slow on large briefs.
        words = [
            re.split(r"[\s-]+", term.strip().lower())
            for term in (*markers, *phrases)
            if term.strip()
        ]
        longest = {max(parts, key=len) for parts in words if parts}
        self._clues = tuple(sorted(longest | {"??", "<", "["}))

    def might_hold(self, text: str) -> bool:
        """False when ``text`` surely holds no placeholder: true of nearly every text."""
        return any(map(text.lower().__contains__, self._clues))

    def find(self, text: str) -> list[Match]:
        """Every placeholder in ``text``, in order; one that lies inside another counts once."""
        if not self.might_hold(text):
            return []
        found = [*self._markers.find(text), *self._phrases.find(text), *_punctuation_gaps(text)]
        found.sort(key=lambda m: (m.start, -m.end))
        kept: list[Match] = []
        for match in found:
            if not kept or match.start >= kept[-1].end:
                kept.append(match)
        return kept


def _punctuation_gaps(text: str) -> Iterator[Match]:
    if not any(mark in text for mark in "?<["):
        return
    masked = mask_quoted(text)
    for pattern in PATTERNS:
        for found in pattern.finditer(masked):
            yield Match(found.start(), found.end(), text[found.start() : found.end()])


@functools.lru_cache(maxsize=16)
def placeholder_finder(
    markers: tuple[str, ...] = MARKERS, phrases: tuple[str, ...] = PHRASES
) -> PlaceholderFinder:
    """A finder for these lists, built once per set of lists."""
    return PlaceholderFinder(markers, phrases)


class PlaceholderTextOptions(RuleOptions):
    """Which placeholders to look for."""

    markers: tuple[str, ...] = MARKERS
    """Markers flagged only when written exactly so, letter case included ("TODO", not "todo")."""

    words: tuple[str, ...] = PHRASES
    """Words and phrases flagged in any letter case; setting it replaces the list."""

    extend_words: tuple[str, ...] = ()
    """Words or phrases to flag in addition to the list, in any letter case."""

    allow: tuple[str, ...] = ()
    """Markers, words or phrases from the lists not to flag in this project."""

    def finder(self) -> PlaceholderFinder:
        allowed = {word.lower() for word in self.allow}
        markers = tuple(m for m in self.markers if m.lower() not in allowed)
        words = tuple(w for w in (*self.words, *self.extend_words) if w.lower() not in allowed)
        return placeholder_finder(markers, words)


class PlaceholderText(Rule):
    """Flags scaffold placeholders such as TODO, TBD, "???" or "<fill in>" left in the brief.

    A placeholder is a gap the author meant to fill and did not. In a draft
    that is normal, so the rule only takes notes; once the brief goes to IT
    every gap is a question IT has to send back, and a "TBD" in a hosting or
    security field is exactly where the surprises come from later. Every
    text of the brief is read: titles, names, lists, the glossary, and the
    reasons given for waivers (a waiver whose reason is "TBD" has no reason).
    Besides the word lists, "??" or "???" standing alone, a few words in angle
    brackets ("<launch date>") and "[insert ...]", "[add ...]", "[enter ...]"
    are flagged. Quoted names ("TBD" the board game) are not, and neither is
    "N/A": it is an answer, even if IT may ask why.

    Bad: hosting: TBD
    Good: hosting: The existing TYPO3 cluster in the Frankfurt data centre.
    """

    code = "RK201"
    name = "placeholder-text"
    friction = "F1"
    needs = ()
    levels = NEEDED_AT_HANDOFF
    Options = PlaceholderTextOptions

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        finder = context.options.finder()  # type: ignore[attr-defined]
        if not finder.might_hold(all_text_joined(brief)):
            return  # a finished brief: one search through all its text says so
        for written in all_text(brief):
            for match in finder.find(written.text):
                yield Finding(
                    written.path,
                    f'Placeholder "{match.text}": this part of the brief is not written yet',
                    "Write what is meant here. If nobody knows yet, ask it under open_questions "
                    "with who finds out and by when, e.g. `- {question: Where will the site be "
                    "hosted?, owner: Sam Okafor, due: 2027-01-15}`, and remove the placeholder.",
                    span=None if written.is_key else (match.start, match.end),
                    on_key=written.is_key,
                )

"""RK103 superlative: "best", "fastest", "world-class" and other wishes no test can confirm."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from typing import ClassVar

from reqkit.model import Brief
from reqkit.rules.base import WORDING, Context, Finding
from reqkit.rules.text import CRITERIA, GOALS, STATEMENTS, Match, TextField, mask_quoted
from reqkit.rules.wording._grammar import tail_before, words_after, words_before
from reqkit.rules.wording._names import part_of_name
from reqkit.rules.wording._numbers import quantity_between
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists

#: Superlatives and absolutes (ISO/IEC/IEEE 29148: "best", "most"). Ordinary
#: "-est" words that usually describe a sort order ("newest", "latest") are
#: left out, as is "least" ("at least 3" is precise).
SUPERLATIVES = (
    "best",
    "best-in-class",
    "best of breed",
    "world-class",
    "first-class",
    "top-notch",
    "industry-leading",
    "market-leading",
    "unbeatable",
    "unmatched",
    "unparalleled",
    "perfect",
    "perfectly",
    "flawless",
    "flawlessly",
    "optimal",
    "optimally",
    "optimum",
    "ultimate",
    "most",
    "fastest",
    "quickest",
    "highest",
    "lowest",
    "greatest",
    "biggest",
    "largest",
    "smallest",
    "cheapest",
    "fewest",
    "easiest",
    "simplest",
    "shortest",
    "smoothest",
    "safest",
    "bug-free",
    "error-free",
    "fault-free",
    "defect-free",
    "foolproof",
    "completely secure",
    "fully secure",
    "totally secure",
    "absolutely secure",
    "unhackable",
    "maximum",
    "minimum",
    "max",
    "maximal",
    "maximise",
    "maximize",
    "minimise",
    "minimize",
)

#: Phrases with a listed word that are precise: limits, rankings, fixed terms.
PRECISE_PHRASES = (
    "at most",
    "at the most",
    "most recent",
    "most recently",
    "most popular",
    "most viewed",
    "most visited",
    "most read",
    "most used",
    "most frequent",
    "most frequently",
    "at a minimum",
    "as a minimum",
    "at minimum",
    "best before",
)

#: After "100 %", these make an absolute promise no system keeps and no test proves.
ABSOLUTE_PROMISES = (
    "uptime",
    "availability",
    "available",
    "secure",
    "security",
    "safe",
    "accurate",
    "accuracy",
    "reliable",
    "reliability",
    "bug-free",
    "error-free",
    "satisfaction",
    "satisfied",
    "compatible",
    "compatibility",
    "guaranteed",
)

#: Words that are precise when a number stands next to them: "a maximum of 5 seconds".
_LIMITS = frozenset({"maximum", "minimum", "max", "maximal"})
#: Words between a limit and its value: "a minimum length of 12", "the maximum ... below 800 ms".
_LIMIT_LINKS = frozenset({"of", "is", "at", "below", "under", "above", "to"})
_HUNDRED = re.compile(
    r"(?<![\d.,])100(?:[.,]0+)?\s?(?:%|percent\b|per\s+cent\b)[\s-]*(?P<what>[\w-]+)", re.IGNORECASE
)


@document_lists
class Superlative(TermRule):
    """Flags superlatives and absolutes such as "best", "fastest", "world-class" or "100 % uptime".

    "The best booking experience" or "the fastest checkout" cannot be
    tested: best compared with what, measured how? IT can only guess, and
    any result can be called a failure after launch. An absolute promise
    such as "100 % uptime" cannot be kept or proved by any system. Say what
    is measured and where the bar is.

    A superlative that is precise is not flagged: a limit with a number ("a
    maximum of 5 seconds", "minimum 2 characters", "10 MB maximum", "a
    minimum contrast ratio of 4.5:1"), a ranking ("show the cheapest option
    first", "the most recent order"), "100 % of the contacts", which is a
    count, and words of a name in title case ("the Best Price Guarantee
    page").

    Checked in requirement statements, acceptance criteria and goal statements.

    Bad: "The app shall offer the best loyalty experience in the market."
    Good: "The app shall show a member's points balance within 2 seconds of opening."
    """

    code = "RK103"
    name = "superlative"
    friction = "F9"
    needs = ()
    levels = WORDING
    kinds = (STATEMENTS, CRITERIA, GOALS)
    message = 'Superlative "{term}": there is nothing to test it against'
    hint = (
        "Say what is measured and the value that counts as success, "
        'e.g. "loads in under 2 seconds".'
    )
    hints: ClassVar[Mapping[str, str]] = {
        "most": 'Give the number or share, e.g. "80 % of visitors", or the measure and its limit.',
        "maximum": 'Give the limit with its unit, e.g. "a maximum of 5 seconds".',
        "minimum": 'Give the limit with its unit, e.g. "a minimum of 8 characters".',
        "max": 'Give the limit with its unit, e.g. "at most 5 seconds".',
        "maximise": 'Give the target, e.g. "raise sign-ups from 1,200 to 2,000 a month".',
        "maximize": 'Give the target, e.g. "raise sign-ups from 1,200 to 2,000 a month".',
        "minimise": 'Give the target, e.g. "cut the checkout from 5 steps to 3".',
        "minimize": 'Give the target, e.g. "cut the checkout from 5 steps to 3".',
        "best in class": 'Name the rival and the measure, e.g. "fewer checkout steps than shop X".',
        "world class": 'Name the measure and the bar, e.g. "a store rating of 4.5 or more".',
    }

    class Options(TermOptions):
        words: tuple[str, ...] = SUPERLATIVES
        """The built-in list; setting it replaces the list entirely."""

        exceptions: tuple[str, ...] = PRECISE_PHRASES
        """Longer phrases that contain a listed word but are precise."""

        absolute_promises: tuple[str, ...] = ABSOLUTE_PROMISES
        """Words that make "100 %" before them an absolute promise ("100 % uptime")."""

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        if part_of_name(field.text, match):
            return False  # "the Best Price Guarantee page"
        word = match.text.lower()
        if word in _LIMITS:
            return not _number_next_to(field.text, match) and not _limit_of(field.text, match)
        return not _ranking(field.text, match)

    def wording(self, term: str, field: TextField) -> tuple[str, str]:
        if term[0].isdigit():
            return (
                f'Absolute promise "{term}": no system keeps it and no test can prove it',
                "Give the level that is good enough and how it is measured, e.g. "
                '"99.5 % availability per calendar month, measured by the uptime monitor".',
            )
        return super().wording(term, field)

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        promises = {word.lower() for word in context.options.absolute_promises}  # type: ignore[attr-defined]
        absolutes = (
            Finding(field.path, *self.wording(found.group(), field), span=found.span())
            for field in self.fields(brief)
            if "100" in field.text
            for found in _HUNDRED.finditer(mask_quoted(field.text))
            if found.group("what").lower() in promises
        )
        return itertools.chain(super().check(brief, context), absolutes)


def _number_next_to(text: str, match: Match) -> bool:
    """A number among the 4 words after the match or the 2 words before it."""
    after = words_after(text, match.end, 4)
    before = words_before(text, match.start, 2)
    if not after and not before:
        return False
    start = before[0].start if before else match.start
    end = after[-1].end if after else match.end
    return quantity_between(text, start, end)


def _limit_of(text: str, match: Match) -> bool:
    """A limit named before its number: "a minimum contrast ratio of 4.5:1", "maximum size of 10 MB".

    The number may be a ratio or a bare figure (number-without-unit judges
    the unit); what matters is that the limit has a value.
    """
    following = words_after(text, match.end, 7)
    for word, after in itertools.pairwise(following):
        if word.lower in _LIMIT_LINKS and any(character.isdigit() for character in after.text):
            return True
        if word.lower in ("and", "or", "but", "shall", "must"):
            return False
    return False


def _ranking(text: str, match: Match) -> bool:
    """A superlative that sorts: "the cheapest option first", "sorted by highest score"."""
    following = [w.lower for w in words_after(text, match.end, 4)]
    preceding = tail_before(text, match.start).lower().rstrip()
    return (
        "first" in following
        or "last" in following
        or preceding.endswith(("sorted by", "sort by", "ranked by"))
    )

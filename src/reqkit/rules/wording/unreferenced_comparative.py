"""RK104 unreferenced-comparative: "faster", "better", "more" with no "than what"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from typing import ClassVar

from reqkit.model import Brief
from reqkit.rules.base import WORDING
from reqkit.rules.text import CRITERIA, GOALS, STATEMENTS, Match, TextField
from reqkit.rules.textcache import per_brief
from reqkit.rules.wording._comparative_words import (
    BEFORE_A_NOUN,
    CHANGE_VERBS,
    COMPARATIVES,
    FIXED_PHRASES,
)
from reqkit.rules.wording._grammar import (
    sentence_of,
    starts_sentence,
    words_after,
    words_before,
)
from reqkit.rules.wording._number_words import FUNCTION_WORDS
from reqkit.rules.wording._numbers import quantity_between
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists

# A reference anywhere in the sentence: "than", "compared with", "as fast as", "vs".
_REFERENCE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|in\s+comparison|relative\s+to|versus|vs\b|as\s+[\w-]+\s+as|baseline)\b",
    re.IGNORECASE,
)
# An amount after the comparative: "by 20 %", "to 2 seconds", "from 5 to 3 steps",
# "above 5,000 points".
_AMOUNT_AFTER = re.compile(
    r"\b(?:by|to|from|of|above|below|over|under)\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+|up\s+to\s+)?[€$£]?\s?\d",
    re.IGNORECASE,
)


@document_lists
class UnreferencedComparative(TermRule):
    """Flags comparatives such as "faster", "better" or "more" with no reference point.

    "The new booking form shall be faster" is met by saving a millisecond,
    and failed by anything short of instant, depending on who reads it. A
    comparison needs what it compares with and by how much: "than the 2025
    form", "from 5 steps to 3", "by 20 %", "in under 2 seconds".

    Not flagged when the same sentence gives the reference: "than", "compared
    with", "as fast as", "versus", an amount ("20 % more", "2 seconds
    faster", "reduced to 3 steps", "from 180 to 300"), or "or more" after the
    value it extends. Participles of change ("reduced", "increased",
    "boosted") are comparisons only before a noun ("reduced bounce rates",
    "increased sales"); "shall be reduced by the points redeemed" is a
    calculation, and "reduced prices" a fixed term; the verbs ("shall reduce
    the number of calls") are comparisons when nothing says by how much. A goal is also fine when one of its metrics has both a
    baseline and a target: the metric is the reference. Fixed terms such as
    "no longer" and "lower case", button labels such as "Load more", and
    proper names written with a capital ("Greater London") are not comparisons.

    Checked in requirement statements, acceptance criteria and goal statements.

    Bad: "The new checkout shall be faster and easier."
    Good: "The new checkout shall take 3 steps instead of the current 5."
    """

    code = "RK104"
    name = "unreferenced-comparative"
    friction = "F9"
    needs = ()
    levels = WORDING
    kinds = (STATEMENTS, CRITERIA, GOALS)
    message = 'Comparison "{term}" without a reference point: compared with what, and by how much?'
    hint = (
        'Name the reference and the amount, e.g. "in under 2 seconds (today 5 seconds)" '
        'or "from 180 to 300 leads".'
    )
    hints: ClassVar[Mapping[str, str]] = {
        "more": 'Say how many and compared with what, e.g. "from 180 to 300 qualified leads".',
        "less": 'Say how much and compared with what, e.g. "from 11 days to 1 working day".',
        "fewer": 'Say how many and compared with what, e.g. "from 5 steps to 3".',
        "better": "Say what is measured and the value that counts as better, "
        'e.g. "a no-show rate of 20 % instead of 41 %".',
    }

    class Options(TermOptions):
        words: tuple[str, ...] = COMPARATIVES
        """The built-in list; setting it replaces the list entirely."""

        exceptions: tuple[str, ...] = FIXED_PHRASES
        """Longer phrases that contain a listed word but compare with nothing."""

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        if field.kind == GOALS and _measured_goal(brief, field):
            return False
        if match.text[0].isupper() and not starts_sentence(field.text, match.start):
            return False  # a proper name such as "Greater London"
        if match.text.lower() in BEFORE_A_NOUN and not _before_a_noun(field.text, match):
            return False
        if match.text.lower() in CHANGE_VERBS and not _changes_without_amount(field.text, match):
            return False
        return not _has_reference(field.text, match)


def _before_a_noun(text: str, match: Match) -> bool:
    """Whether a participle of change describes the noun after it: "increased sales".

    After "be" or "get" it is a verb ("shall be reduced by 10 points"), and a
    function word or the end of the sentence after it means no noun follows.
    """
    before = words_before(text, match.start, 1)
    if before and before[0].lower in _VERB_BEFORE:
        return False
    after = words_after(text, match.end, 1)
    if not after or text[match.end : after[0].start].strip():
        return False  # the end of the text, or punctuation before the next word
    return after[0].lower not in FUNCTION_WORDS and not after[0].text[0].isdigit()


def _changes_without_amount(text: str, match: Match) -> bool:
    """Whether a verb of change is the requirement's verb with no "by" after it.

    "shall reduce the number of support calls" promises less than something
    never named; "shall reduce the balance by the points redeemed" computes.
    """
    before = words_before(text, match.start, 1)
    if not before or before[0].lower not in _MODALS_AND_TO:
        return False
    _, end = sentence_of(text, match.start)
    return _BY.search(text, match.end, end) is None


_MODALS_AND_TO = frozenset({"shall", "must", "will", "should", "may", "could", "to", "can"})
_BY = re.compile(r"\bby\b", re.IGNORECASE)
_VERB_BEFORE = frozenset({
    "be", "is", "are", "was", "were", "been", "being", "get", "gets", "got", "has", "have", "had",
})  # fmt: skip


def _measured_goal(brief: Brief, field: TextField) -> bool:
    goal = brief.goals[int(field.path[1])]
    return any(m.baseline is not None and m.target is not None for m in goal.metrics)


def _has_reference(text: str, match: Match) -> bool:
    start, end = sentence_of(text, match.start)
    if _found_within(_places(text, _REFERENCE), start, end):
        return True
    if _found_within(_places(text, _AMOUNT_AFTER), match.end, end):
        return True
    before = [word for word in words_before(text, match.start, 3) if word.start >= start]
    if not before:
        return False
    return quantity_between(text, before[0].start, match.start)


@per_brief
def _places(text: str, pattern: re.Pattern[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where ``pattern`` matches in ``text``: starts and ends, found once per text.

    A long sentence full of comparatives would otherwise be searched once
    per comparative.
    """
    found = list(pattern.finditer(text))
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


def _found_within(places: tuple[tuple[int, ...], tuple[int, ...]], start: int, end: int) -> bool:
    starts, ends = places
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and ends[index] <= end

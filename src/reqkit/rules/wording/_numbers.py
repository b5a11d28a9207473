"""Numbers in prose, and whether each one measures something.

"Within 5 minutes" measures; "within 5." leaves the unit to guess; "REQ-004",
"WCAG 2.1", "2027-03-10", "10:00" and "in 2027" are names, dates and times,
not quantities. The unit of a quantity is simply the word that follows it
("5 seconds", "3 clicks", "10,000 visitors"), so a number followed by a
function word or the end of a sentence has none; in a range or a count such
as "2 to 3 seconds" or "8 of 10 test users" the unit comes after the last number.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from reqkit.rules.text import mask_quoted
from reqkit.rules.textcache import per_brief
from reqkit.rules.wording._number_words import (
    CARRIED,
    COUNTERS,
    CURRENCIES,
    CURRENCY_SIGNS,
    FUNCTION_WORDS,
    LABEL_WORDS,
    MODIFIER_PAIRS,
    MODIFIERS,
    MONTHS,
    NUMBER_ADJECTIVES,
    PERIOD_NAME,
    RANGE_LINKS,
    SCALES,
    TIMES_OF_DAY,
    YEAR_COMPARED,
    YEAR_CONTEXT,
)


class Kind(enum.Enum):
    """What a number in prose is."""

    QUANTITY = "quantity"  # with its unit: "5 seconds", "5 %", "EUR 500", "2 to 3 seconds"
    BARE = "bare"  # a quantity without a unit: "within 5."
    NAME = "name"  # an id, version, date, time, year or standard: "REQ-004", "WCAG 2.1"


class Number(NamedTuple):
    """A number as written and what it is."""

    start: int
    end: int
    text: str
    kind: Kind

    @property
    def is_quantity(self) -> bool:
        return self.kind is not Kind.NAME


_LEADING = "([{\"'“‘~<>≤≥"
_TRAILING = ".,;:!?)]}\"'”’"
_DIGIT = re.compile(r"\d")
_SENTENCE_MARKS = frozenset(".!?")
_CURRENCY_SIGNS = frozenset(CURRENCY_SIGNS)
_LETTER = re.compile(r"[^\W\d_]")
_ABBREVIATION = re.compile(r"\d+[A-Z]{2,}")
_PLAIN = re.compile(r"\d[\d,]*(?:\.\d+)?(?:[-–]\d[\d,]*(?:\.\d+)?)?")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_PERIOD = re.compile(PERIOD_NAME, re.IGNORECASE)


class _Chunk(NamedTuple):
    start: int
    end: int
    core: str  # the chunk without surrounding brackets and punctuation
    core_start: int
    trailing: str  # punctuation stripped from the end


def _chunks(masked: str) -> tuple[_Chunk, ...]:
    """The words of a text with their surrounding punctuation split off.

    Not cached: only reading the numbers needs them, and that is cached; a
    page-long statement would otherwise keep a chunk for every word.
    Splitting and stripping in Python is much cheaper than a regex with a
    lazy middle.
    """
    chunks = []
    end = 0
    find, make = masked.index, tuple.__new__  # the named tuple's own __new__ is Python code
    for run in masked.split():
        start = find(run, end)
        end = start + len(run)
        if run.isalnum():  # most words: nothing to strip
            chunks.append(make(_Chunk, (start, end, run, start, "")))
            continue
        body = run.lstrip(_LEADING)
        core = body.rstrip(_TRAILING)
        if core:
            chunks.append(make(_Chunk, (start, end, core, end - len(body), body[len(core) :])))
    return tuple(chunks)


def numbers(text: str, label_words: Sequence[str] = LABEL_WORDS) -> tuple[Number, ...]:
    """Every number in ``text`` outside quotes and code spans, with its kind.

    Cached: four rules ask about the numbers of the same statements.
    """
    if not _DIGIT.search(text):
        return ()
    # A frozenset keeps its hash, so the per-brief cache does not rehash the list on each call.
    labels = _DEFAULT_LABELS if label_words is LABEL_WORDS else _lower_set(tuple(label_words))
    return _numbers(text, labels)


@per_brief
def _numbers(text: str, labels: frozenset[str]) -> tuple[Number, ...]:
    return tuple(_read_numbers(text, labels))


@per_brief
def _quantity_starts(text: str) -> tuple[int, ...]:
    return tuple(number.start for number in numbers(text) if number.is_quantity)


def quantity_between(text: str, start: int, end: int) -> bool:
    """Whether a quantity (a number that measures) starts at or after ``start`` and before ``end``.

    Found by bisection: rules ask this for every finding in a text.
    """
    starts = _quantity_starts(text)
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def _read_numbers(text: str, labels: frozenset[str]) -> Iterator[Number]:
    masked = mask_quoted(text)
    chunks = _chunks(masked)
    unit_in_sentence = False
    previous: tuple[int, Kind] | None = None
    for index, (_, _, core, start, trailing) in enumerate(chunks):
        if not core.isalpha() and _DIGIT.search(core):
            kind = _by_shape(core) or _by_context(chunks, index, masked, labels)
            if previous == (index - 2, Kind.NAME) and chunks[index - 1].core.lower() in RANGE_LINKS:
                kind = Kind.NAME  # "phases 1 and 2", "level 2 or 3"
            if kind is Kind.BARE:
                kind = _unit_from_context(chunks, index, unit_in_sentence)
            unit_in_sentence |= kind is Kind.QUANTITY and not _joins_next_number(chunks, index)
            previous = (index, kind)
            yield Number(start, start + len(core), text[start : start + len(core)], kind)
        if trailing and not _SENTENCE_MARKS.isdisjoint(trailing):
            unit_in_sentence = False


def _unit_from_context(chunks: list[_Chunk], index: int, unit_in_sentence: bool) -> Kind:
    """The kind of a number with no unit after it, once the words before it are weighed."""
    before = [c.core.lower() for c in chunks[max(0, index - 6) : index]]
    if unit_in_sentence and before and before[-1] in CARRIED:
        return Kind.QUANTITY  # "from 5 steps to 3", "3 fields instead of the current 7"
    if before[-2:] and before[-1] == "by" and COUNTERS.intersection(before):
        return Kind.QUANTITY  # "the counter decreases by 1" counts in the counter's unit
    if SCALES.intersection(before[-4:]):
        return Kind.NAME  # a point on a scale
    return Kind.BARE


@functools.lru_cache(maxsize=16)
def _lower_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


_DEFAULT_LABELS = _lower_set(LABEL_WORDS)


def _by_shape(core: str) -> Kind | None:
    """The kind a number has whatever surrounds it, or None if only context can tell."""
    if not _CURRENCY_SIGNS.isdisjoint(core) or core.endswith("%"):
        return Kind.QUANTITY
    if "(" in core:
        return Kind.NAME  # "Art. 6(1)(b)"
    if _LETTER.search(core):
        # "5s", "30-minute", "10ms" carry their unit;
        # "GA4", "v3", "REQ-004", "1st", "2FA" are names.
        starts_with_digit = core[0].isdigit()
        if not starts_with_digit or _ORDINAL.fullmatch(core) or _ABBREVIATION.fullmatch(core):
            return Kind.NAME
        return Kind.QUANTITY
    if _PLAIN.fullmatch(core) is None or (len(core) > 1 and core[0] == "0" and core[1].isdigit()):
        return Kind.NAME  # times, dates, fractions, versions, "6(1)(b)", codes such as "030"
    return None


def _by_context(chunks: list[_Chunk], index: int, masked: str, labels: set[str]) -> Kind:
    chunk = chunks[index]
    before = chunks[index - 1] if index else None
    if before is not None and before.core in CURRENCIES and not before.trailing:
        return Kind.QUANTITY  # "EUR 500"
    if before is not None and _names_what_follows(before, chunk, masked, labels):
        return Kind.NAME
    if chunk.trailing:
        # "5, 10 or 15 minutes" is a list of quantities;
        # "within 5." and "within 5, the" have no unit.
        listed = (
            chunk.trailing == ","
            and index + 1 < len(chunks)
            and _DIGIT.match(chunks[index + 1].core)
        )
        return Kind.QUANTITY if listed else Kind.BARE
    return _by_following(chunks, index)


def _names_what_follows(before: _Chunk, chunk: _Chunk, masked: str, labels: set[str]) -> bool:
    word = before.core
    lower = word.lower()
    labelled = lower in labels or (lower.endswith("s") and lower[:-1] in labels)
    if (labelled or lower in MONTHS) and before.trailing in ("", "."):
        return True  # "level 2", "Art. 6", "March 10"
    if before.trailing:
        return False  # the word ends a sentence or a clause
    if _YEAR.fullmatch(chunk.core) and _names_a_period(lower, before, masked):
        return True
    if word.isupper() and len(word) > 1 and word.isalpha():
        return True  # "WCAG 2.1", "ISO 27001", "HTTP 404"
    capitalised = word != lower and word.isalpha() and word != "I"  # a capital letter in it
    return capitalised and not _starts_sentence(masked, before.start)  # "iOS 17", "Hall 4"


def _names_a_period(lower: str, before: _Chunk, masked: str) -> bool:
    """Whether a year-shaped number after ``before`` is the year of a period.

    "in 2027", "Q1 2026", "FY 2026", "compared with 2025", "vs 2025": a year
    is a date, and a date needs no unit.
    """
    if lower in YEAR_CONTEXT or lower in YEAR_COMPARED or _PERIOD.fullmatch(lower):
        return True
    if lower not in ("with", "to"):
        return False
    return masked[: before.start].rstrip().lower().endswith(("compared", "comparison"))


def _starts_sentence(masked: str, position: int) -> bool:
    at = position
    while at > 0 and masked[at - 1].isspace():
        at -= 1
    return at == 0 or masked[at - 1] in ".!?:;"


def _joins_next_number(chunks: list[_Chunk], index: int) -> bool:
    """Whether the number at ``index`` is the first of a range or count: "2 to 3", "8 of 10"."""
    if index + 2 >= len(chunks) or chunks[index].trailing:
        return False
    link, after = chunks[index + 1], chunks[index + 2]
    return link.core.lower() in RANGE_LINKS and not link.trailing and bool(_DIGIT.match(after.core))


def _by_following(chunks: list[_Chunk], index: int) -> Kind:
    position = index + 1
    previous = chunks[index]
    while position < len(chunks):
        word = chunks[position].core.lower()
        if word.startswith("%") or word in ("percent", "pct"):
            return Kind.QUANTITY
        if word in MONTHS or word in TIMES_OF_DAY:
            return Kind.NAME
        after = chunks[position + 1] if position + 1 < len(chunks) else None
        if after is not None and word in RANGE_LINKS and _DIGIT.match(after.core.lstrip(_LEADING)):
            return Kind.QUANTITY  # part of a range or count; the last number carries the unit
        if after is not None and word == "out" and after.core.lower() == "of":
            position += 1
            continue
        if (
            after is not None
            and (word, after.core.lower()) in MODIFIER_PAIRS
            and not chunks[position].trailing
        ):
            previous, position = after, position + 2
            if previous.trailing:
                return Kind.BARE
            continue
        if word in MODIFIERS and not previous.trailing:
            previous, position = chunks[position], position + 1
            if previous.trailing:
                return Kind.BARE
            continue
        if word in FUNCTION_WORDS or not _LETTER.match(word):
            return Kind.BARE
        if _describes_without_naming(word) and not previous.trailing:
            # "up to 5000 concurrent users" and "2 separate, unticked boxes" name their
            # unit after the adjectives; "up to 5000 concurrent." and "per 5 spent" do not.
            adjective, position = chunks[position], position + 1
            if adjective.trailing and adjective.trailing != ",":
                return Kind.BARE
            previous = adjective._replace(trailing="")
            continue
        return Kind.QUANTITY
    return Kind.BARE


def _describes_without_naming(word: str) -> bool:
    """Whether ``word`` after a number is an adjective or participle rather than a unit."""
    if word in NUMBER_ADJECTIVES:
        return True
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")

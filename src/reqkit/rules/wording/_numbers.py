"""Numbers in prose, and whether each one measures something.

"Within 5 minutes" measures; "within 5." leaves the unit to guess; "REQ-004",
"WCAG 2.1", "2027-03-10", "10:00" and "in 2027" are names, dates and times,
not quantities. The unit of a quantity is simply the word that follows it
("5 seconds", "3 clicks", "10,000 visitors"), so a number followed by a
function word or the end of a sentence has none; in a range or a count such
as "2 to 3 seconds" or "8 of 10 test users" the unit comes after the last number.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reqkit.rules.text import mask_quoted


class Kind(enum.Enum):
    """What a number in prose is."""

    QUANTITY = "quantity"  # with its unit: "5 seconds", "5 %", "EUR 500", "2 to 3 seconds"
    BARE = "bare"  # a quantity without a unit: "within 5."
    NAME = "name"  # an id, version, date, time, year or standard: "REQ-004", "WCAG 2.1"


@dataclass(frozen=True)
class Number:
    """A number as written and what it is."""

    start: int
    end: int
    text: str
    kind: Kind

    @property
    def is_quantity(self) -> bool:
        return self.kind is not Kind.NAME


#: Words after which a number names or labels something instead of counting it.
LABEL_WORDS = (
    "level", "phase", "round", "step", "stage", "tier", "wave", "sprint", "release", "version",
    "v", "page", "section", "chapter", "article", "art", "paragraph", "clause", "annex",
    "appendix", "figure", "fig", "table", "item", "no", "nr", "number", "question", "requirement",
    "priority", "grade", "class", "type", "model", "room", "hall", "gate", "booth", "building",
    "floor", "centre", "center", "region", "zone", "area", "line", "lane", "option", "pack",
    "series", "episode", "week", "day", "quarter", "q", "year", "fy", "bus", "platform",
    "terminal", "code", "error", "status", "port", "channel", "slot",
)  # fmt: skip

_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})  # fmt: skip
_YEAR_CONTEXT = frozenset({
    "in", "since", "from", "until", "till", "by", "of", "before", "after", "during", "for", "end",
    "early", "mid", "late", "fiscal", "spring", "summer", "autumn", "fall", "winter",
})  # fmt: skip
# A number on a scale counts points of that scale: "on a scale from 1 to 5", "a rating of 4".
_SCALES = frozenset({"scale", "rating", "score", "grade"})
# A counter goes up or down in its own unit: "the counter decreases by 1".
_COUNTERS = frozenset({"counter", "count", "total", "balance", "tally", "number"})
_CURRENCIES = frozenset({
    "EUR", "USD", "GBP", "CHF", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "CAD", "AUD",
    "NZD", "CNY", "INR",
})  # fmt: skip
_CURRENCY_SIGNS = "€$£¥"
_TIMES_OF_DAY = frozenset({"am", "pm", "a.m.", "p.m.", "o'clock", "utc", "cet", "cest", "gmt"})

#: Words after a number that say nothing about what it counts.
FUNCTION_WORDS = frozenset({
    "and", "or", "nor", "but", "for", "in", "on", "at", "to", "of", "with", "without", "within",
    "per", "by", "from", "into", "onto", "after", "before", "until", "till", "than", "then", "so",
    "if", "when", "while", "where", "as", "is", "are", "was", "were", "be", "been", "shall",
    "must", "will", "should", "may", "can", "could", "would", "might", "the", "a", "an", "that",
    "which", "who", "this", "these", "those", "it", "its", "each", "every", "all", "any", "not",
    "plus", "minus", "via", "through", "over", "under", "up", "down", "off", "out",
})  # fmt: skip
# Between a number and its unit: "5 or more offers", "3 extra days".
_MODIFIERS = frozenset({"more", "fewer", "less", "extra", "additional", "further"})
_MODIFIER_PAIRS = frozenset(
    {("or", "more"), ("or", "fewer"), ("or", "less"), ("and", "more"), ("or", "above")}
)
# Words before a later number that take the unit of an earlier one: "from 5 steps to 3",
# "412,000 contacts in the CRM and 268,000 in the e-mail tool".
_CARRIED = frozenset(
    {"to", "than", "current", "of", "vs", "versus", "instead", "from", "and", "or"}
)
# Words joining two numbers of one range or count: "2 to 3", "8 of 10", "3 out of 5".
_RANGE_LINKS = frozenset({"to", "and", "or", "of", "out", "-", "–", "—", "x", "by"})

_LEADING = "([{\"'“‘~<>≤≥"
_TRAILING = ".,;:!?)]}\"'”’"
# A run of non-space characters: opening brackets and quotes, the word or number, and
# closing punctuation.
_CHUNK = re.compile(rf"([{re.escape(_LEADING)}]*)(\S*?)([{re.escape(_TRAILING)}]*)(?!\S)")
_DIGIT = re.compile(r"\d")
_SENTENCE_MARKS = frozenset(".!?")
_PLAIN = re.compile(r"\d[\d,]*(?:\.\d+)?(?:[-–]\d[\d,]*(?:\.\d+)?)?")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


class _Chunk(NamedTuple):
    start: int
    end: int
    core: str  # the chunk without surrounding brackets and punctuation
    core_start: int
    trailing: str  # punctuation stripped from the end


def _chunks(masked: str) -> list[_Chunk]:
    return [
        _Chunk(m.start(), m.end(), m.group(2), m.start(2), m.group(3))
        for m in _CHUNK.finditer(masked)
        if m.group(2)
    ]


def numbers(text: str, label_words: Sequence[str] = LABEL_WORDS) -> Iterator[Number]:
    """Every number in ``text`` outside quotes and code spans, with its kind."""
    if not _DIGIT.search(text):
        return
    masked = mask_quoted(text)
    chunks = _chunks(masked)
    labels = _lower_set(tuple(label_words))
    unit_in_sentence = False
    previous: tuple[int, Kind] | None = None
    for index, chunk in enumerate(chunks):
        if _DIGIT.search(chunk.core):
            kind = _by_shape(chunk.core) or _by_context(chunks, index, masked, labels)
            if (
                previous == (index - 2, Kind.NAME)
                and chunks[index - 1].core.lower() in _RANGE_LINKS
            ):
                kind = Kind.NAME  # "phases 1 and 2", "level 2 or 3"
            if kind is Kind.BARE:
                kind = _unit_from_context(chunks, index, unit_in_sentence)
            unit_in_sentence |= kind is Kind.QUANTITY and not _joins_next_number(chunks, index)
            previous = (index, kind)
            start = chunk.core_start
            yield Number(
                start, start + len(chunk.core), text[start : start + len(chunk.core)], kind
            )
        if chunk.trailing and not _SENTENCE_MARKS.isdisjoint(chunk.trailing):
            unit_in_sentence = False


def _unit_from_context(chunks: list[_Chunk], index: int, unit_in_sentence: bool) -> Kind:
    """The kind of a number with no unit after it, once the words before it are weighed."""
    before = [c.core.lower() for c in chunks[max(0, index - 6) : index]]
    if unit_in_sentence and before and before[-1] in _CARRIED:
        return Kind.QUANTITY  # "from 5 steps to 3", "3 fields instead of the current 7"
    if before[-2:] and before[-1] == "by" and _COUNTERS.intersection(before):
        return Kind.QUANTITY  # "the counter decreases by 1" counts in the counter's unit
    if _SCALES.intersection(before[-4:]):
        return Kind.NAME  # a point on a scale
    return Kind.BARE


@functools.lru_cache(maxsize=16)
def _lower_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


def _by_shape(core: str) -> Kind | None:
    """The kind a number has whatever surrounds it, or None if only context can tell."""
    if any(sign in core for sign in _CURRENCY_SIGNS) or core.endswith("%"):
        return Kind.QUANTITY
    if "(" in core:
        return Kind.NAME  # "Art. 6(1)(b)"
    if re.search(r"[^\W\d_]", core):
        # "5s", "30-minute", "10ms" carry their unit;
        # "GA4", "v3", "REQ-004", "1st", "2FA" are names.
        starts_with_digit = core[0].isdigit()
        if not starts_with_digit or _ORDINAL.fullmatch(core) or re.fullmatch(r"\d+[A-Z]{2,}", core):
            return Kind.NAME
        return Kind.QUANTITY
    if _PLAIN.fullmatch(core) is None or (len(core) > 1 and core[0] == "0" and core[1].isdigit()):
        return Kind.NAME  # times, dates, fractions, versions, "6(1)(b)", codes such as "030"
    return None


def _by_context(chunks: list[_Chunk], index: int, masked: str, labels: set[str]) -> Kind:
    chunk = chunks[index]
    before = chunks[index - 1] if index else None
    if before is not None and before.core in _CURRENCIES and not before.trailing:
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
    if (labelled or lower in _MONTHS) and before.trailing in ("", "."):
        return True  # "level 2", "Art. 6", "March 10"
    if before.trailing:
        return False  # the word ends a sentence or a clause
    if _YEAR.fullmatch(chunk.core) and lower in _YEAR_CONTEXT:
        return True
    if word.isupper() and len(word) > 1 and word.isalpha():
        return True  # "WCAG 2.1", "ISO 27001", "HTTP 404"
    capitalised = any(ch.isupper() for ch in word) and word.isalpha() and word != "I"
    return capitalised and not _starts_sentence(masked, before.start)  # "iOS 17", "Hall 4"


def _starts_sentence(masked: str, position: int) -> bool:
    before = masked[:position].rstrip()
    return not before or before[-1] in ".!?:;"


def _joins_next_number(chunks: list[_Chunk], index: int) -> bool:
    """Whether the number at ``index`` is the first of a range or count: "2 to 3", "8 of 10"."""
    if index + 2 >= len(chunks) or chunks[index].trailing:
        return False
    link, after = chunks[index + 1], chunks[index + 2]
    return (
        link.core.lower() in _RANGE_LINKS and not link.trailing and bool(_DIGIT.match(after.core))
    )


def _by_following(chunks: list[_Chunk], index: int) -> Kind:
    position = index + 1
    previous = chunks[index]
    while position < len(chunks):
        word = chunks[position].core.lower()
        if word.startswith("%") or word in ("percent", "pct"):
            return Kind.QUANTITY
        if word in _MONTHS or word in _TIMES_OF_DAY:
            return Kind.NAME
        after = chunks[position + 1] if position + 1 < len(chunks) else None
        if after is not None and word in _RANGE_LINKS and _DIGIT.match(after.core.lstrip(_LEADING)):
            return Kind.QUANTITY  # part of a range or count; the last number carries the unit
        if after is not None and word == "out" and after.core.lower() == "of":
            position += 1
            continue
        if (
            after is not None
            and (word, after.core.lower()) in _MODIFIER_PAIRS
            and not chunks[position].trailing
        ):
            previous, position = after, position + 2
            if previous.trailing:
                return Kind.BARE
            continue
        if word in _MODIFIERS and not previous.trailing:
            previous, position = chunks[position], position + 1
            if previous.trailing:
                return Kind.BARE
            continue
        if word in FUNCTION_WORDS or not re.match(r"[^\W\d_]", word):
            return Kind.BARE
        return Kind.QUANTITY
    return Kind.BARE

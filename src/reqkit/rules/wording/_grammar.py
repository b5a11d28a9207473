"""Words and sentences: the little grammar wording rules share.

Rules that look at words in context (the word after a modal verb, the rest of
a sentence, the phrase a word sits in) use these helpers, so that they agree
on what a word and a sentence are. Everything works on text whose quoted
names and code spans are blanked out, with offsets into the original text.

A statement can be a whole pasted page with hundreds of findings, so every
question asked per finding ("which sentence is this in?", "which words come
before it?") is answered from tables built once per text and searched by
bisection: never by splitting or copying the text again.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from reqkit.rules.text import mask_quoted
from reqkit.rules.textcache import per_brief

# A word: letters or digits, with inner hyphens and apostrophes ("e-mail", "can't").
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
# A full stop, question or exclamation mark followed by the start of a new sentence.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s+[\"“'‘(]?[A-Z])")
_LAST_WORD = re.compile(r"([\w.]+)$")

#: Words that end in a full stop without ending the sentence.
ABBREVIATIONS = frozenset({
    "e.g", "i.e", "etc", "vs", "approx", "incl", "excl", "art", "no", "nr", "fig", "ca", "cf",
    "dr", "mr", "mrs", "ms", "st", "resp", "dept", "max", "min", "ref",
})  # fmt: skip

#: Modal verbs: the word before the verb that says how binding it is.
MODALS = frozenset({"shall", "must", "will", "should", "may", "might", "can", "could", "would"})

#: Determiners and pronouns that open a noun phrase ("the", "each", "its").
DETERMINERS = frozenset({
    "the", "a", "an", "each", "every", "all", "any", "its", "their", "his", "her", "our", "your",
    "this", "that", "these", "those", "it", "them", "one", "two", "three", "both", "some",
    "another",
})  # fmt: skip

#: Words that introduce a clause inside a sentence ("that", "when", "so that", "how").
SUBORDINATORS = frozenset({
    "that", "which", "who", "whom", "whose", "when", "whenever", "if", "once", "after", "before",
    "while", "until", "unless", "where", "so", "because", "how", "whether", "what", "why",
})  # fmt: skip


class Word(NamedTuple):
    """A word of a text, where it is, and the word in lower case (rules compare that)."""

    start: int
    end: int
    text: str
    lower: str


@per_brief
def words(text: str) -> tuple[Word, ...]:
    """The words of ``text`` outside quotes and code spans, in order (cached: rules share them)."""
    found = []
    # A long text repeats its words: each distinct word is kept once, which
    # halves the memory a page-long statement takes.
    shared: dict[str, str] = {}
    make = tuple.__new__  # the named tuple's own __new__ is Python code
    for match in _WORD.finditer(mask_quoted(text)):
        word = shared.setdefault(match.group(), match.group())
        lower = shared.setdefault(word.lower(), word.lower())
        found.append(make(Word, (match.start(), match.end(), word, lower)))
    return tuple(found)


@per_brief
def lowered_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` in lower case and in order, without positions (cheaper than words)."""
    return tuple(_WORD.findall(mask_quoted(text).lower()))


@per_brief
def vocabulary(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case: a rule that needs a word can skip a text without it."""
    return frozenset(lowered_words(text))


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Start and end offsets of each sentence of ``text`` that has a word in it.

    A full stop after an abbreviation ("e.g.", "Art.") or an initial does not
    end a sentence; one inside a quotation is ignored. Cached per text.
    """
    return _sentences(text)


@per_brief
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    masked = mask_quoted(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _SENTENCE_END.finditer(masked):
        # The last word before the mark, read from a short window: an
        # abbreviation or an initial is a few letters, and the window keeps
        # this linear in the length of the text.
        last = _LAST_WORD.search(masked, max(start, end.start() - 40), end.start())
        word = last.group(1).rstrip(".") if last else ""
        if word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            continue
        spans.append((start, end.end()))
        start = end.end()
    spans.append((start, len(masked)))
    return tuple((s, e) for s, e in spans if _WORD.search(masked, s, e))


@per_brief
def _sentence_starts(text: str) -> tuple[int, ...]:
    return tuple(start for start, _ in sentences(text))


def sentence_of(text: str, position: int) -> tuple[int, int]:
    """The sentence of ``text`` that holds ``position`` (found by bisection)."""
    spans = sentences(text)
    index = bisect.bisect_right(_sentence_starts(text), position) - 1
    if index >= 0:
        start, end = spans[index]
        if start <= position < end:
            return start, end
    return 0, len(text)


@per_brief
def word_starts(text: str) -> tuple[int, ...]:
    """Where each of the :func:`words` of ``text`` starts, for bisection."""
    return tuple(word.start for word in words(text))


def words_between(text: str, start: int, end: int) -> tuple[Word, ...]:
    """The words of ``text`` that start at or after ``start`` and before ``end``.

    Positions are offsets into the whole text. A slice of :func:`words`,
    found by bisection, so asking for every finding costs no new split.
    """
    starts = word_starts(text)
    every = words(text)
    return every[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def words_before(text: str, position: int, count: int) -> tuple[Word, ...]:
    """Up to ``count`` words that end at or before ``position``, in order."""
    every = words(text)
    index = bisect.bisect_left(word_starts(text), position)
    while index and every[index - 1].end > position:
        index -= 1
    return every[max(0, index - count) : index]


def words_after(text: str, position: int, count: int) -> tuple[Word, ...]:
    """Up to ``count`` words that start at or after ``position``."""
    index = bisect.bisect_left(word_starts(text), position)
    return words(text)[index : index + count]


def tail_before(text: str, position: int, size: int = 60) -> str:
    """The last characters of ``text`` before ``position``, trailing white space kept.

    Enough to ask what a finding follows ("sorted by", a number, "www.")
    without copying everything before it: the white space just before
    ``position`` is skipped first, then ``size`` characters are taken.
    """
    at = position
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[max(0, at - size) : position]


def starts_sentence(text: str, position: int) -> bool:
    """Whether only spaces, quotes or an opening bracket come before ``position`` in its sentence.

    Used to tell "May" the month, written with a capital inside a sentence,
    from "May" at the start of one.
    """
    masked = mask_quoted(text)
    at = position
    while at > 0 and masked[at - 1] in _OPENING:
        at -= 1
    return at == 0 or masked[at - 1] in ".!?:;"


_OPENING = frozenset(" \t\n\"“'‘(")

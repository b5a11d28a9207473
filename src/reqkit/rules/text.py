"""Finding words in a brief's prose without crying wolf.

Wording rules share these helpers so that they agree on what a match is:
whole words and phrases only, any letter case, hyphens and spaces alike
("user-friendly" is "user friendly"), and nothing inside quotes or code spans,
where a product name such as "Fast Track" or `fast_mode` is a name, not a wish.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from reqkit.model import Brief, derived
from reqkit.positions import Path
from reqkit.rules.labels import blank_labels
from reqkit.rules.textcache import per_brief

# "…", “…”, `…`, and '…' when the quote is not an apostrophe inside a word.
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’|`[^`\n]*`|(?<![\w])\'[^\'\n]+\'(?![\w])')


def _may_quote(text: str) -> bool:
    """Whether ``text`` has a mark that opens a quotation or code span.

    Most texts have none, or only apostrophes inside words ("visitor's");
    a few string searches tell, where the pattern's look-behind would take
    several times as long.
    """
    if '"' in text or "“" in text or "‘" in text or "`" in text:
        return True
    at = text.find("'")
    while at != -1:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):  # as (?<![\w]) reads it
            return True
        at = text.find("'", at + 1)
    return False


@per_brief
def mask_quoted(text: str) -> str:
    """``text`` as the wording rules read it, offsets unchanged.

    Quoted names and code spans are blanked out, and so are priority tags and
    section numbers around the text ("(M)", "Must have:", "3.2.1"; see
    :mod:`reqkit.rules.labels`): they are no words of the requirement, and
    priority-in-statement reports them on its own. Cached: every wording rule
    reads the same statements, so each is masked once.
    """
    if _may_quote(text):
        text = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    return blank_labels(text)


# A piece of text: a run of word characters, or one mark of punctuation.
# White space and hyphens are what lies between pieces.
_PIECE = re.compile(r"\w+|[^\w\s-]")
_BETWEEN_WORDS = re.compile(r"[\s-]+")
_WORD_CHARACTER = re.compile(r"\w")


@dataclass(frozen=True)
class Match:
    """A matched term: offsets into the original text and the text as written."""

    start: int
    end: int
    text: str


class Pieces(NamedTuple):
    """A text cut into pieces, with where each one starts and ends.

    Offsets are kept in arrays of machine integers: a page-long statement has
    hundreds of thousands of pieces, and an integer object for each offset
    would take several times the memory.
    """

    starts: array[int]
    ends: array[int]
    written: tuple[str, ...]
    lowered: tuple[str, ...]


@per_brief
def pieces(text: str) -> Pieces:
    """The pieces of ``text`` outside quotes and code spans (cached: every matcher reads them)."""
    found = list(_PIECE.finditer(mask_quoted(text)))
    # Each distinct piece is kept once: a long text repeats its words.
    shared: dict[str, str] = {}
    written = tuple(shared.setdefault(m.group(), m.group()) for m in found)
    return Pieces(
        array("l", [m.start() for m in found]),
        array("l", [m.end() for m in found]),
        written,
        tuple(shared.setdefault(piece.lower(), piece.lower()) for piece in written),
    )


@per_brief
def piece_index(text: str, case_sensitive: bool) -> dict[str, list[int]]:
    """Where each distinct piece of ``text`` occurs: piece -> indices into :func:`pieces`.

    Lets a matcher visit only the places where one of its terms can start,
    rather than every piece of the text once per rule.
    """
    cut = pieces(text)
    index: dict[str, list[int]] = {}
    for at, piece in enumerate(cut.written if case_sensitive else cut.lowered):
        index.setdefault(piece, []).append(at)
    return index


@per_brief
def lowered_pieces(text: str) -> frozenset[str]:
    """The distinct pieces of ``text`` in lower case.

    Cheaper than :func:`pieces` and enough to tell that no listed term can
    occur anywhere in the text, which is the answer for most texts.
    """
    return frozenset(map(str.lower, _PIECE.findall(mask_quoted(text))))


@per_brief
def written_pieces(text: str) -> frozenset[str]:
    """The distinct pieces of ``text`` as written, for matching in exact letter case."""
    return frozenset(_PIECE.findall(mask_quoted(text)))


class _Phrase(NamedTuple):
    """A listed term as pieces, and for each gap between two pieces whether words meet there."""

    pieces: tuple[str, ...]
    spaced: tuple[bool, ...]
    word_start: bool
    word_end: bool


def _phrase(term: str) -> _Phrase:
    parts: list[str] = []
    spaced: list[bool] = []
    for word in _BETWEEN_WORDS.split(term):
        within = _PIECE.findall(word)
        if not within:
            continue
        if parts:
            spaced.append(True)
        spaced.extend([False] * (len(within) - 1))
        parts.extend(within)
    if not parts:
        return _Phrase((), (), False, False)
    return _Phrase(tuple(parts), tuple(spaced), _is_word(parts[0]), _is_word(parts[-1]))


#: Words found in nearly every requirement, never the rarest piece of a phrase.
_COMMON = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "could", "for", "in", "is", "it",
    "may", "might", "must", "of", "on", "or", "shall", "should", "that", "the", "this", "to",
    "will", "with", "would",
})  # fmt: skip


def _rarest(parts: tuple[str, ...]) -> str:
    """The piece of a phrase least likely to occur in a text: an uncommon word, then long."""
    return max(parts, key=lambda piece: (piece.lower() not in _COMMON, _is_word(piece), len(piece)))


def _is_word(piece: str) -> bool:
    return _WORD_CHARACTER.match(piece) is not None


class TermMatcher:
    """Matches any of a list of words and phrases, longest first, left to right.

    Text and terms are compared piece by piece (see :func:`pieces`), so a
    list of any length costs one dictionary look-up per piece of text, and
    building a matcher costs next to nothing. Between the words of a phrase
    any run of white space or hyphens matches ("user-friendly" is "user
    friendly"); punctuation must be as listed. A term that starts or ends
    with a word must not be glued to another word by a hyphen.
    """

    def __init__(self, terms: Iterable[str], *, case_sensitive: bool = False) -> None:
        unique = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
        self.terms = tuple(unique)
        self._case_sensitive = case_sensitive
        by_first: dict[str, list[_Phrase]] = {}
        for term in unique if case_sensitive else {t.lower() for t in unique}:
            phrase = _phrase(term)
            if phrase.pieces:
                by_first.setdefault(phrase.pieces[0], []).append(phrase)
        for candidates in by_first.values():
            candidates.sort(key=lambda p: (-len(p.pieces), -sum(map(len, p.pieces))))
        self._by_first = by_first
        # A phrase can only match where all its pieces occur, so a text that
        # lacks the rarest piece of every phrase is passed over at once: "to
        # the extent possible" needs "possible", "shall not" needs "not".
        self._clues = frozenset(
            _rarest(phrase.pieces) for phrases in by_first.values() for phrase in phrases
        )
        self._pieces_of = written_pieces if case_sensitive else lowered_pieces

    def could_match(self, text: str) -> bool:
        """False if no term can occur in ``text``: a quick test that most texts fail."""
        return not self._clues.isdisjoint(self._pieces_of(text))

    def candidates(self, fields: Iterable[TextField]) -> Iterator[TextField]:
        """The fields, in order, whose text a term could occur in.

        The same test as :meth:`could_match`, run in one loop: a rule that
        reads thousands of fields pays a set test for each, not a call.
        """
        clues, pieces_of = self._clues, self._pieces_of
        return (field for field in fields if not clues.isdisjoint(pieces_of(field.text)))

    def find(self, text: str) -> tuple[Match, ...]:
        """Every match outside quotes and code spans, in order."""
        if not self.could_match(text):
            return ()
        return tuple(self._scan(text, pieces(text)))

    def _scan(self, text: str, cut: Pieces) -> Iterator[Match]:
        words = cut.written if self._case_sensitive else cut.lowered
        starts, ends = cut.starts, cut.ends
        where = piece_index(text, self._case_sensitive)
        by_first = self._by_first
        # Only where a term can start: the places of the pieces that begin a term.
        firsts = by_first.keys() & where.keys()
        places = sorted(itertools.chain.from_iterable(where[piece] for piece in firsts))
        after = 0  # matches do not overlap: the next one starts after the last
        for index in places:
            if index < after:
                continue
            for phrase in by_first[words[index]]:
                length = _match_length(phrase, text, words, starts, ends, index)
                if length:
                    last = index + length - 1
                    yield Match(starts[index], ends[last], text[starts[index] : ends[last]])
                    after = index + length
                    break


def _match_length(
    phrase: _Phrase,
    text: str,
    words: tuple[str, ...],
    starts: array[int],
    ends: array[int],
    index: int,
) -> int:
    """How many pieces ``phrase`` covers at ``index``; 0 where it does not match."""
    size = len(phrase.pieces)
    last = index + size - 1
    if last >= len(words) or words[index : last + 1] != phrase.pieces:
        return 0
    for offset, spaced in enumerate(phrase.spaced, start=index):
        if (ends[offset] < starts[offset + 1]) != spaced:
            return 0
    if phrase.word_start and starts[index] and text[starts[index] - 1] == "-":
        return 0
    if phrase.word_end and ends[last] < len(text) and text[ends[last]] == "-":
        return 0
    return size


class TextField(NamedTuple):
    """A piece of prose in the brief and where it lives (a named tuple: there are thousands)."""

    path: Path
    text: str
    kind: str  # "statement", "criterion", "goal" or "metric"


#: The prose that wording rules read, by kind.
STATEMENTS = "statement"
CRITERIA = "criterion"
GOALS = "goal"
METRICS = "metric"


def prose(brief: Brief, kinds: Iterable[str] = (STATEMENTS, CRITERIA)) -> tuple[TextField, ...]:
    """Requirement statements, acceptance criteria, goal statements and metric names.

    Made once per brief and set of kinds: a dozen rules read the same prose.
    """
    wanted = frozenset(kinds)
    return derived(
        brief,
        "prose of " + ", ".join(sorted(wanted)),
        lambda brief: tuple(f for f in derived(brief, "prose", _all_prose) if f.kind in wanted),
    )


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

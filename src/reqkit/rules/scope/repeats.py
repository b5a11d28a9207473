"""Finding requirements that say the same thing again, in near-linear time.

Two statements are compared by their *wording*: the words in lower case,
plurals folded ("pages" is "page"), with punctuation and filler dropped
(articles, "shall"/"must"/"should", "be", "to", ...). They are

* **the same** when the wordings are identical word for word;
* **nearly the same** when they contain the same numbers, are both negative or
  both positive, and either their sets of words overlap by at least the
  similarity threshold (shared words / all words, the Jaccard index), or one
  says everything the other says plus a single word ("The site must be
  user-friendly" / "The site must be fast and user-friendly").

A different number or a "not" usually means a different requirement ("within
2 seconds" / "within 5 seconds" contradict rather than repeat), so those pairs
are never called near-duplicates.

Cost, for n statements of at most L words: exact repeats are found with one
dictionary of wordings, O(n·L). Near repeats use prefix filtering: every word
is ranked by how few statements use it, and two statements with a Jaccard
index of t or more must share one of their ``L - ceil(t·L) + 1`` rarest words.
Each statement is looked up under those words in an index of the earlier
ones (kept per set of numbers and sign) and compared with at most
``MAX_CANDIDATES`` of them, so the whole check is O(n·L·log L + n·C) time and
O(n·L) memory, never quadratic. The cap only matters in artificial briefs in
which every word is shared by thousands of statements.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import filterfalse, islice
from typing import NamedTuple

#: Words that carry no meaning of their own in a requirement.
FILLER = frozenset(
    (
        "a", "an", "the", "shall", "must", "should", "will", "would", "can", "could", "may",
        "might", "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "do",
        "does", "to", "of", "for", "and", "or", "with", "on", "in", "at", "by", "as", "that",
        "this", "these", "those", "it", "its", "our", "we", "us", "you", "your", "their", "they",
        "there", "then", "please", "also", "just", "very", "really", "able", "so", "each", "every",
    )
)  # fmt: skip
NEGATIONS = frozenset({"not", "no", "never", "without", "nor", "neither", "none"})
PLACEHOLDERS = frozenset({"tbd", "tbc", "tba", "todo", "fixme", "xxx"})
#: A statement is compared with at most this many earlier ones that share a rare word.
MAX_CANDIDATES = 16
#: Jaccard index of "everything the other says plus one word" for the shortest such pair.
_ONE_MORE_WORD = 0.75

_CURLY_APOSTROPHE = "\u2019"
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


class Wording(NamedTuple):
    """A statement reduced to what it says (a named tuple: there are thousands)."""

    sequence: tuple[str, ...]
    words: frozenset[str]
    key: tuple[frozenset[str], bool]  # its numbers, and whether it is negative


@dataclass(frozen=True, slots=True)
class Repeat:
    """Statement ``later`` says what statement ``earlier`` already said."""

    later: int
    earlier: int
    exact: bool


def wording(statement: str) -> Wording:
    """The words of ``statement`` that matter, in order and as a set."""
    text = statement.lower()
    if _CURLY_APOSTROPHE in text:
        text = text.replace(_CURLY_APOSTROPHE, "'")
    sequence = tuple(filter(None, map(_fold, _WORD.findall(text))))
    words = frozenset(sequence)
    numbers = frozenset(filterfalse(str.isalpha, words))
    return Wording(sequence, words, (numbers, not words.isdisjoint(NEGATIONS)))


@functools.lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """One word as compared: "" for filler, "not" for any negation, plurals singular."""
    word = word.removesuffix("'s")
    if word in FILLER:
        return ""
    if word == "cannot" or word.endswith("n't"):
        return "not"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("sses"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def find_repeats(statements: Sequence[str], threshold: float) -> Iterator[Repeat]:
    """Each statement that repeats an earlier one, with the earlier one it repeats best."""
    wordings = [wording(s) for s in statements]
    rarity = Counter(word for w in wordings for word in w.words)
    rank = {word: place for place, word in enumerate(sorted(rarity, key=lambda w: (rarity[w], w)))}
    probe = min(threshold, _ONE_MORE_WORD)
    first_of: dict[tuple[str, ...], int] = {}
    index: dict[tuple[frozenset[str], bool], dict[str, list[int]]] = {}
    for number, current in enumerate(wordings):
        if not current.words or current.words <= PLACEHOLDERS:
            continue
        first = first_of.setdefault(current.sequence, number)
        if first != number:
            yield Repeat(number, first, exact=True)
            continue
        rare = sorted(current.words, key=rank.__getitem__)
        prefix = rare[: len(rare) - math.ceil(probe * len(rare) - 1e-9) + 1]
        earlier_by_word = index.setdefault(current.key, {})
        earlier = _closest(current, _candidates(prefix, earlier_by_word), wordings, threshold)
        if earlier is not None:
            yield Repeat(number, earlier, exact=False)
        for word in prefix:
            earlier_by_word.setdefault(word, []).append(number)


def _candidates(prefix: list[str], earlier_by_word: dict[str, list[int]]) -> list[int]:
    """The earliest ``MAX_CANDIDATES`` earlier statements that share a rare word."""
    found: set[int] = set()
    for word in prefix:
        found.update(islice(earlier_by_word.get(word, ()), MAX_CANDIDATES))
        if len(found) >= MAX_CANDIDATES:
            break
    return sorted(found)[:MAX_CANDIDATES]


def _closest(
    current: Wording, candidates: list[int], wordings: list[Wording], threshold: float
) -> int | None:
    """The most similar near-duplicate among ``candidates``, earliest on a tie (a hot loop).

    Near: shared words / all words >= ``threshold``, or everything the other
    says plus one word (with at least three words in common).
    """
    words, size = current.words, len(current.words)
    best, best_score = None, 0.0
    for candidate in candidates:
        other = wordings[candidate].words
        shared = len(words & other)
        union = size + len(other) - shared
        near = shared >= threshold * union - 1e-9 or (union - shared == 1 and shared >= 3)
        if near and shared / union > best_score:
            best, best_score = candidate, shared / union
    return best

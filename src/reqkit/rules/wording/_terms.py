"""Word-list rules that need a judgement beyond the list.

Many wording rules start from a documented list, as plain word-list rules
do, but must then look at the context: "maximum" is a wish in "maximum
speed" and precise in "a maximum of 5 seconds"; "quick" is a wish, "quick
win" is a term of the trade. :class:`TermRule` is that machine with hooks: a
rule says which prose it reads, which matches to keep, and how to word the
finding. Its options are those of every word-list rule (``words``,
``extend-words``, ``allow``) plus ``exceptions``, longer phrases in which a
listed word is fine.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import ClassVar, TypeVar

from reqkit.config import kebab
from reqkit.model import Brief
from reqkit.rules.base import Context, Finding, Rule
from reqkit.rules.text import (
    CRITERIA,
    STATEMENTS,
    Match,
    TermMatcher,
    TextField,
    lowered_pieces,
    prose,
)
from reqkit.rules.wordlist import WordListOptions

R = TypeVar("R", bound=type[Rule])


def document_lists(rule: R) -> R:
    """Append the rule's long built-in lists to its documentation, as word-list rules do.

    ``reqkit rules NAME`` shows a long option default as "the built-in list
    above", so the list has to be in the text the user reads.
    """
    listed = []
    for name, default in rule.Options.defaults().items():
        if isinstance(default, tuple) and len(default) > 8:
            title = "Built-in list" if name == "words" else f"Built-in {kebab(name)}"
            listed.append(f"{title}: " + ", ".join(f'"{word}"' for word in default) + ".")
    rule.__doc__ = "\n\n".join([inspect.cleandoc(rule.__doc__ or ""), *listed])
    return rule


def normal(phrase: str) -> str:
    """A phrase in lower case, with hyphens and runs of spaces as single spaces."""
    return " ".join(re.split(r"[\s-]+", phrase.lower().replace("’", "'").strip()))


def as_written(match: Match) -> str:
    """The matched text with line breaks and runs of spaces as single spaces."""
    return " ".join(match.text.split())


class TermOptions(WordListOptions):
    """A word list plus the longer phrases in which a listed word is fine."""

    exceptions: tuple[str, ...] = ()
    """Longer phrases that contain a listed word but are fine as they are."""


class PhraseFinder:
    """Finds listed words and phrases, except where they are part of a listed exception.

    The exceptions go into the same longest-first match, so "quick win" is
    taken whole and never yields "quick". A straight apostrophe in a listed
    word also matches a typographic one (can't and its typographic twin).
    """

    def __init__(self, terms: Sequence[str], exceptions: Sequence[str] = ()) -> None:
        self._exceptions = {normal(phrase) for phrase in exceptions}
        listed = (*terms, *exceptions)
        curly = (term.replace("'", "’") for term in listed if "'" in term)
        self._matcher = TermMatcher((*listed, *curly))
        self._sieve = _Sieve((*terms, *(t.replace("'", "’") for t in terms if "'" in t)))

    def candidates(self, fields: Iterable[TextField]) -> Iterator[TextField]:
        """The fields a listed term could occur in (see :meth:`TermMatcher.candidates`).

        The matcher's quick test looks for one word of each term; for a
        phrase such as "a number of" that word ("number") is in nearly every
        statement. A second test looks for the phrase itself, so those
        statements are not cut into pieces for nothing.
        """
        sieve = self._sieve.could_hold
        return (field for field in self._matcher.candidates(fields) if sieve(field.text))

    def find(self, text: str) -> tuple[Match, ...]:
        found = self._matcher.find(text)
        if not found or not self._exceptions:
            return found
        return tuple(match for match in found if normal(match.text) not in self._exceptions)


_PIECE = re.compile(r"\w+|[^\w\s-]")
_FREQUENT = frozenset({"a", "an", "the", "of", "in", "to", "as", "at", "on", "by", "for", "and"})


class _Sieve:
    """A quick test that a text may hold one of the terms: their words, in order, side by side.

    Each term is filed under its least frequent word; a text is tested only
    against the phrases whose word it holds, each with a small pattern that
    lets any run of white space or hyphens stand between the words (as the
    matcher does). Looser than the matcher, which also masks quotes, so it
    never drops a text the matcher would match.
    """

    def __init__(self, terms: Sequence[str]) -> None:
        single: set[str] = set()
        phrases: dict[str, list[str]] = {}
        for term in {t.strip().lower() for t in terms if t.strip()}:
            pieces = _PIECE.findall(term)
            if len(pieces) == 1:
                single.add(pieces[0])
                continue
            clue = max(pieces, key=lambda piece: (piece not in _FREQUENT, len(piece)))
            words = [re.escape(w) for w in re.split(r"[\s-]+", term) if w]
            phrases.setdefault(clue, []).append(r"[\s-]+".join(words))
        self._single = frozenset(single)
        # Patterns are compiled per clue on first need: the lists hold hundreds
        # of phrases, and compiling them all up front cost a typical run more
        # than checking the brief does.
        self._sources = {clue: "|".join(sorted(found)) for clue, found in phrases.items()}
        self._patterns: dict[str, re.Pattern[str]] = {}

    def could_hold(self, text: str) -> bool:
        held = lowered_pieces(text)
        if not self._single.isdisjoint(held):
            return True
        return any(self._pattern(clue).search(text) for clue in held & self._sources.keys())

    def _pattern(self, clue: str) -> re.Pattern[str]:
        pattern = self._patterns.get(clue)
        if pattern is None:
            pattern = self._patterns[clue] = re.compile(self._sources[clue], re.IGNORECASE)
        return pattern


@functools.lru_cache(maxsize=64)
def phrase_finder(terms: tuple[str, ...], exceptions: tuple[str, ...] = ()) -> PhraseFinder:
    """A cached finder: the options are the same for every brief of a run."""
    return PhraseFinder(terms, exceptions)


class TermRule(Rule):
    """Base of wording rules that flag listed terms and then judge each match in context."""

    kinds: ClassVar[tuple[str, ...]] = (STATEMENTS, CRITERIA)
    message: ClassVar[str]
    """The finding's message; ``{term}`` is the text as written."""
    hint: ClassVar[str]
    """What to write instead; ``{term}`` is the text as written."""
    hints: ClassVar[Mapping[str, str]] = {}
    """Hints for particular words, keyed by the word in lower case."""

    Options: ClassVar[type[TermOptions]] = TermOptions

    def fields(self, brief: Brief) -> Iterable[TextField]:
        """The prose the rule reads."""
        return prose(brief, self.kinds)

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        """Whether a match is a finding; by default every match is."""
        return True

    def wording(self, term: str, field: TextField) -> tuple[str, str]:
        """The message and the hint for ``term`` found in ``field``."""
        advice = self.hints.get(normal(term), self.hint)
        return self.message.format(term=term), advice.format(term=term)

    def describe(self, field: TextField, match: Match, options: TermOptions) -> tuple[str, str]:
        """The message and hint for ``match``; rules whose advice depends on what follows override it."""
        return self.wording(as_written(match), field)

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: TermOptions = context.options  # type: ignore[assignment]
        finder = phrase_finder(options.effective(), tuple(options.exceptions))
        for field in finder.candidates(self.fields(brief)):
            for match in finder.find(field.text):
                if self.keep(brief, field, match, options):
                    message, hint = self.describe(field, match, options)
                    yield Finding(field.path, message, hint, span=(match.start, match.end))

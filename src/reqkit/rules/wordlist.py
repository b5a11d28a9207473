"""A small factory for rules that flag words from a list.

Most wording rules are the same machine with different data: a documented
list of words or phrases, a message, and a hint (optionally one per word, as
in "ASAP" -> "a date"). The lists are data a project can extend or replace in
its configuration::

    [rules.vague-term]
    extend-words = ["synergy"]      # add to the built-in list
    allow = ["flexible"]            # drop words from it
    # words = [...]                 # or replace it entirely
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterator, Mapping

from reqkit.model import Brief
from reqkit.rules.base import Context, Finding, Levels, Rule, RuleOptions
from reqkit.rules.text import CRITERIA, STATEMENTS, TermMatcher, prose


class WordListOptions(RuleOptions):
    """Options shared by every word-list rule."""

    words: tuple[str, ...] = ()
    """The built-in list; setting it replaces the list entirely."""

    extend_words: tuple[str, ...] = ()
    """Words or phrases to flag in addition to the list."""

    allow: tuple[str, ...] = ()
    """Words or phrases from the list not to flag in this project."""

    def effective(self) -> tuple[str, ...]:
        """The words to flag: the list plus additions, minus allowed ones.

        "user friendly" and "user-friendly" are the same term to the matcher,
        so allowing one allows both.
        """
        return _effective(self.words, self.extend_words, self.allow)


@functools.lru_cache(maxsize=64)
def _effective(
    words: tuple[str, ...], extend: tuple[str, ...], allow: tuple[str, ...]
) -> tuple[str, ...]:
    # Cached: rules ask for the list for every match, and options do not change during a run.
    allowed = {_normal(word) for word in allow}
    return tuple(w for w in (*words, *extend) if _normal(w) not in allowed)


def _normal(term: str) -> str:
    return " ".join(term.lower().replace("-", " ").split())


@functools.lru_cache(maxsize=64)
def _matcher(words: tuple[str, ...]) -> TermMatcher:
    return TermMatcher(words)


def wordlist_rule(
    *,
    code: str,
    name: str,
    friction: str,
    levels: Levels,
    words: tuple[str, ...],
    doc: str,
    message: str,
    hint: str,
    hints: Mapping[str, str] | None = None,
    kinds: tuple[str, ...] = (STATEMENTS, CRITERIA),
    module: str = __name__,
) -> type[Rule]:
    """Make a rule class that flags ``words`` in the prose of ``kinds``.

    ``message`` and ``hint`` are format strings with ``{term}`` (the text as
    written); ``hints`` gives a specific hint for some words (keys lower case).
    ``module`` is the defining module's ``__name__``, so the rule is documented
    as living where it is written.
    """
    options = type(
        f"{_camel(name)}Options", (WordListOptions,), {"__module__": module, "words": words}
    )
    specific = {k.lower(): v for k, v in (hints or {}).items()}

    def check(self: Rule, brief: Brief, context: Context) -> Iterator[Finding]:
        matcher = _matcher(context.options.effective())  # type: ignore[attr-defined]
        for field in matcher.candidates(prose(brief, kinds)):
            for match in matcher.find(field.text):
                term = " ".join(match.text.split())
                advice = specific.get(term.lower(), hint)
                yield Finding(
                    field.path,
                    message.format(term=term),
                    advice.format(term=term),
                    span=(match.start, match.end),
                )

    listing = ", ".join(f'"{word}"' for word in words)
    documentation = f"{inspect.cleandoc(doc)}\n\nBuilt-in list: {listing}."
    return type(
        _camel(name),
        (Rule,),
        {
            "__doc__": documentation,
            "__module__": module,
            "code": code,
            "name": name,
            "friction": friction,
            "levels": levels,
            "needs": (),  # each piece of prose is judged on its own
            "Options": options,
            "check": check,
            "kinds": kinds,
        },
    )


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("-"))

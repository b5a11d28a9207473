""" "Did you mean …?": the one way reqkit guesses what a person meant to type.

Every suggestion (a choice value, a key, a rule name, a reference) comes from
here, so that all of them follow the same two promises:

* Letter case and separators never hide the answer: ``MUST`` finds ``must``,
  ``Non Functional`` finds ``non-functional``. The suggestion is always
  spelt exactly as the schema wants it.
* A suggestion never turns a word into its opposite: ``non-functional`` does
  not suggest ``functional``, nor ``unapproved`` ``approved``; a near miss that
  says the reverse of what was written is worse than no suggestion at all.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable

#: Prefixes that turn a word into its opposite: "non-functional", "unsigned", "disapproved".
NEGATING_PREFIXES = ("non", "not", "no", "un", "in", "im", "il", "ir", "dis", "anti", "de")

_SEPARATORS = re.compile(r"[\s_\-]+")


def folded(word: str) -> str:
    """``word`` in lower case with spaces, hyphens and underscores made one hyphen."""
    return _SEPARATORS.sub("-", word.strip().lower())


def is_opposite(written: str, candidate: str) -> bool:
    """Whether one word is the other with a negating prefix, e.g. non-functional/functional."""
    a, b = folded(written).replace("-", ""), folded(candidate).replace("-", "")
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer == prefix + shorter for prefix in NEGATING_PREFIXES)


def closest(word: str, options: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The option ``word`` most likely stands for, spelt as the option is; None if none is close."""
    return _closest(word, tuple(dict.fromkeys(options)), cutoff)


@functools.lru_cache(maxsize=1024)
def _closest(word: str, choices: tuple[str, ...], cutoff: float) -> str | None:
    # Cached: a brief with the same slip in a thousand items asks a thousand times.
    key = folded(word)
    by_folded: dict[str, str] = {}
    for choice in choices:
        by_folded.setdefault(folded(choice), choice)
    if key in by_folded or not by_folded:
        return by_folded.get(key)
    for match in difflib.get_close_matches(key, list(by_folded), n=len(by_folded), cutoff=cutoff):
        candidate = by_folded[match]
        if not is_opposite(word, candidate):
            return candidate
    return None


def did_you_mean(word: str, options: Iterable[str], cutoff: float = 0.6) -> str:
    """A "Did you mean …?" sentence (with a trailing space), or an empty string."""
    close = closest(word, options, cutoff)
    return f'Did you mean "{close}"? ' if close else ""

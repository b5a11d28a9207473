"""What rules work out from a piece of text, kept while one brief is checked.

A dozen wording rules read the same statements, so the pieces, words and
numbers of each text are worked out once and shared. The caches are emptied
after every brief: a long run must not keep every text it has seen, and the
linter frees a brief, with all that was derived from it, before the cycle
collector resumes (see :mod:`reqkit.gcpause`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_CACHES: list[Any] = []


def per_brief(function: F) -> F:
    """Cache ``function`` by its arguments until :func:`forget_texts` is called."""
    cached = functools.cache(function)
    _CACHES.append(cached)
    return cached  # type: ignore[return-value]


def forget_texts() -> None:
    """Empty every per-brief cache."""
    for cache in _CACHES:
        cache.cache_clear()

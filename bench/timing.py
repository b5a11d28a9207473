"""What the in-process benchmarks share: timing a step, and a brief read and linted once.

Render and export both start from the same validated brief and the
findings documents show, so both measure those steps the same way and
report them beside their own.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from reqkit.linter import Linter, LintOptions
from reqkit.loader import LoadedBrief, load_text
from reqkit.render.findings import document_linter

T = TypeVar("T")


def best_of(repeat: int, action: Callable[[], T]) -> tuple[float, T]:
    """The fastest of ``repeat`` runs of ``action``, in seconds, and what it returned."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result  # type: ignore[return-value]


@dataclass(frozen=True)
class LintedBrief:
    loaded: LoadedBrief
    findings: list[Any]
    load_seconds: float
    lint_seconds: float


def read_and_lint(text: str, repeat: int) -> LintedBrief:
    """Read, validate and lint ``text`` as render and export do, timing each step."""
    load_seconds, loaded = best_of(repeat, lambda: load_text(text, "bench.yaml"))
    assert loaded.valid, loaded.diagnostics[:3]
    lint = document_linter(Linter(LintOptions(isolated=True)))
    lint_seconds, findings = best_of(repeat, lambda: lint(loaded, Path.cwd()))
    return LintedBrief(loaded, list(findings), load_seconds, lint_seconds)

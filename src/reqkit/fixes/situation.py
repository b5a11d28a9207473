"""What a fixer sees: the brief as loaded, the findings reported on it, the rule options.

Fixers answer findings; they never judge the brief again. A fix exists only
for a finding the linter reports (so a waived finding or a rule switched
off is never "fixed"), and it is built from the positions the reader
recorded for each node.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reqkit.config import Config
from reqkit.diagnostics import Diagnostic
from reqkit.loader import LoadedBrief
from reqkit.positions import Path, Span, dotted
from reqkit.rules.options import RuleOptions
from reqkit.ruleset import ActiveRule


@dataclass
class Situation:
    """One brief and its findings, with look-ups the fixers share."""

    loaded: LoadedBrief
    diagnostics: Sequence[Diagnostic]
    config: Config
    rules: Sequence[ActiveRule] = ()
    _paths: dict[str, Path] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.loaded.text

    def findings(self, code: str) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.code == code]

    def path_of(self, diagnostic: Diagnostic) -> Path | None:
        """The node path of a finding (diagnostics carry it dotted)."""
        source = self.loaded.source_map
        guess = _undotted(diagnostic.path)
        if guess in source.values or guess in source.keys:
            return guess
        if self._paths is None:  # a key with a dot or a bracket in it: look it up
            self._paths = {dotted(path): path for path in (*source.values, *source.keys)}
        return self._paths.get(diagnostic.path)

    def value_at(self, path: Path) -> Any:
        node = self.loaded.data
        for part in path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return None
        return node

    def span(self, path: Path) -> Span | None:
        return self.loaded.source_map.value_span(path)

    def raw_event(self, path: Path) -> Any:
        """The parser event recorded for the value at ``path`` (None for aliases)."""
        raw = self.loaded.source_map.values.get(path)
        return None if isinstance(raw, Span) else raw

    def options(self, code: str) -> RuleOptions | None:
        return next((a.options for a in self.rules if a.rule.code == code), None)


_PART = re.compile(r"\[(\d+)\]|\.?([^.\[]+)")


def _undotted(text: str) -> Path:
    """``requirements[3].statement`` as ``("requirements", 3, "statement")``."""
    return tuple(int(index) if index else name for index, name in _PART.findall(text))

"""Which reported findings ``--fix`` would repair, for the ``[*]`` marks of the text report.

Only briefs with a finding of a fixable rule are read again, so a run with
nothing to fix costs nothing more. The fixes are planned exactly as
``--fix`` plans them, so a mark is a promise ``--fix`` keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reqkit.diagnostics import Report
from reqkit.fixes.codes import FIXABLE_CODES
from reqkit.fixes.planner import fixes_for
from reqkit.linter import Linter
from reqkit.loader import load_text

Mark = tuple[str, int, int, str]  # file, line, column, code


@dataclass(frozen=True)
class Fixable:
    """The findings with a fix ``--fix`` applies, and how many more only ``--unsafe-fixes`` would."""

    marks: frozenset[Mark] = frozenset()
    hidden_unsafe: int = 0

    def marked(self, file: str, line: int, column: int, code: str) -> bool:
        return (file, line, column, code) in self.marks


def fixable_findings(report: Report, linter: Linter, *, unsafe: bool = False) -> Fixable:
    """The marks for ``report``: findings whose fix is safe (or unsafe, with ``unsafe``)."""
    marks: set[Mark] = set()
    hidden: set[Mark] = set()
    for result in report.files:
        if not any(d.code in FIXABLE_CODES for d in result.diagnostics):
            continue
        config = linter.config_for(Path(result.file))
        rules = linter.ruleset_for(config)
        loaded = load_text(result.text, result.file, config.locale)
        shown = {(d.line, d.column, d.code) for d in result.diagnostics}
        for fix in fixes_for(loaded, result.diagnostics, config, rules, unsafe=True):
            if (fix.line, fix.column, fix.code) not in shown:
                continue
            mark = (result.file, fix.line, fix.column, fix.code)
            (marks if fix.safe or unsafe else hidden).add(mark)
    return Fixable(frozenset(marks), len(hidden - marks))

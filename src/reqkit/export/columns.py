"""The requirement columns every spreadsheet export shares: the one definition of them.

``csv`` and ``xlsx`` (and ``reqkit import``, which reads them back) use the
same headers in the same order, and the same text for each cell, so a
requirement reads the same in every sheet. Lists of ids (goals, dependencies)
are written ``G1, G2``: an id holds no comma or space. Lists of free text
(acceptance criteria, systems, data) are written one item per line, because
their items may contain commas. The last column holds the linter's findings
for the requirement, one per line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reqkit.diagnostics import Diagnostic
from reqkit.model import Requirement

_REQUIREMENT_PATH = re.compile(r"^requirements\[(\d+)\]")

#: How one list item is separated from the next inside a cell.
ID_SEPARATOR = ", "
LINE_SEPARATOR = "\n"


@dataclass(frozen=True)
class Column:
    """One column: its header, and the cell text for a requirement and its findings."""

    header: str
    field: str
    """The requirement's field the column shows (``findings`` for the linter's findings)."""
    cell: Callable[[Requirement, Sequence[Diagnostic]], str]


def _text(value: str | None) -> str:
    return value or ""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def finding_text(diagnostic: Diagnostic) -> str:
    """One finding in a cell: ``RK101 vague-term (warning): message``."""
    return (
        f"{diagnostic.code} {diagnostic.name} ({diagnostic.severity.value}): {diagnostic.message}"
    )


REQUIREMENT_COLUMNS: tuple[Column, ...] = (
    Column("ID", "id", lambda r, f: r.id),
    Column("Statement", "statement", lambda r, f: r.statement),
    Column("Priority", "priority", lambda r, f: r.priority),
    Column("Type", "type", lambda r, f: _text(r.type)),
    Column("Rationale", "rationale", lambda r, f: _text(r.rationale)),
    Column(
        "Acceptance criteria",
        "acceptance_criteria",
        lambda r, f: LINE_SEPARATOR.join(r.acceptance_criteria),
    ),
    Column("Goals", "goals", lambda r, f: ID_SEPARATOR.join(r.goals)),
    Column("Depends on", "depends_on", lambda r, f: ID_SEPARATOR.join(r.depends_on)),
    Column("Systems", "systems", lambda r, f: LINE_SEPARATOR.join(r.systems)),
    Column("Data", "data", lambda r, f: LINE_SEPARATOR.join(r.data)),
    Column("Owner", "owner", lambda r, f: _text(r.owner)),
    Column("Estimate (days)", "estimate_days", lambda r, f: _number(r.estimate_days)),
    Column(
        "Waivers",
        "waivers",
        lambda r, f: LINE_SEPARATOR.join(f"{w.rule}: {w.reason}" for w in r.waivers),
    ),
    Column("Findings", "findings", lambda r, f: LINE_SEPARATOR.join(map(finding_text, f))),
)

REQUIREMENT_HEADERS: tuple[str, ...] = tuple(column.header for column in REQUIREMENT_COLUMNS)


def requirement_cells(requirement: Requirement, findings: Sequence[Diagnostic]) -> list[str]:
    """The text of each column for one requirement, in column order."""
    return [column.cell(requirement, findings) for column in REQUIREMENT_COLUMNS]


def findings_by_requirement(
    requirements: Sequence[Requirement], findings: Sequence[Diagnostic]
) -> list[tuple[Diagnostic, ...]]:
    """Each requirement's own findings (those whose path lies inside it), in file order."""
    found: list[list[Diagnostic]] = [[] for _ in requirements]
    for diagnostic in findings:
        match = _REQUIREMENT_PATH.match(diagnostic.path)
        if match and int(match.group(1)) < len(requirements):
            found[int(match.group(1))].append(diagnostic)
    return [tuple(each) for each in found]

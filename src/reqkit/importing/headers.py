"""Finding each field's column by its header, as people write headers.

Headers match whatever their case, punctuation or a note in brackets
("Priority (MoSCoW)" is Priority), and the requirements sheet also knows the
names spreadsheets commonly give its columns ("Requirement", "Description",
"AC"). A header that matches nothing, or two columns that give the same
field, is a problem to report: dropping a column of someone's work, or
choosing between two, would be a silent guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reqkit.export.xlsx_kinds import Column, Table
from reqkit.export.xlsx_layout import FINDINGS_HEADER, REQUIREMENTS
from reqkit.importing.cells import as_text, blank
from reqkit.importing.sources import Raw
from reqkit.suggest import closest

#: Other names people give the requirement columns, by field.
REQUIREMENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": (
        "id",
        "req id",
        "requirement id",
        "requirement no",
        "requirement number",
        "ref",
        "reference",
        "key",
        "no",
        "nr",
        "number",
        "#",
    ),
    "statement": (
        "requirement",
        "requirements",
        "description",
        "requirement description",
        "requirement text",
        "text",
        "user story",
        "story",
        "what",
    ),
    "priority": ("priority", "prio", "moscow", "moscow priority", "importance"),
    "type": ("type", "requirement type", "category", "kind"),
    "rationale": ("rationale", "reason", "why", "justification", "business justification"),
    "acceptance_criteria": (
        "acceptance criteria",
        "acceptance criterion",
        "acceptance",
        "criteria",
        "ac",
        "acs",
        "done when",
        "definition of done",
    ),
    "goals": ("goals", "goal", "linked goals", "goal ids", "objectives", "objective"),
    "depends_on": ("depends on", "dependencies", "dependency", "depends", "blocked by"),
    "systems": ("systems", "system", "affected systems", "systems touched", "components"),
    "data": ("data", "data needed"),
    "owner": ("owner", "business owner", "requirement owner", "requested by"),
    "estimate_days": (
        "estimate",
        "estimate days",
        "estimated days",
        "effort",
        "effort days",
        "person days",
    ),
}


def normal(header: str) -> str:
    """A header as compared: lower case, no note in brackets, one space between words."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", header.lower())
    text = re.sub(r"[_\-/:*.]+", " ", text.replace("'", ""))
    return " ".join(text.split())


def _names(table: Table, column: Column) -> tuple[str, ...]:
    own = (normal(column.header), column.header.lower())
    if table is REQUIREMENTS and column.key:
        return own + REQUIREMENT_SYNONYMS.get(column.key[0], ())
    return own


@dataclass(frozen=True)
class HeaderProblem:
    """A header that cannot be matched; ``col`` is 0-based."""

    col: int
    header: str
    message: str
    hint: str


def match_headers(
    table: Table, header_row: list[Raw]
) -> tuple[dict[int, Column], list[HeaderProblem]]:
    """Which column (0-based) holds which field, and the headers that cannot be placed."""
    by_name: dict[str, Column] = {}
    for column in table.columns:
        for name in _names(table, column):
            by_name.setdefault(name, column)
    found: dict[int, Column] = {}
    taken: dict[tuple[str, str], int] = {}
    problems: list[HeaderProblem] = []
    for col, raw in enumerate(header_row):
        if blank(raw):
            continue
        header = as_text(raw).strip()
        column = by_name.get(header.lower()) or by_name.get(normal(header))
        if column is None:
            near = closest(normal(header), [c.header for c in table.columns])
            known = ", ".join(c.header for c in table.columns if c.kind != "derived")
            problems.append(
                HeaderProblem(
                    col,
                    header,
                    f'the column "{header}" is not a field reqkit knows here',
                    (f'Did you mean "{near}"? ' if near else "")
                    + f"Rename it to one of: {known}; or delete the column, or move it to "
                    "another sheet, if it should not be imported.",
                )
            )
            continue
        slot = (column.header, column.kind)
        if slot in taken:
            first = taken[slot]
            problems.append(
                HeaderProblem(
                    col,
                    header,
                    f'the column "{header}" gives the {column.header.lower()} again '
                    f"(column {letter(first)} already does)",
                    "Keep one of the two columns, or rename the other to what it holds.",
                )
            )
            continue
        taken[slot] = col
        found[col] = column
    return found, problems


def letter(col: int) -> str:
    """The spreadsheet letter of a 0-based column: 0 -> A, 27 -> AB."""
    name = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def is_findings(column: Column) -> bool:
    return column.header == FINDINGS_HEADER

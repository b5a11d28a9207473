"""The "Brief" sheet: one row per field of the sections that are a single record.

Its Field column names each field as it is written in YAML
(``initiative.title``, ``budget.total``); its Value column holds the value;
the About column explains the field to people and is not read.
"""

from __future__ import annotations

from typing import Any

from reqkit.export.xlsx_brief_fields import BASELINE_REQUIREMENTS, BRIEF_FIELDS
from reqkit.export.xlsx_kinds import Field
from reqkit.importing.cells import CellProblem, as_text, blank
from reqkit.importing.headers import normal
from reqkit.importing.places import ImportProblem, Place
from reqkit.importing.sources import Grid, Raw
from reqkit.importing.tables import read_value
from reqkit.positions import Path
from reqkit.suggest import closest

_BY_NAME = {f.name: f for f in BRIEF_FIELDS}
_BASELINE_PREFIX = ".".join(BASELINE_REQUIREMENTS) + "."


def _field(name: str) -> Field | None:
    if name.startswith(_BASELINE_PREFIX) and len(name) > len(_BASELINE_PREFIX):
        return Field((*BASELINE_REQUIREMENTS, name[len(_BASELINE_PREFIX) :]), "id")
    return _BY_NAME.get(name)


def read_brief_sheet(
    grid: Grid,
    file: str,
    data: dict[str, Any],
    places: dict[Path, Place],
    problems: list[ImportProblem],
) -> None:
    """Fill ``data`` from the Field/Value rows, remembering each value's cell."""
    rows = grid.rows
    start = next((i for i, row in enumerate(rows) if not all(blank(c) for c in row)), None)
    if start is None:
        return
    headers = [normal(as_text(c)) if not blank(c) else "" for c in rows[start]]
    if "field" not in headers or "value" not in headers:
        problems.append(
            ImportProblem(
                Place(file, grid.name, start + 1),
                'the sheet needs a "Field" and a "Value" column',
                "Head the column of field names Field and the column of their values Value.",
            )
        )
        return
    name_col, value_col = headers.index("field"), headers.index("value")
    for index in range(start + 1, len(rows)):
        row = rows[index]
        raw_name = row[name_col] if name_col < len(row) else Raw(None)
        raw = row[value_col] if value_col < len(row) else Raw(None)
        if blank(raw_name) and blank(raw):
            continue
        name = as_text(raw_name).strip()
        place = Place(file, grid.name, index + 1)
        field = _field(name)
        if field is None:
            near = closest(name, list(_BY_NAME))
            problems.append(
                ImportProblem(
                    place.cell(name_col, "Field"),
                    f'"{name}" is not a field of the brief' if name else "the field has no name",
                    f'Did you mean "{near}"?'
                    if near
                    else "Write a field name such as initiative.title.",
                )
            )
            continue
        if blank(raw):
            continue
        cell = place.cell(value_col, field.name)
        try:
            value = read_value(raw, field, field.path[-1].replace("_", " "))
        except CellProblem as problem:
            problems.append(ImportProblem(cell, problem.message, problem.hint))
            continue
        if field.kind == "money":
            value = as_text(raw).strip()
        target = data
        for part in field.path[:-1]:
            target = target.setdefault(part, {})
        target[field.path[-1]] = value
        places[field.path] = cell

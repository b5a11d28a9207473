"""One sheet to the items of one section: headers matched, each cell read, problems collected.

Every problem in a sheet is reported, not only the first, so that one run
shows everything to fix. Each value read remembers its cell, so that a
problem found later (by the schema, or a reference to a goal that does not
exist) is still reported at the cell it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reqkit.explain import model_at
from reqkit.export.xlsx_kinds import Column, Table
from reqkit.export.xlsx_layout import BUDGET, REQUIREMENTS
from reqkit.importing.cells import (
    CellProblem,
    as_text,
    blank,
    read_amount,
    read_bool,
    read_choice,
    read_date,
    read_ids,
    read_lines,
    read_number,
    read_waivers,
)
from reqkit.importing.headers import HeaderProblem, match_headers
from reqkit.importing.places import ImportProblem, Place
from reqkit.importing.sources import Grid, Raw
from reqkit.model import Brief

#: Marks the cell of a money pair's amount or currency in :attr:`Item.cells`.
MONEY_PART = "#"
#: Rows at the top of a sheet searched for its header row (a title may stand above it).
_HEADER_SEARCH = 10


@dataclass
class Item:
    """One row read: the fields it gives, and the cell each came from."""

    values: dict[str, Any]
    place: Place
    cells: dict[tuple[str, ...], Place] = field(default_factory=dict)


@dataclass
class SheetItems:
    """What one sheet gave; ``numbered`` when requirement ids had to be made up."""

    items: list[Item]
    numbered: bool = False


def read_value(raw: Raw, column: Column | Any, what: str) -> Any:
    """The value of one non-blank cell for a column (or a Brief-sheet field) of ``kind``."""
    kind = column.kind
    if raw.formula:
        raise CellProblem(
            f"the cell holds a formula ({raw.value}), not a value",
            "reqkit reads values, never formulas: copy the cells and paste them as values.",
        )
    if kind == "choice":
        return read_choice(raw, column.choices, what)
    if kind == "bool":
        return read_bool(raw)
    if kind == "date":
        return read_date(raw)
    if kind in ("number", "integer"):
        return read_number(raw, whole=kind == "integer")
    if kind == "amount":
        return read_amount(raw)
    if kind == "lines":
        return read_lines(raw)
    if kind == "ids":
        return read_ids(raw)
    if kind == "waivers":
        return read_waivers(raw)
    if kind in ("id", "currency"):
        return as_text(raw).strip()
    if isinstance(raw.value, str):
        return raw.value.replace("\r\n", "\n")
    return as_text(raw)


def _header_row(grid: Grid, table: Table) -> int | None:
    """The index of the row holding the headers: the first that names known columns.

    A title above the table ("Requirements") may name one column by chance, so a
    row naming two or more is preferred to one naming a single column.
    """
    candidates = [i for i, row in enumerate(grid.rows) if not all(blank(c) for c in row)]
    counts = [(i, len(match_headers(table, grid.rows[i])[0])) for i in candidates[:_HEADER_SEARCH]]
    enough = min(2, len([c for c in table.columns if c.exported]))
    for least in (enough, 1):
        found = next((i for i, count in counts if count >= least), None)
        if found is not None:
            return found
    return candidates[0] if candidates else None


def required_keys(table: Table) -> list[str]:
    """The fields each item of the table must have, as the schema says."""
    model = model_at(Brief, table.section)
    keys = [c.key[0] for c in table.columns if len(c.key) == 1 and c.kind != "derived"]
    if model is None:
        return keys  # glossary and waivers: every column
    return [k for k in keys if k in model.model_fields and model.model_fields[k].is_required()]


def read_sheet(grid: Grid, table: Table, file: str, problems: list[ImportProblem]) -> SheetItems:
    """The items a sheet lists, with every problem found added to ``problems``."""
    start = _header_row(grid, table)
    if start is None:
        if table is REQUIREMENTS:
            problems.append(
                ImportProblem(
                    Place(file, grid.name, 0),
                    "the sheet is empty",
                    "Put the column headers (ID, Statement, Priority, ...) in its first row "
                    "and one requirement in each row below.",
                )
            )
        return SheetItems([])
    top = Place(file, grid.name, start + 1)
    columns, header_problems = match_headers(table, grid.rows[start])
    problems.extend(_header_problem(top, p) for p in header_problems)
    numbered = _missing_columns(table, columns, top, problems)
    headers = {col: as_text(grid.rows[start][col]).strip() for col in columns}
    items: list[Item] = []
    for index in range(start + 1, len(grid.rows)):
        row = grid.rows[index]
        if all(blank(c) for c in row) or (table is BUDGET and any(c.formula for c in row)):
            continue  # an empty row, or the sum under the budget lines
        place = Place(file, grid.name, index + 1)
        items.append(_read_row(row, columns, headers, place, problems))
    return SheetItems(items, numbered)


def _header_problem(top: Place, problem: HeaderProblem) -> ImportProblem:
    return ImportProblem(top.cell(problem.col, problem.header), problem.message, problem.hint)


def _missing_columns(
    table: Table, columns: dict[int, Column], top: Place, problems: list[ImportProblem]
) -> bool:
    """Report required columns the sheet lacks; True if only the requirement ids are missing."""
    present = {c.key[0] for c in columns.values() if c.key}
    missing = [k for k in required_keys(table) if k not in present]
    if table is REQUIREMENTS and missing == ["id"]:
        return True
    for key in missing:
        header = next(c.header for c in table.columns if c.key and c.key[0] == key)
        problems.append(
            ImportProblem(
                top,
                f'the sheet has no "{header}" column',
                f'Add a column headed "{header}": every row needs one.',
            )
        )
    return False


def _read_row(
    row: list[Raw],
    columns: dict[int, Column],
    headers: dict[int, str],
    place: Place,
    problems: list[ImportProblem],
) -> Item:
    item = Item({}, place)
    for col, column in columns.items():
        raw = row[col] if col < len(row) else Raw(None)
        if column.kind == "derived" or blank(raw):
            continue
        cell = place.cell(col, headers[col])
        try:
            value = read_value(raw, column, column.header.lower())
        except CellProblem as problem:
            problems.append(ImportProblem(cell, problem.message, problem.hint))
            continue
        _put(item, column, value, cell)
    return item


def _put(item: Item, column: Column, value: Any, cell: Place) -> None:
    """Store a value under its key; an amount and its currency fill one money pair."""
    key = column.key or ("",)
    target = item.values
    for name in key[:-1]:
        target = target.setdefault(name, {})
    if column.kind in ("amount", "currency"):
        pair = target.setdefault(key[-1], {})
        pair["amount" if column.kind == "amount" else "currency"] = value
        item.cells[(*key, MONEY_PART + column.kind)] = cell
    else:
        target[key[-1]] = value
    item.cells.setdefault(key, cell)

"""The sheets of a spreadsheet put together as the data of one brief.

A workbook written by ``reqkit export --format xlsx`` has a sheet per section
and comes back whole; a sheet written by a person usually holds requirements
only, and the initiative's id, title and owner then come from the command
line. Each value keeps the place it came from (see :class:`Assembled`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from reqkit.errors import UsageError
from reqkit.export.xlsx_brief_fields import BRIEF_SHEET, FINDINGS_SHEET
from reqkit.export.xlsx_kinds import Table
from reqkit.export.xlsx_layout import (
    ASSUMPTIONS,
    GLOSSARY,
    GOALS,
    METRICS,
    OUT_OF_SCOPE,
    REQUIREMENTS,
    TABLES,
    WAIVERS,
)
from reqkit.importing.brief_sheet import read_brief_sheet
from reqkit.importing.headers import normal
from reqkit.importing.links import (
    attach_metrics,
    attach_waivers,
    brief_keys,
    goals_named,
    initiative_column,
    report_duplicates,
)
from reqkit.importing.places import ImportProblem, Place
from reqkit.importing.sources import Grid
from reqkit.importing.tables import Item, read_sheet
from reqkit.positions import Path

_PLAIN_MONEY = re.compile(r"(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?")


@dataclass
class Assembled:
    """The brief's data, where each value came from, and what the reader should know."""

    data: dict[str, Any] = field(default_factory=dict)
    places: dict[Path, Place] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)


def pick_sheets(grids: list[Grid], requirements_sheet: str | None, file: str) -> dict[str, Grid]:
    """Which grid holds which sheet of the layout, by name; a lone sheet holds requirements."""
    by_name = {normal(g.name): g for g in grids if g.name is not None}
    chosen: dict[str, Grid] = {}
    for table in TABLES:
        grid = by_name.get(normal(table.sheet))
        if grid is not None:
            chosen[table.sheet] = grid
    brief = by_name.get(normal(BRIEF_SHEET))
    if brief is not None:
        chosen[BRIEF_SHEET] = brief
    if requirements_sheet is not None and all(g.name is None for g in grids):
        raise UsageError(
            f"{file} is a CSV file, which has no sheets to choose from",
            "Leave out --sheet: the whole file is read as the requirements sheet.",
        )
    if requirements_sheet is not None:
        grid = next((g for g in grids if g.name == requirements_sheet), None)
        grid = grid or by_name.get(normal(requirements_sheet))
        if grid is None:
            names = ", ".join(f'"{g.name}"' for g in grids)
            raise UsageError(
                f'{file} has no sheet named "{requirements_sheet}"',
                f"Its sheets are: {names}.",
            )
        chosen = {k: v for k, v in chosen.items() if v is not grid}
        chosen[REQUIREMENTS.sheet] = grid
    elif REQUIREMENTS.sheet not in chosen and grids and (len(grids) == 1 or not chosen):
        chosen[REQUIREMENTS.sheet] = grids[0]
    return chosen


def assemble(grids: list[Grid], requirements_sheet: str | None, file: str) -> Assembled:
    """The data of the brief the spreadsheet holds, with its problems and notes."""
    result = Assembled()
    chosen = pick_sheets(grids, requirements_sheet, file)
    result.sheets = [g.name for g in grids if g.name and any(g is c for c in chosen.values())]
    left = [
        g.name
        for g in grids
        if g.name and g.name != FINDINGS_SHEET and not any(g is c for c in chosen.values())
    ]  # the export's Findings sheet is for readers: it is never read back
    if left:
        names = ", ".join(f'"{name}"' for name in left)
        result.notes.append(
            f"Not read: {names}, whose names are not sections of a brief "
            "(--sheet NAME reads a sheet of requirements)."
        )
    if BRIEF_SHEET in chosen:
        read_brief_sheet(chosen[BRIEF_SHEET], file, result.data, result.places, result.problems)
    read: dict[str, list[Item]] = {}
    for table in TABLES:
        if table.sheet in chosen:
            sheet = read_sheet(chosen[table.sheet], table, file, result.problems)
            if sheet.numbered:
                _number(sheet.items)
                result.notes.append(
                    f"The sheet has no ID column: the requirements are numbered "
                    f"REQ-001 to REQ-{len(sheet.items):03d} in row order."
                )
            read[table.sheet] = sheet.items
    initiative_column(result, read.get(REQUIREMENTS.sheet) or [])
    for table in TABLES:
        items = read.get(table.sheet)
        if items and table not in (METRICS, WAIVERS):
            _place(result, table, items)
    if GOALS.sheet not in chosen:
        goals_named(result)
    if read.get(METRICS.sheet):
        attach_metrics(result, read[METRICS.sheet], "goals", "goal", "metrics", "Goals")
    if read.get(WAIVERS.sheet):
        attach_waivers(result, read[WAIVERS.sheet])
    report_duplicates(result)
    return result


def _number(items: list[Item]) -> None:
    for index, item in enumerate(items, start=1):
        item.values = {"id": f"REQ-{index:03d}", **item.values}


def _place(result: Assembled, table: Table, items: list[Item]) -> None:
    """Put a sheet's items where the section lives in the brief."""
    *parents, name = table.section
    target = result.data
    for part in parents:
        target = target.setdefault(part, {})
    if table is GLOSSARY:
        glossary = target.setdefault(name, {})
        for item in items:
            term = item.values.get("term")
            if term is None or "meaning" not in item.values:
                continue  # reported by the check of the whole brief
            glossary[term] = item.values["meaning"]
            result.places[(name, term)] = item.cells.get(("meaning",), item.place)
        return
    values: list[Any] = []
    for index, item in enumerate(items):
        path: Path = (*table.section, index)
        result.places[path] = item.place
        for key, cell in item.cells.items():
            result.places[(*path, *brief_keys(key))] = cell
        _money(item, result)
        if table in (ASSUMPTIONS, OUT_OF_SCOPE):
            values.append(item.values.get("", ""))
        else:
            values.append(item.values)
    target[name] = values


def _money(item: Item, result: Assembled) -> None:
    """Turn each amount-and-currency pair into money text the brief reads back exactly."""
    nested = [v for v in item.values.values() if isinstance(v, dict)]
    for holder in (item.values, *nested):
        for key, value in list(holder.items()):
            if not (isinstance(value, dict) and set(value) <= {"amount", "currency"} and value):
                continue
            if "amount" not in value or "currency" not in value:
                missing = "currency" if "amount" in value else "amount"
                cell = next((c for k, c in item.cells.items() if k[-2:-1] == (key,)), item.place)
                result.problems.append(
                    ImportProblem(
                        cell,
                        f"the {missing} is missing",
                        "Give an amount with its three-letter currency code, e.g. 18000 and EUR.",
                    )
                )
                del holder[key]
                continue
            holder[key] = money_text(value["amount"], value["currency"])


def money_text(amount: Decimal, currency: str) -> str:
    """``48000 EUR``: the form that reads as this amount in any locale."""
    sign = "-" if amount < 0 else ""
    digits = f"{abs(amount):f}"
    if _PLAIN_MONEY.fullmatch(digits):
        return f"{sign}{digits} {currency}"
    from reqkit.money import format_money

    return format_money(amount, currency, None)

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
from reqkit.export.xlsx_layout import (
    ASSUMPTIONS,
    GLOSSARY,
    GOALS,
    METRICS,
    OUT_OF_SCOPE,
    REQUIREMENTS,
    TABLES,
    WAIVERS,
    WHOLE_BRIEF,
    Table,
)
from reqkit.importing.brief_sheet import read_brief_sheet
from reqkit.importing.headers import normal
from reqkit.importing.places import ImportProblem, Place
from reqkit.importing.sources import Grid
from reqkit.importing.tables import MONEY_PART, Item, read_sheet
from reqkit.positions import Path

_PLAIN_MONEY = re.compile(r"(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?")
_ID_SECTIONS = ("requirements", "goals", "risks", "open_questions")


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
    brief = by_name.get("brief")
    if brief is not None:
        chosen["Brief"] = brief
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
    if "Brief" in chosen:
        read_brief_sheet(chosen["Brief"], file, result.data, result.places, result.problems)
    read: dict[str, list[Item]] = {}
    for table in TABLES:
        if table.sheet in chosen:
            sheet = read_sheet(chosen[table.sheet], table, file, result.problems)
            if sheet.numbered:
                _number(sheet.items)
                result.notes.append(
                    f"The sheet has no Id column: the requirements are numbered "
                    f"REQ-001 to REQ-{len(sheet.items):03d} in row order."
                )
            read[table.sheet] = sheet.items
    _initiative_column(result, read.get(REQUIREMENTS.sheet) or [])
    for table in TABLES:
        items = read.get(table.sheet)
        if items and table not in (METRICS, WAIVERS):
            _place(result, table, items)
    if GOALS.sheet not in chosen:
        _goals_named(result)
    if read.get(METRICS.sheet):
        _attach(result, read[METRICS.sheet], "goals", "goal", "metrics", "Goals")
    if read.get(WAIVERS.sheet):
        _waivers(result, read[WAIVERS.sheet])
    _duplicates(result)
    return result


def _initiative_column(result: Assembled, items: list[Item]) -> None:
    """The CSV export's Initiative column: the brief's id, if every row names the same one."""
    named = [(item.values.pop("initiative"), item) for item in items if "initiative" in item.values]
    if not named:
        return
    first = named[0][0]
    for value, item in named:
        if value != first:
            result.problems.append(
                ImportProblem(
                    item.cells[("initiative",)],
                    f'this row belongs to the brief "{value}", the rows above to "{first}"',
                    "Import one brief at a time: filter the sheet on its Initiative column "
                    "and save each brief's rows in a file of their own.",
                )
            )
            return
    initiative = result.data.setdefault("initiative", {})
    if "id" not in initiative:
        initiative["id"] = first
        result.places[("initiative", "id")] = named[0][1].cells[("initiative",)]


def _goals_named(result: Assembled) -> None:
    """Goals that requirements link to in a file that does not describe goals: kept, to fill in."""
    named: dict[str, None] = {}
    for requirement in result.data.get("requirements") or []:
        named.update(dict.fromkeys(requirement.get("goals") or []))
    if not named:
        return
    result.data["goals"] = [{"id": g, "statement": f"TODO: the goal {g}"} for g in named]
    result.notes.append(
        f"The requirements link to goals the file does not describe ({', '.join(named)}): "
        "added them to the brief with a TODO statement to fill in."
    )


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
            result.places[(*path, *_brief_keys(key))] = cell
        _money(item, result)
        if table in (ASSUMPTIONS, OUT_OF_SCOPE):
            values.append(item.values.get("", ""))
        else:
            values.append(item.values)
    target[name] = values


def _brief_keys(key: tuple[str, ...]) -> tuple[str, ...]:
    """A cell's key as a path in the brief: without money parts, or the key of a plain text."""
    return tuple(k for k in key if k and not k.startswith(MONEY_PART))


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


def _attach(
    result: Assembled, items: list[Item], section: str, key: str, into: str, sheet: str
) -> None:
    """Give each metric to the goal its Goal column names."""
    parents = result.data.get(section) or []
    index_of = {p.get("id"): i for i, p in enumerate(parents)}
    for item in items:
        owner = item.values.pop(key, None)
        if owner not in index_of:
            cell = item.cells.get((key,), item.place)
            result.problems.append(
                ImportProblem(
                    cell,
                    f'no goal has the id "{owner}"' if owner else "the goal is missing",
                    f'Write the id of a goal listed on the sheet "{sheet}".',
                )
            )
            continue
        position = index_of[owner]
        metrics = parents[position].setdefault(into, [])
        path: Path = (section, position, into, len(metrics))
        result.places[path] = item.place
        for cell_key, cell in item.cells.items():
            result.places[(*path, *_brief_keys(cell_key))] = cell
        metrics.append(item.values)


def _waivers(result: Assembled, items: list[Item]) -> None:
    """Give each waiver to the whole brief or to the requirement it names."""
    requirements = result.data.get("requirements") or []
    index_of = {r.get("id"): i for i, r in enumerate(requirements)}
    for item in items:
        target = item.values.pop("applies_to", WHOLE_BRIEF)
        if target == WHOLE_BRIEF:
            base: Path = ("initiative",)
            holder = result.data.setdefault("initiative", {})
        elif target in index_of:
            base = ("requirements", index_of[target])
            holder = requirements[index_of[target]]
        else:
            result.problems.append(
                ImportProblem(
                    item.cells.get(("applies_to",), item.place),
                    f'no requirement has the id "{target}"',
                    f'Write a requirement id, or "{WHOLE_BRIEF}" for a waiver of the whole brief.',
                )
            )
            continue
        waivers = holder.setdefault("waivers", [])
        path: Path = (*base, "waivers", len(waivers))
        result.places[path] = item.place
        for key, cell in item.cells.items():
            result.places[(*path, *_brief_keys(key))] = cell
        waivers.append(item.values)


def _duplicates(result: Assembled) -> None:
    """An id (or a stakeholder's name) used twice: each later use is reported at its cell."""
    for section, key in [*((s, "id") for s in _ID_SECTIONS), ("stakeholders", "name")]:
        first: dict[Any, Place] = {}
        for index, item in enumerate(result.data.get(section) or []):
            value = item.get(key)
            if value is None:
                continue
            place = result.places.get((section, index, key), result.places.get((section, index)))
            if value in first:
                noun = "name" if key == "name" else "id"
                result.problems.append(
                    ImportProblem(
                        place,  # type: ignore[arg-type]
                        f'the {noun} "{value}" is used twice (first in row {first[value].row})',
                        f"Give each row its own {noun}; other sections refer to it by {noun}.",
                    )
                )
            else:
                first[value] = place  # type: ignore[assignment]

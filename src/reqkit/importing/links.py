"""Rows that refer to rows of other sheets: a metric to its goal, a waiver to its requirement.

Also what a file says about the brief as a whole through its rows: the CSV
export's Initiative column, goals that requirements link to in a file that
does not describe goals, and ids used twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reqkit.export.xlsx_layout import WHOLE_BRIEF
from reqkit.importing.places import ImportProblem, Place
from reqkit.importing.tables import MONEY_PART, Item
from reqkit.positions import Path

if TYPE_CHECKING:
    from reqkit.importing.assemble import Assembled

_ID_SECTIONS = ("requirements", "goals", "risks", "open_questions")


def brief_keys(key: tuple[str, ...]) -> tuple[str, ...]:
    """A cell's key as a path in the brief: without money parts, or the key of a plain text."""
    return tuple(k for k in key if k and not k.startswith(MONEY_PART))


def initiative_column(result: Assembled, items: list[Item]) -> None:
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


def goals_named(result: Assembled) -> None:
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


def attach_metrics(
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
            result.places[(*path, *brief_keys(cell_key))] = cell
        metrics.append(item.values)


def attach_waivers(result: Assembled, items: list[Item]) -> None:
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
            result.places[(*path, *brief_keys(key))] = cell
        waivers.append(item.values)


def report_duplicates(result: Assembled) -> None:
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

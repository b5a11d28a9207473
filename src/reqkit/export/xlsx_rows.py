"""The brief as the rows of each sheet of the workbook layout, before any cell is written.

Values stay Python values here (text, numbers, dates, ``None`` for an empty
cell); :mod:`reqkit.export.xlsx_book` decides how each becomes a cell. Keeping
this apart makes the workbook's content testable without a spreadsheet library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from reqkit.diagnostics import Diagnostic
from reqkit.export.columns import ID_SEPARATOR, finding_text, findings_by_requirement
from reqkit.export.xlsx_brief_fields import BASELINE_REQUIREMENTS, BRIEF_FIELDS
from reqkit.export.xlsx_kinds import Column, Field, Table
from reqkit.export.xlsx_layout import GLOSSARY, METRICS, WAIVERS, WHOLE_BRIEF
from reqkit.export.xlsx_lines import lines_cell
from reqkit.model import Brief, Money

Cell = str | int | float | Decimal | dt.date | None


def table_items(brief: Brief, table: Table) -> list[Any]:
    """The items one sheet lists, in the order of the brief."""
    if table is METRICS:
        return [{"goal": g.id, **dict(m)} for g in brief.goals for m in g.metrics]
    if table is GLOSSARY:
        return [{"term": term, "meaning": text} for term, text in brief.glossary.items()]
    if table is WAIVERS:
        return [
            {"applies_to": WHOLE_BRIEF, "rule": w.rule, "reason": w.reason}
            for w in brief.initiative.waivers
        ] + [
            {"applies_to": r.id, "rule": w.rule, "reason": w.reason}
            for r in brief.requirements
            for w in r.waivers
        ]
    found: Any = brief
    for name in table.section:
        found = getattr(found, name, None)
    return list(found or ())


def _get(item: Any, key: tuple[str, ...]) -> Any:
    for name in key:
        if item is None:
            return None
        item = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
    return item


def exact_number(amount: Decimal) -> float | Decimal | str:
    """An amount as a spreadsheet number when a number holds it exactly, else as text."""
    as_float = float(amount)
    if Decimal(repr(as_float)) == amount:
        return amount
    return f"{amount.normalize():f}"


def cell_value(value: Any, kind: str) -> Cell:
    """What the cell of a column of ``kind`` shows for a field's ``value``."""
    if value is None:
        return None
    if kind == "lines":
        return lines_cell(list(value)) if value else None
    if kind == "ids":
        return ID_SEPARATOR.join(value) if value else None
    if kind == "bool":
        return "yes" if value else "no"
    if kind == "amount":
        return exact_number(value.amount)
    if kind == "currency":
        return value.currency
    if kind == "money":
        return str(value) if isinstance(value, Money) else value
    return value  # type: ignore[no-any-return]


def exported(table: Table) -> tuple[Column, ...]:
    """The columns the workbook shows (some are only read, from other exports)."""
    return tuple(column for column in table.columns if column.exported)


def table_rows(brief: Brief, table: Table, findings: Sequence[Diagnostic]) -> list[list[Cell]]:
    """One row of cells per item of the sheet's section."""
    own: list[tuple[Diagnostic, ...]] = []
    if table.section == ("requirements",):
        own = findings_by_requirement(brief.requirements, findings)
    rows = []
    for index, item in enumerate(table_items(brief, table)):
        row = []
        for column in exported(table):
            if column.kind == "derived":
                row.append("\n".join(map(finding_text, own[index])) or None)
            else:
                row.append(cell_value(_value(item, column), column.kind))
        rows.append(row)
    return rows


def _value(item: Any, column: Column) -> Any:
    return _get(item, column.key) if column.key else item


def brief_rows(brief: Brief) -> Iterator[tuple[Field, Cell]]:
    """The rows of the Brief sheet: every single-record field, filled in or not."""
    for field in BRIEF_FIELDS:
        yield field, cell_value(_get(brief, field.path), field.kind)
    if brief.baseline is not None:
        for rid, fingerprint in brief.baseline.requirements.items():
            yield Field((*BASELINE_REQUIREMENTS, rid), "id"), fingerprint

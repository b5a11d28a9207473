"""The building blocks of the workbook layout: columns, tables and Brief-sheet fields.

Each describes where a field of the brief lives in the workbook and how its
cell is typed; :mod:`reqkit.export.xlsx_layout` puts them together. Choices
are taken from the schema's own ``Literal`` types, so a new value in the
schema shows up in the workbook's drop-down lists and in what the import accepts.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "text",  # one line or many, exactly as written
    "id",  # text; a number typed in the cell is read as its digits
    "lines",  # a list of texts, one per line in the cell
    "ids",  # a list of ids, "G1, G2"
    "waivers",  # "rule: reason", one per line (the CSV export's form; read, not written)
    "choice",  # one of ``choices``
    "bool",  # yes or no
    "date",
    "number",
    "integer",
    "amount",  # the number of an amount of money; its currency is the next column
    "currency",
    "money",  # an amount and its currency in one cell, e.g. "48,000 EUR"
    "derived",  # written for readers (lint findings), never read back
]


def choices_of(model: type, field: str) -> tuple[str, ...]:
    """The values a ``Literal`` field of the schema accepts, in the schema's order."""
    annotation = model.model_fields[field].annotation  # type: ignore[attr-defined]
    for candidate in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(candidate) is Literal:
            return tuple(typing.get_args(candidate))
    raise TypeError(f"{model.__name__}.{field} is not a choice")


YES_NO = ("yes", "no")


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, the field it holds and how the cell is typed."""

    header: str
    key: tuple[str, ...]  # the field inside one item, e.g. ("impact", "cost")
    kind: Kind = "text"
    choices: tuple[str, ...] = ()
    width: int = 0  # a fixed width in characters; 0 fits the content
    exported: bool = True  # False: read by the import (from other exports), never written


@dataclass(frozen=True)
class Table:
    """A sheet that lists the items of one section of the brief, one item per row."""

    sheet: str
    section: tuple[str, ...]  # where the list lives in the brief, e.g. ("timeline", "milestones")
    columns: tuple[Column, ...]
    #: For nested lists (a goal's metrics): the column that names the owning item's id.
    parent: tuple[str, ...] = ()


def choice_column(header: str, model: type, field: str) -> Column:
    return Column(header, (field,), "choice", choices_of(model, field))


def yes_no_column(header: str, field: str) -> Column:
    return Column(header, (field,), "bool", YES_NO)


@dataclass(frozen=True)
class Field:
    """One row of the "Brief" sheet: a field of a section that is a single record."""

    path: tuple[str, ...]  # e.g. ("budget", "expected_benefit", "by")
    kind: Kind = "text"
    choices: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """What the Field column shows: the path as written in YAML, e.g. ``budget.total``."""
        return ".".join(self.path)

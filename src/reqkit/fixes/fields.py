"""What the brief format declares at a place in a brief: the one truth about what a fix may write.

A fix writes a value only where the schema wants that kind of value: text
in quotes where the field is text, an ISO date where it is a date, a
listed spelling where it is a choice. The answer comes from the model's
field types, so the fixes and the schema never disagree.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Annotated, Any, Literal, get_args, get_origin

from reqkit.explain import model_at
from reqkit.model import Brief
from reqkit.positions import Path

_UNIONS = (typing.Union, types.UnionType)
_LISTS = (list, tuple)


def field_type(path: Path) -> Any:
    """The declared type of the value at ``path`` (of one item, for a list item); None if unknown."""
    field_path, items = path, 0
    while field_path and isinstance(field_path[-1], int):
        field_path, items = field_path[:-1], items + 1
    if not field_path or not isinstance(field_path[-1], str):
        return None
    model = model_at(Brief, field_path[:-1])
    info = model.model_fields.get(field_path[-1]) if model else None
    if info is None:
        return None
    annotation: Any = info.annotation
    for _ in range(items):
        inner = [get_args(alt)[0] for alt in alternatives(annotation) if get_origin(alt) in _LISTS]
        if len(inner) != 1:
            return None
        annotation = inner[0]
    return annotation


def alternatives(annotation: Any) -> list[Any]:
    """The types a value may have: unions opened, ``Annotated`` constraints set aside."""
    if get_origin(annotation) is Annotated:
        return alternatives(get_args(annotation)[0])
    if get_origin(annotation) in _UNIONS:
        return [alt for arg in get_args(annotation) for alt in alternatives(arg)]
    return [annotation]


def wants_text(path: Path) -> bool:
    return str in alternatives(field_type(path))


def wants_date(path: Path) -> bool:
    return dt.date in alternatives(field_type(path))


def choices_at(path: Path) -> tuple[str, ...]:
    """The values the choice field at ``path`` takes, or () if it is not a choice."""
    return tuple(
        value
        for alt in alternatives(field_type(path))
        if get_origin(alt) is Literal
        for value in get_args(alt)
        if isinstance(value, str)
    )

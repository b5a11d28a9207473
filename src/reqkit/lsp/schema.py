"""What the brief schema says about a place in a brief: its fields, their documentation, their choices.

Read from the pydantic model, the same source the JSON Schema of ``reqkit
schema`` and the scaffold of ``reqkit new`` are made from, so an editor
shows the words those show.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from reqkit.docs import field_doc
from reqkit.explain import model_at
from reqkit.model import Brief
from reqkit.positions import Path


@dataclass(frozen=True)
class Field:
    """One key of the schema: where it is declared, and what it holds."""

    model: type[BaseModel]
    name: str
    annotation: Any

    @property
    def doc(self) -> str:
        return field_doc(self.model, self.name)

    @property
    def choices(self) -> tuple[str, ...]:
        """The values this key (or each item of its list) may take, when they are a fixed set."""
        return tuple(_choices(self.annotation))

    @property
    def required(self) -> bool:
        return self.model.model_fields[self.name].is_required()


def fields_at(path: Path) -> list[Field]:
    """The keys a mapping at ``path`` may hold, in the schema's order; none if it is not a mapping."""
    model = model_at(Brief, path)
    if model is None:
        return []
    return [Field(model, name, info.annotation) for name, info in model.model_fields.items()]


def field_at(path: Path) -> Field | None:
    """The schema's key at ``path`` (the last part names it), if the schema has it."""
    if not path or not isinstance(path[-1], str):
        return None
    return next((f for f in fields_at(path[:-1]) if f.name == path[-1]), None)


def _choices(annotation: Any) -> list[str]:
    if annotation is bool:
        return ["true", "false"]
    if typing.get_origin(annotation) is Literal:
        return [str(value) for value in typing.get_args(annotation)]
    found: list[str] = []
    for arg in typing.get_args(annotation):
        found += [value for value in _choices(arg) if value not in found]
    return found

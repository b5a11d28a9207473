"""Finding the section models inside a field's type: ``list[Goal]``, ``Budget | None``."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel


def models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    """The model classes a field's type is made of, through lists, unions and Annotated."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    for arg in typing.get_args(annotation):
        yield from models_in(arg)


def reachable_models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """Every model class reachable from ``root`` through its fields, ``root`` first."""
    seen: list[type[BaseModel]] = []
    pending = [root]
    while pending:
        model = pending.pop()
        if model not in seen:
            seen.append(model)
            for info in model.model_fields.values():
                pending.extend(models_in(info.annotation))
    return seen

"""Facts about a brief that several rules need, computed the same way everywhere."""

from __future__ import annotations

import datetime as dt
import functools
import types
from collections.abc import Callable, Iterator
from typing import Any, Literal, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel

from reqkit.model import Brief, Milestone, Side, is_open
from reqkit.model.records import OpenQuestion
from reqkit.positions import Path


def side_of(brief: Brief, name: str) -> Side | None:
    """The side of the stakeholder called ``name``, if listed."""
    for person in brief.stakeholders:
        if person.name == name:
            return person.side
    return None


def people_on(brief: Brief, side: Side) -> list[str]:
    """Names of the stakeholders on one side."""
    return [person.name for person in brief.stakeholders if person.side == side]


def milestones(brief: Brief) -> Iterator[tuple[Path, Milestone]]:
    """Each milestone with its path, in the order written."""
    if brief.timeline is None:
        return
    for index, milestone in enumerate(brief.timeline.milestones):
        yield ("timeline", "milestones", index), milestone


def hard_deadlines(brief: Brief) -> Iterator[tuple[Path, Milestone]]:
    """Milestones marked as hard (drop-dead) dates."""
    return ((path, m) for path, m in milestones(brief) if m.hard)


def delivery_date(brief: Brief) -> dt.date | None:
    """The launch date, or failing that the last milestone: when IT must be done."""
    launches = [m.date for _, m in milestones(brief) if m.kind == "launch"]
    if launches:
        return min(launches)
    dates = [m.date for _, m in milestones(brief)]
    return max(dates) if dates else None


def handoff_date(brief: Brief) -> dt.date | None:
    """The planned hand-off to IT, if the timeline has one."""
    dates = [m.date for _, m in milestones(brief) if m.kind == "handoff"]
    return min(dates) if dates else None


def open_questions(brief: Brief) -> Iterator[tuple[Path, OpenQuestion]]:
    """Questions without an answer yet."""
    for index, question in enumerate(brief.open_questions):
        if is_open(question):
            yield ("open_questions", index), question


def musts(brief: Brief) -> int:
    """How many requirements are "must"."""
    return sum(1 for r in brief.requirements if r.priority == "must")


class WrittenText(NamedTuple):
    """A piece of text the author wrote, and where: a value, or a key of a free-form map.

    A named tuple holding the parent's path and the last step separately, so
    that walking a brief of tens of thousands of requirements (hundreds of
    thousands of strings) does not build a path for every string read.
    """

    parent: Path
    key: str | int
    text: str
    is_key: bool = False

    @property
    def path(self) -> Path:
        """The node path of the text, e.g. ``("requirements", 3, "statement")``."""
        return (*self.parent, self.key)


def all_text(brief: Brief) -> Iterator[WrittenText]:
    """Every string the author wrote, section by section, found by walking the model.

    Walking the model rather than listing fields means a section added to the
    schema is covered without touching the rules that read all text. Fields
    left out of the YAML (defaults) are skipped, and so are keys the schema
    defines; the keys of free-form maps such as the glossary are the author's
    words and are included. A value the schema expands from a short form
    (money written as ``48000 EUR``) yields paths inside that value. Fields
    that only take a fixed set of words (``priority: must``) are not text.
    """
    found: list[WrittenText] = []
    _walk_text(brief, (), lambda *where: found.append(WrittenText(*where)))
    return iter(found)


def all_text_joined(brief: Brief) -> str:
    """Every string :func:`all_text` yields, joined by line breaks, without the records.

    One search through this text tells whether anything is worth looking
    for in the strings one by one.
    """
    strings: list[str] = []
    _walk_text(brief, (), lambda parent, key, text, is_key: strings.append(text))
    return "\n".join(strings)


def _walk_text(value: Any, path: Path, visit: Callable[[Path, str | int, str, bool], None]) -> None:
    """Call ``visit(parent, key, text, is_key)`` for each string below ``value``.

    A callback rather than nested generators: a large brief holds hundreds of
    thousands of strings.
    """
    if isinstance(value, BaseModel):
        written = value.model_fields_set
        items: Any = [
            (name, getattr(value, name)) for name in _free_fields(type(value)) if name in written
        ]
    elif isinstance(value, (list, tuple)):
        items = enumerate(value)
    elif isinstance(value, dict):
        items = value.items()
    else:
        return
    is_map = isinstance(value, dict)
    for key, item in items:
        if is_map and isinstance(key, str):
            visit(path, key, key, True)
        if isinstance(item, str):
            visit(path, key, item, False)
        elif isinstance(item, (BaseModel, list, tuple, dict)):
            _walk_text(item, (*path, key), visit)


@functools.cache
def _free_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that can hold more than a fixed choice of words."""
    return tuple(
        name for name, info in model.model_fields.items() if not _is_choice(info.annotation)
    )


def _is_choice(annotation: Any) -> bool:
    if get_origin(annotation) is Literal:
        return True
    options = [a for a in get_args(annotation) if a is not type(None)]
    return get_origin(annotation) in (Union, types.UnionType) and all(
        _is_choice(a) for a in options
    )

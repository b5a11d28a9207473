"""Facts about a brief that several rules need, computed the same way everywhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

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


@dataclass(frozen=True, slots=True)
class WrittenText:
    """A piece of text the author wrote, and where: a value, or a key of a free-form map."""

    path: Path
    text: str
    is_key: bool = False


def all_text(brief: Brief) -> Iterator[WrittenText]:
    """Every string the author wrote, section by section, found by walking the model.

    Walking the model rather than listing fields means a section added to the
    schema is covered without touching the rules that read all text. Fields
    left out of the YAML (defaults) are skipped, and so are keys the schema
    defines; the keys of free-form maps such as the glossary are the author's
    words and are included. A value the schema expands from a short form
    (money written as ``48000 EUR``) yields paths inside that value.
    """
    return _text_in(brief, ())


def _text_in(value: Any, path: Path) -> Iterator[WrittenText]:
    if isinstance(value, str):
        yield WrittenText(path, value)
    elif isinstance(value, BaseModel):
        written = value.model_fields_set
        for name in type(value).model_fields:
            if name in written:
                yield from _text_in(getattr(value, name), (*path, name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _text_in(item, (*path, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield WrittenText((*path, key), key, is_key=True)
            yield from _text_in(item, (*path, key))

"""How the scope rules count requirements by priority.

A requirement marked ``wont`` is agreed *not* to be built now, so it adds no
work and is left out of every share and sum here; counting it would let a
brief dilute its musts by listing what it will not do.
"""

from __future__ import annotations

from reqkit.model import Brief, Requirement
from reqkit.rules.phrases import count


def to_build(brief: Brief) -> list[Requirement]:
    """The requirements that are planned: everything but ``wont``."""
    return [r for r in brief.requirements if r.priority != "wont"]


def committed(brief: Brief) -> list[Requirement]:
    """The requirements the delivery date is promised for: ``must`` and ``should``.

    ``could`` items are the buffer MoSCoW builds in: they are what gets dropped
    when time runs short, so they do not count against the time available.
    """
    return [r for r in brief.requirements if r.priority in ("must", "should")]


def wont_note(brief: Brief) -> str:
    """``" (not counting the 2 marked wont)"``, or nothing when there are none."""
    wont = sum(1 for r in brief.requirements if r.priority == "wont")
    return f" (not counting the {count(wont, 'requirement')} marked wont)" if wont else ""

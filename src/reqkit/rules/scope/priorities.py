"""How the scope rules count requirements by priority.

A requirement marked ``wont`` is agreed *not* to be built now, so it adds no
work and is left out of every share and sum here; counting it would let a
brief dilute its musts by listing what it will not do.
"""

from __future__ import annotations

from reqkit.model import Brief, Priority, Requirement
from reqkit.rules.phrases import count, percent


def to_build(brief: Brief) -> list[Requirement]:
    """The requirements that are planned: everything but ``wont``."""
    return [r for r in brief.requirements if r.priority != "wont"]


def committed(brief: Brief) -> list[Requirement]:
    """The requirements the delivery date is promised for: ``must`` and ``should``.

    ``could`` items are the buffer MoSCoW builds in: they are what gets dropped
    when time runs short, so they do not count against the time available.
    """
    return [r for r in brief.requirements if r.priority in ("must", "should")]


def tally(brief: Brief, priority: Priority) -> tuple[int, int]:
    """How many requirements to build have ``priority``, and how many there are."""
    planned = to_build(brief)
    return sum(1 for r in planned if r.priority == priority), len(planned)


def share_of(brief: Brief, part: int, whole: int, what: str, limit: float) -> str:
    """``"9 of 11 requirements (82 %) are must"``, noting any wont left out."""
    share = percent(part, whole, limit)
    return f"{part:,} of {whole:,} requirements ({share}) are {what}{wont_note(brief)}"


def wont_note(brief: Brief) -> str:
    """``" (not counting the 2 marked wont)"``, or nothing when there are none."""
    wont = sum(1 for r in brief.requirements if r.priority == "wont")
    return f" (not counting the {count(wont, 'requirement')} marked wont)" if wont else ""

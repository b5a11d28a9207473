"""The timeline as a list in date order, and as a gantt chart on a date axis.

The chart's geometry is worked out here (:mod:`reqkit.render.timeline_chart`)
so that the template only places shapes at given coordinates. This module
reads the brief's timeline: milestones and quick wins are dated points, phases
have a first and a last day, so their durations come from the brief itself.
Requirements carry no dates, so their ``depends_on`` links cannot be placed
on a date axis and the chart draws no dependency arrows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reqkit.model import Timeline


@dataclass(frozen=True)
class TimelineItem:
    """A milestone, a phase or a quick win, with its dates."""

    kind: str  # "milestone", "phase" or "quick-win"
    key: str  # unique within the brief: m1, p1, q1 ...
    name: str
    start: dt.date
    end: dt.date | None = None
    hard: bool = False
    category: str | None = None
    reason: str | None = None
    owner: str | None = None
    deliverables: tuple[str, ...] = ()

    @property
    def days(self) -> int | None:
        """How many days a phase lasts, first and last day included."""
        return (self.end - self.start).days + 1 if self.end is not None else None

    @property
    def duration(self) -> str | None:
        """The phase's length in words: "5 days", "6 weeks", "4 months"."""
        days = self.days
        if days is None:
            return None
        if days < 14:
            return f"{days} day{'s' if days != 1 else ''}"
        if days < 92:
            return f"{round(days / 7)} weeks"
        months = round(days / 30.44)
        return f"{months} months" if months < 24 else f"{round(days / 365.25)} years"


def timeline_items(timeline: Timeline | None) -> tuple[TimelineItem, ...]:
    """Every dated item of the timeline, in date order (ties keep the brief's order)."""
    if timeline is None:
        return ()
    items = [
        TimelineItem("milestone", f"m{i}", m.name, m.date, None, m.hard, m.kind, m.reason, m.owner)
        for i, m in enumerate(timeline.milestones, 1)
    ]
    for i, phase in enumerate(timeline.phases, 1):
        start = phase.start or phase.end
        if start is not None:
            end = phase.end if phase.end and phase.end >= start else None
            items.append(
                TimelineItem(
                    "phase", f"p{i}", phase.name, start, end, deliverables=tuple(phase.deliverables)
                )
            )
    items += [
        TimelineItem("quick-win", f"q{i}", win.name, win.date)
        for i, win in enumerate(timeline.quick_wins, 1)
        if win.date is not None
    ]
    return tuple(sorted(items, key=lambda item: item.start))

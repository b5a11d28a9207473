"""The timeline as a list in date order, and as a picture on a date axis.

The geometry of the HTML chart is worked out here so that the template only
places shapes at given coordinates: one row per milestone, phase or quick win,
month ticks on top, hard dates marked. Month names are spelled out here rather
than taken from the system locale, so the output is the same on every machine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reqkit.dates import shift_days
from reqkit.model import Timeline

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

WIDTH = 720
MARGIN = 16
AXIS_HEIGHT = 36
ROW_HEIGHT = 30
LEGEND_HEIGHT = 34
CHAR_WIDTH = 6.4  # average width of a character at the chart's 12.5 px font
MAX_TICKS = 8
#: Months between ticks, the smallest that keeps to MAX_TICKS being taken; from
#: a year on, round numbers of years, up to the whole calendar (9,999 years).
TICK_STEPS = (1, 2, 3, 6, *(12 * n for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000)))


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


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Row:
    """One item on the chart: its marker from x1 to x2 and its label."""

    item: TimelineItem
    y: float
    x1: float
    x2: float
    label: str
    label_x: float
    anchor: str  # "start" or "end"


@dataclass(frozen=True)
class TimelineChart:
    width: int
    height: int
    left: float
    right: float
    axis_y: float
    bottom: float
    ticks: tuple[Tick, ...]
    rows: tuple[Row, ...]
    today: Tick | None


def timeline_chart(items: tuple[TimelineItem, ...], today: dt.date | None = None) -> TimelineChart:
    """Coordinates for every item, scaled to fit the chart's width."""
    dates = [d for item in items for d in (item.start, item.end) if d is not None]
    if today is not None:
        dates.append(today)
    first, last = min(dates), max(dates)
    span = max((last - first).days, 14)
    pad = max(span // 25, 2)
    origin = shift_days(first, -pad)
    end = shift_days(origin, span + 2 * pad)
    days = max((end - origin).days, 1)
    left, right = float(MARGIN), float(WIDTH - MARGIN)

    def x(day: dt.date) -> float:
        return round(left + (day - origin).days / days * (right - left), 1)

    rows = tuple(
        _row(item, AXIS_HEIGHT + (i + 0.5) * ROW_HEIGHT, x) for i, item in enumerate(items)
    )
    bottom = AXIS_HEIGHT + len(items) * ROW_HEIGHT
    shown_today = Tick(x(today), today.isoformat()) if today is not None else None
    marks = _month_ticks(origin, end) or [(day, day.isoformat()) for day in sorted({first, last})]
    ticks = tuple(Tick(x(day), label) for day, label in marks)
    return TimelineChart(
        WIDTH,
        int(bottom + LEGEND_HEIGHT),
        left,
        right,
        AXIS_HEIGHT,
        bottom,
        ticks,
        rows,
        shown_today,
    )


def _row(item: TimelineItem, y: float, x: object) -> Row:
    x1 = x(item.start)  # type: ignore[operator]
    x2 = x(item.end) if item.end else x1  # type: ignore[operator]
    when = item.start.isoformat() + (f" to {item.end.isoformat()}" if item.end else "")
    room_right = WIDTH - MARGIN - (x2 + 10)
    room_left = x1 - 10 - MARGIN
    # The name with its dates if it fits on either side; else the name alone
    # (the table below the chart has the dates), shortened only as a last resort.
    for text in (f"{item.name} · {when}", item.name):
        width = len(text) * CHAR_WIDTH
        if width <= room_right:
            return Row(item, y, x1, x2, text, x2 + 10, "start")
        if width <= room_left:
            return Row(item, y, x1, x2, text, x1 - 10, "end")
    if room_right >= room_left:
        return Row(item, y, x1, x2, _fit(item.name, room_right), x2 + 10, "start")
    return Row(item, y, x1, x2, _fit(item.name, room_left), x1 - 10, "end")


def _fit(text: str, room: float) -> str:
    limit = max(int(room / CHAR_WIDTH), 4)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _month_ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    """First days of months after ``start`` up to ``end``, thinned to at most MAX_TICKS.

    Months are counted from year 0, so that a step of 24 months ticks every
    other January and a long timeline shows round years.
    """
    first = start.year * 12 + start.month  # the month after start's, as a count of months
    last = end.year * 12 + end.month - 1
    months = last - first + 2  # counting start's month too
    step = next(s for s in TICK_STEPS if months / s <= MAX_TICKS)
    ticks: list[tuple[dt.date, str]] = []
    for count in range(-(-first // step) * step, last + 1, step):
        year, month = divmod(count, 12)
        label = f"{MONTHS[month]} {year}" if not ticks or month == 0 else MONTHS[month]
        ticks.append((dt.date(year, month + 1, 1), label))
    return ticks

"""The date axis of the timeline chart: ticks every week or every few months.

A timeline of a few weeks gets a tick each Monday (or every other Monday); a
longer one gets the first of every month, or of every second, third or sixth
month, and from a year on round numbers of years. The step taken is the
smallest whose labels keep clear of each other. Month names are spelled out
here rather than taken from the system locale, so the output is the same on
every machine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from reqkit.render.chart_text import Box, text_box, text_width

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TICK_SIZE = 11.5
MAX_TICKS = 8
#: Up to this many days, ticks fall on Mondays.
WEEKLY_UP_TO = 84
WEEK_STEPS = (1, 2, 4)
#: Months between ticks; from a year on, round numbers of years, up to the whole
#: calendar (9,999 years).
MONTH_STEPS = (1, 2, 3, 6, *(12 * n for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000)))
LABEL_GAP = 8.0


@dataclass(frozen=True)
class Tick:
    """A tick on the axis and its label, drawn at label_x with text-anchor ``anchor``."""

    x: float
    label: str
    label_x: float = 0.0
    anchor: str = "start"
    box: Box | None = None


def axis_ticks(
    origin: dt.date, end: dt.date, x: Callable[[dt.date], float], baseline: float, right: float
) -> tuple[Tick, ...]:
    """Ticks between ``origin`` and ``end`` whose labels do not overlap, at most MAX_TICKS + 1."""
    candidates: list[list[tuple[dt.date, str]]] = []
    if (end - origin).days <= WEEKLY_UP_TO:
        candidates += [_week_marks(origin, end, step) for step in WEEK_STEPS]
    months = (end.year - origin.year) * 12 + end.month - origin.month + 1
    candidates += [
        _month_marks(origin, end, step) for step in MONTH_STEPS if months / step <= MAX_TICKS
    ]
    for marks in candidates:
        ticks = _placed(marks, x, baseline, right)
        if ticks and len(ticks) <= MAX_TICKS + 1 and _apart(ticks):
            return ticks
    middle = origin + (end - origin) / 2
    return _placed([(middle, middle.isoformat())], x, baseline, right)


def _placed(
    marks: list[tuple[dt.date, str]], x: Callable[[dt.date], float], baseline: float, right: float
) -> tuple[Tick, ...]:
    """Each label just right of its tick, or just left of it where it would pass ``right``."""
    ticks = []
    for day, label in marks:
        at = x(day)
        width = text_width(label, TICK_SIZE)
        anchor, label_x = ("start", at + 3) if at + 3 + width <= right else ("end", at - 3)
        box = text_box(label_x, baseline, width, TICK_SIZE, anchor)
        ticks.append(Tick(at, label, round(label_x, 1), anchor, box))
    return tuple(ticks)


def _apart(ticks: tuple[Tick, ...]) -> bool:
    boxes = [tick.box for tick in ticks if tick.box is not None]
    return all(not a.overlaps(b, LABEL_GAP) for a, b in pairwise(boxes))


def _week_marks(origin: dt.date, end: dt.date, step: int) -> list[tuple[dt.date, str]]:
    """Mondays from ``origin`` on, ``step`` weeks apart; the year on the first and in January."""
    first = origin.toordinal() + (-origin.weekday() % 7)
    marks: list[tuple[dt.date, str]] = []
    for ordinal in range(first, end.toordinal() + 1, 7 * step):
        day = dt.date.fromordinal(ordinal)
        label = f"{day.day} {MONTHS[day.month - 1]}"
        if not marks or day.year != marks[-1][0].year:
            label += f" {day.year}"
        marks.append((day, label))
    return marks


def _month_marks(start: dt.date, end: dt.date, step: int) -> list[tuple[dt.date, str]]:
    """First days of months after ``start`` up to ``end``, every ``step`` months.

    Months are counted from year 0, so that a step of 24 months ticks every
    other January and a long timeline shows round years.
    """
    first = start.year * 12 + start.month  # the month after start's, as a count of months
    last = end.year * 12 + end.month - 1
    marks: list[tuple[dt.date, str]] = []
    for count in range(-(-first // step) * step, last + 1, step):
        year, month = divmod(count, 12)
        if year < 1:
            continue
        label = f"{MONTHS[month]} {year}" if not marks or month == 0 else MONTHS[month]
        marks.append((dt.date(year, month + 1, 1), label))
    return marks

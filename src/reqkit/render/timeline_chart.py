"""The timeline as a gantt chart: where every bar, mark, label and legend entry goes.

Phases are bars from their first to their last day, labelled with their
length; milestones and quick wins are marks, hard dates red with a guide line
down the chart, and today a dashed line with its date underneath. Labels are
never drawn over each other: each item takes the first row (lane) where its
mark and label fit clear of what is already there, phases in the rows on top,
points in time below them. A label goes beside its mark or inside a bar long
enough to hold it; when it cannot fit in the chart's width at all it wraps
onto a second line (taking two lanes), shortened with an ellipsis only if it
is still too long (the template gives the full text as a tooltip).
Today's date and the legend have rows of their own below the lanes, and the
legend lists only the kinds the chart shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reqkit.dates import shift_days
from reqkit.render.chart_text import Box, Lanes, fit_text, text_box, text_width
from reqkit.render.timeline import TimelineItem
from reqkit.render.timeline_axis import Tick, axis_ticks
from reqkit.render.timeline_legend import (
    LEGEND_ROW,
    SMALL_SIZE,
    LegendEntry,
    Today,
    legend_entries,
    today_mark,
)

WIDTH = 720
#: The width of the chart drawn for phone screens instead, where the wide one would be tiny.
COMPACT_WIDTH = 400
MARGIN = 16
AXIS_HEIGHT = 30
ROW_HEIGHT = 28
BAND_GAP = 8
LABEL_SIZE = 12.5
MARK = 8  # half the width of a milestone's diamond
PAD = 6  # between a mark and its label
LINE_HEIGHT = 15  # between the lines of a wrapped label
CLEAR = 10  # kept free beyond a label's end, so that the next item in its lane keeps apart
#: The light scheme's colours (style.css) as attributes, so that the SVG also stands
#: alone outside the page; the page's stylesheet overrides them (dark scheme).
CHART_COLOURS = {
    "paper": "#ffffff",
    "line": "#d8dee6",
    "ink": "#1b2430",
    "muted": "#4f5b69",
    "red": "#a3211b",
    "blue": "#1d4ba8",
    "green": "#1d6b3a",
    "amber": "#8a4b00",
    "on_strong": "#ffffff",
}
#: How far (as a share of the timeline's span) today may lie outside it and still be drawn.
TODAY_REACH = 0.25


@dataclass(frozen=True)
class Row:
    """One item on the chart: its mark from x1 to x2 in a lane, and its label."""

    item: TimelineItem
    lane: int
    y: float
    x1: float
    x2: float
    lines: tuple[str, ...]  # the label as drawn: one line, or two when wrapped
    full_label: str
    label_x: float
    anchor: str  # "start", "end" or "middle" (inside a bar)
    inside: bool
    box: Box  # the label's box
    length: str | None = None
    """A phase's length, written inside its bar when the label beside it has no room for it."""

    @property
    def label(self) -> str:
        return " ".join(self.lines)

    @property
    def truncated(self) -> bool:
        return self.label != self.full_label

    @property
    def baselines(self) -> tuple[float, ...]:
        """Where each line of the label sits, centred on the mark."""
        first = self.y + 4 - (len(self.lines) - 1) * LINE_HEIGHT / 2
        return tuple(first + index * LINE_HEIGHT for index in range(len(self.lines)))


@dataclass(frozen=True)
class TimelineChart:
    width: int
    height: int
    left: float
    right: float
    axis_y: float
    top: float
    bottom: float
    ticks: tuple[Tick, ...]
    rows: tuple[Row, ...]
    today: Today | None
    today_note: str | None  # why today's line is missing, when it is
    hard_lines: tuple[float, ...]
    legend: tuple[LegendEntry, ...]


def timeline_chart(
    items: tuple[TimelineItem, ...], today: dt.date | None = None, width: int = WIDTH
) -> TimelineChart:
    """Coordinates for every item, scaled to fit ``width`` user units."""
    ends = (shift_days(item.end, 1) if item.end else None for item in items)
    dates = [d for item, stop in zip(items, ends, strict=True) for d in (item.start, stop) if d]
    first, last = min(dates), max(dates)
    today_note = _today_note(first, last, today)
    if today is not None and today_note is None:
        first, last = min(first, today), max(last, today)
    span = max((last - first).days, 14)
    pad = max(span // 25, 2)
    origin = shift_days(first, -pad)
    end = shift_days(origin, span + 2 * pad)
    days = max((end - origin).days, 1)
    left, right = float(MARGIN), float(width - MARGIN)

    def x(day: dt.date) -> float:
        return round(left + (day - origin).days / days * (right - left), 1)

    top = AXIS_HEIGHT + 4.0
    phases = [item for item in items if item.kind == "phase"]
    points = [item for item in items if item.kind != "phase"]
    rows = _lay_out(phases, x, top, width)
    lanes_used = _lanes_used(rows)
    band = top + lanes_used * ROW_HEIGHT + (BAND_GAP if rows and points else 0)
    rows += _lay_out(points, x, band, width)
    bottom = band + _lanes_used(rows[len(phases) :]) * ROW_HEIGHT
    shown_today = (
        today_mark(x(today), today, bottom, width, MARGIN) if today and today_note is None else None
    )
    legend_top = bottom + (22 if shown_today else 6)
    legend = legend_entries(items, shown_today is not None, legend_top, width, MARGIN)
    legend_rows = round((max(e.y for e in legend) - legend_top) / LEGEND_ROW + 0.5)
    return TimelineChart(
        width=width,
        height=int(legend_top + legend_rows * LEGEND_ROW + 4),
        left=left,
        right=right,
        axis_y=float(AXIS_HEIGHT),
        top=top,
        bottom=bottom,
        ticks=axis_ticks(origin, end, x, AXIS_HEIGHT - 12, width - 2),
        rows=tuple(rows),
        today=shown_today,
        today_note=today_note,
        hard_lines=tuple(x(item.start) for item in items if item.hard),
        legend=legend,
    )


def _lanes_used(rows: list[Row]) -> int:
    """How many lanes the rows take, a wrapped label taking two."""
    return max((row.lane + len(row.lines) for row in rows), default=0)


def _today_note(first: dt.date, last: dt.date, today: dt.date | None) -> str | None:
    """Why today is not drawn: it lies far before or after the timeline."""
    if today is None:
        return None
    reach = max((last - first).days, 14) * TODAY_REACH
    if (first - today).days > reach:
        return f"Today ({today.isoformat()}) is before the first date on the chart."
    if (today - last).days > reach:
        return f"Today ({today.isoformat()}) is after the last date on the chart."
    return None


def _texts(item: TimelineItem) -> list[str]:
    """The label with its date or length first, then the name alone."""
    if item.kind == "phase":
        detail = item.duration or item.start.isoformat()
    else:
        detail = item.start.isoformat()
    return [f"{item.name} · {detail}", item.name]


def _lay_out(items: list[TimelineItem], x: object, top: float, chart_width: int) -> list[Row]:
    """Each item in the first lane where its mark and label fit, beside or inside the mark."""
    lanes = Lanes.empty(0.0)
    rows = []
    for item in items:
        x1 = x(item.start)  # type: ignore[operator]
        # A phase's bar runs to the end of its last day, so that consecutive phases meet.
        x2 = max(x(shift_days(item.end, 1)) - 1.5, x1 + 3) if item.end else x1  # type: ignore[operator]
        reach = 0.0 if item.kind == "phase" else MARK + 2
        lines, label_x, anchor, inside, span = _place(item, x1, x2, reach, chart_width)
        lane = lanes.first_free(*span, count=len(lines))
        for taken in range(lane, lane + len(lines)):
            lanes.take(taken, *span)
        y = top + (lane + len(lines) / 2) * ROW_HEIGHT
        width = max(text_width(line, LABEL_SIZE, bold=item.hard) for line in lines)
        first = y + 4 - (len(lines) - 1) * LINE_HEIGHT / 2
        top_box = text_box(label_x, first, width, LABEL_SIZE, anchor)
        last = first + (len(lines) - 1) * LINE_HEIGHT
        box = Box(top_box.x1, top_box.y1, top_box.x2, last + LABEL_SIZE * 0.25)
        full = _texts(item)[0]
        length = item.duration if not inside and " ".join(lines) != full else None
        if length and text_width(length, SMALL_SIZE) + 2 * PAD > x2 - x1:
            length = None
        rows.append(Row(item, lane, y, x1, x2, lines, full, label_x, anchor, inside, box, length))
    return rows


def _place(
    item: TimelineItem, x1: float, x2: float, reach: float, chart_width: int
) -> tuple[tuple[str, ...], float, str, bool, tuple[float, float]]:
    """The lines, position and anchor of an item's label, and the span it takes in its lanes.

    The label with its date, else the name alone, on whichever side (or inside a
    bar) fits the chart's width; else the name wrapped onto two lines on the side
    with more room, the second line shortened if it still does not fit.
    """
    low, high = float(MARGIN), float(chart_width - MARGIN)
    for text in _texts(item):
        width = text_width(text, LABEL_SIZE, bold=item.hard)
        options = []
        if item.kind == "phase" and width + 2 * PAD <= x2 - x1:
            options.append(((x1 + x2) / 2, "middle", True, (x1, x2)))
        options.append((x2 + reach + PAD, "start", False, (x1 - reach, x2 + reach + PAD + width)))
        options.append((x1 - reach - PAD, "end", False, (x1 - reach - PAD - width, x2 + reach)))
        for at, anchor, inside, span in options:
            if low <= span[0] and span[1] <= high:
                return (text,), at, anchor, inside, _cleared(span, anchor)
    room_right, room_left = high - (x2 + reach + PAD), (x1 - reach - PAD) - low
    room = max(room_right, room_left)
    lines = _wrap(item.name, room, bold=item.hard)
    if room_right >= room_left:
        return lines, x2 + reach + PAD, "start", False, (x1 - reach, high)
    return lines, x1 - reach - PAD, "end", False, (low, x2 + reach)


def _wrap(name: str, room: float, *, bold: bool) -> tuple[str, ...]:
    """``name`` on two lines of at most ``room``, the second shortened if need be."""
    words = name.split()
    first: list[str] = []
    while words and text_width(" ".join([*first, words[0]]), LABEL_SIZE, bold=bold) <= room:
        first.append(words.pop(0))
    if not first:  # a single word too long for a line
        return (fit_text(name, room, LABEL_SIZE, bold=bold),)
    if not words:
        return (" ".join(first),)
    return " ".join(first), fit_text(" ".join(words), room, LABEL_SIZE, bold=bold)


def _cleared(span: tuple[float, float], anchor: str) -> tuple[float, float]:
    """A label's span with room kept free beyond its end."""
    if anchor == "start":
        return span[0], span[1] + CLEAR
    if anchor == "end":
        return span[0] - CLEAR, span[1]
    return span

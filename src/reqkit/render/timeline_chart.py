"""The timeline as a gantt chart: where every bar, mark, label and legend entry goes.

Phases are bars from their first to their last day, labelled with their
length; milestones and quick wins are marks, hard dates red with a guide line
down the chart, and today a dashed line with its date underneath. Labels are
never drawn over each other: each item takes the first row (lane) where its
mark and label fit clear of what is already there, phases in the rows on top,
points in time below them. A label goes beside its mark, inside a bar long
enough to hold it, or, when it cannot fit in the chart's width at all,
shortened with an ellipsis (the template gives the full text as a tooltip).
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
    label: str
    full_label: str
    label_x: float
    anchor: str  # "start", "end" or "middle" (inside a bar)
    inside: bool
    box: Box  # the label's box
    length: str | None = None
    """A phase's length, written inside its bar when the label beside it has no room for it."""

    @property
    def truncated(self) -> bool:
        return self.label != self.full_label


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
    lanes_used = max((row.lane for row in rows), default=-1) + 1
    band = top + lanes_used * ROW_HEIGHT + (BAND_GAP if rows and points else 0)
    rows += _lay_out(points, x, band, width)
    bottom = band + (max((r.lane for r in rows[len(phases) :]), default=-1) + 1) * ROW_HEIGHT
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
        placed = _place(item, x1, x2, reach, lanes, chart_width)
        lane, label, label_x, anchor, inside, span = placed
        lanes.take(lane, *span)
        y = top + (lane + 0.5) * ROW_HEIGHT
        width = text_width(label, LABEL_SIZE, bold=item.hard)
        box = text_box(label_x, y + 4, width, LABEL_SIZE, anchor)
        full = _texts(item)[0]
        length = item.duration if not inside and label != full else None
        if length and text_width(length, SMALL_SIZE) + 2 * PAD > x2 - x1:
            length = None
        rows.append(Row(item, lane, y, x1, x2, label, full, label_x, anchor, inside, box, length))
    return rows


def _place(
    item: TimelineItem, x1: float, x2: float, reach: float, lanes: Lanes, chart_width: int
) -> tuple[int, str, float, str, bool, tuple[float, float]]:
    """The lane, text, position and anchor of an item's label, and the span it takes."""
    low, high = float(MARGIN), float(chart_width - MARGIN)
    for text in _texts(item):
        width = text_width(text, LABEL_SIZE, bold=item.hard)
        options = []
        if item.kind == "phase" and width + 2 * PAD <= x2 - x1:
            options.append(((x1 + x2) / 2, "middle", True, (x1, x2)))
        options.append((x2 + reach + PAD, "start", False, (x1 - reach, x2 + reach + PAD + width)))
        options.append((x1 - reach - PAD, "end", False, (x1 - reach - PAD - width, x2 + reach)))
        fitting = [option for option in options if low <= option[3][0] and option[3][1] <= high]
        fitting = [
            (at, anchor, inside, _cleared(span, anchor)) for at, anchor, inside, span in fitting
        ]
        if fitting:
            best = min(fitting, key=lambda option: lanes.first_free(*option[3]))
            label_x, anchor, inside, span = best
            return lanes.first_free(*span), text, label_x, anchor, inside, span
    # Too long for either side: shorten it to the side with more room, in a lane of its own
    # if need be.
    room_right, room_left = high - (x2 + reach + PAD), (x1 - reach - PAD) - low
    if room_right >= room_left:
        text = fit_text(item.name, room_right, LABEL_SIZE, bold=item.hard)
        span = (x1 - reach, high)
        return lanes.first_free(*span), text, x2 + reach + PAD, "start", False, span
    text = fit_text(item.name, room_left, LABEL_SIZE, bold=item.hard)
    span = (low, x2 + reach)
    return lanes.first_free(*span), text, x1 - reach - PAD, "end", False, span


def _cleared(span: tuple[float, float], anchor: str) -> tuple[float, float]:
    """A label's span with room kept free beyond its end."""
    if anchor == "start":
        return span[0], span[1] + CLEAR
    if anchor == "end":
        return span[0] - CLEAR, span[1]
    return span

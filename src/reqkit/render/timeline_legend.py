"""What sits below the timeline chart's lanes: today's date and the legend.

Both have rows of their own, so that no label of the chart can run into them.
The legend lists only the kinds of item the chart shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reqkit.render.chart_text import Box, text_box, text_width
from reqkit.render.timeline import TimelineItem
from reqkit.render.timeline_axis import TICK_SIZE

SMALL_SIZE = TICK_SIZE
LEGEND_ROW = 20


@dataclass(frozen=True)
class Today:
    x: float
    label: str
    label_x: float
    y: float
    box: Box


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # "phase", "milestone", "hard", "quick-win" or "today"
    label: str
    x: float  # where its symbol starts
    y: float  # the middle of its row
    box: Box  # its text's box


def today_mark(at: float, today: dt.date, bottom: float, width: int, margin: int) -> Today:
    """Today's line, with its date centred under it but kept inside the chart."""
    label = f"Today · {today.isoformat()}"
    size = text_width(label, SMALL_SIZE, bold=True)
    centre = min(max(at, margin + size / 2), width - margin - size / 2)
    baseline = bottom + 15
    return Today(
        at,
        label,
        round(centre, 1),
        baseline,
        text_box(centre, baseline, size, SMALL_SIZE, "middle"),
    )


_LEGEND_LABELS = {
    "phase": "phase",
    "milestone": "milestone",
    "hard": "hard date",
    "quick-win": "quick win",
    "today": "today",
}


def legend_entries(
    items: tuple[TimelineItem, ...], today: bool, top: float, width: int, margin: int
) -> tuple[LegendEntry, ...]:
    """One entry for each kind on the chart, left to right, wrapping into more rows."""
    kinds = {"hard" if item.hard else item.kind for item in items} | ({"today"} if today else set())
    entries = []
    x, y = float(margin), top + LEGEND_ROW / 2
    for kind, label in _LEGEND_LABELS.items():
        if kind not in kinds:
            continue
        room = 22 + text_width(label, SMALL_SIZE)
        if x + room > width - margin and entries:
            x, y = float(margin), y + LEGEND_ROW
        box = text_box(x + 22, y + 4, text_width(label, SMALL_SIZE), SMALL_SIZE, "start")
        entries.append(LegendEntry(kind, label, x, y, box))
        x += room + 18
    return tuple(entries)

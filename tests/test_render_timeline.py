"""The gantt chart's layout: nothing drawn over anything else, whatever the timeline.

The layout model gives every label, mark, tick and legend entry a box from
an estimate of text widths; these tests check that no two boxes overlap on
the examples and on timelines built to be hard (many items on one day, very
long names, wide characters, short and very long spans). The browser test in
test_render_html_browser.py measures the boxes as drawn.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, load
from reqkit.cli import app
from reqkit.loader import load_brief
from reqkit.render.chart_text import ELLIPSIS, Box, fit_text, text_width
from reqkit.render.timeline import TimelineItem, timeline_items
from reqkit.render.timeline_chart import COMPACT_WIDTH, WIDTH, timeline_chart


def _mark(row) -> Box:
    if row.item.kind == "phase":
        return Box(row.x1, row.y - 8, max(row.x2, row.x1 + 3), row.y + 8)
    return Box(row.x1 - 8, row.y - 8, row.x1 + 8, row.y + 8)


def assert_nothing_overlaps(chart) -> None:
    labels = [row.box for row in chart.rows]
    marks = [_mark(row) for row in chart.rows]
    for (i, a), (j, b) in itertools.combinations(enumerate(labels), 2):
        assert not a.overlaps(b), (chart.rows[i].label, chart.rows[j].label)
    for i, label in enumerate(labels):
        for j, mark in enumerate(marks):
            if i != j or not chart.rows[i].inside:
                assert not label.overlaps(mark) or i == j, (chart.rows[i].label, j)
    ticks = [tick.box for tick in chart.ticks]
    for a, b in itertools.pairwise(ticks):
        assert not a.overlaps(b), chart.ticks
    below = [entry.box for entry in chart.legend] + ([chart.today.box] if chart.today else [])
    for a, b in itertools.combinations(below, 2):
        assert not a.overlaps(b)
    for box in labels + ticks + below:
        assert box.x1 >= 0 and box.x2 <= chart.width and box.y1 >= 0 and box.y2 <= chart.height, box
        assert all(not box.overlaps(other) for other in below if other is not box)
        assert all(not box.overlaps(tick) for tick in ticks if tick is not box)


def _items(*specs) -> tuple[TimelineItem, ...]:
    """(kind, name, start, end or None, hard) tuples as timeline items in date order."""
    items = [
        TimelineItem(
            kind,
            f"k{i}",
            name,
            dt.date.fromisoformat(start),
            dt.date.fromisoformat(end) if end else None,
            hard,
        )
        for i, (kind, name, start, end, hard) in enumerate(specs)
    ]
    return tuple(sorted(items, key=lambda item: item.start))


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
@pytest.mark.parametrize("today", [None, dt.date(2026, 12, 20), dt.date(2027, 8, 1)])
@pytest.mark.parametrize("width", [WIDTH, COMPACT_WIDTH])
def test_examples_have_no_overlapping_boxes(example, today, width):
    items = _example_items(example)
    assert_nothing_overlaps(timeline_chart(items, today, width))


@functools.cache
def _example_items(path) -> tuple[TimelineItem, ...]:
    return timeline_items(load_brief(path).brief.timeline)


HARD_CASES = {
    "one day, many items": [
        ("milestone", f"Step {n}", "2027-03-01", None, n % 2 == 0) for n in range(12)
    ],
    "long names": [
        ("milestone", "A very long milestone name " * 6, "2027-01-05", None, False),
        ("phase", "An equally long phase name " * 6, "2027-01-10", "2027-06-01", False),
        ("milestone", "W" * 120, "2027-06-30", None, True),
        ("quick-win", "Mmmm " * 30, "2027-03-15", None, False),
    ],
    "wide characters": [
        ("milestone", "発表会の準備と最終確認" * 3, "2027-02-01", None, False),
        ("milestone", "🎉 launch 🎉", "2027-02-03", None, True),
    ],
    "short span": [
        ("milestone", "Kick-off", "2027-01-04", None, False),
        ("phase", "Sprint", "2027-01-05", "2027-01-18", False),
        ("milestone", "Go live", "2027-01-20", None, True),
    ],
    "centuries": [
        ("milestone", "Start", "0001-01-01", None, False),
        ("phase", "Everything", "0001-01-02", "9999-12-30", False),
        ("milestone", "End", "9999-12-31", None, True),
    ],
}


@pytest.mark.parametrize("width", [WIDTH, COMPACT_WIDTH])
@pytest.mark.parametrize("case", list(HARD_CASES))
def test_hard_timelines_have_no_overlapping_boxes(case, width):
    chart = timeline_chart(_items(*HARD_CASES[case]), dt.date(2027, 1, 10), width)
    assert_nothing_overlaps(chart)
    for row in chart.rows:
        assert row.full_label.startswith(row.label.removesuffix(ELLIPSIS).rstrip())


def test_a_label_that_fits_nowhere_is_shortened_and_keeps_its_full_text():
    chart = timeline_chart(_items(*HARD_CASES["long names"]))
    shortened = [row for row in chart.rows if row.truncated]
    assert shortened
    for row in shortened:  # the name without its date, wrapped, its end cut off if need be
        assert len(row.lines) == 2 or row.label.endswith(ELLIPSIS)
        assert row.label == " ".join(row.item.name.split()) or row.label.endswith(ELLIPSIS)
        assert len(row.label) <= len(row.item.name)


def test_phases_take_the_top_lanes_and_show_their_length():
    chart = timeline_chart(
        _items(
            ("milestone", "Kick-off", "2027-01-04", None, False),
            ("phase", "Build", "2027-01-05", "2027-02-15", False),
            ("phase", "Test", "2027-02-16", "2027-03-01", False),
        )
    )
    phases = [row for row in chart.rows if row.item.kind == "phase"]
    milestone = next(row for row in chart.rows if row.item.kind == "milestone")
    assert max(row.y for row in phases) < milestone.y
    assert [row.full_label for row in phases] == ["Build · 6 weeks", "Test · 2 weeks"]
    # Items that do not collide share a lane.
    assert len({row.lane for row in phases}) == 1


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2027-01-01", "2027-01-01", "1 day"),
        ("2027-01-01", "2027-01-10", "10 days"),
        ("2027-01-01", "2027-02-11", "6 weeks"),
        ("2027-01-01", "2027-06-30", "6 months"),
        ("2027-01-01", "2031-12-31", "5 years"),
    ],
)
def test_phase_durations_in_words(start, end, words):
    item = _items(("phase", "P", start, end, False))[0]
    assert item.duration == words


def test_short_timelines_tick_on_mondays_and_long_ones_on_months():
    short = timeline_chart(_items(*HARD_CASES["short span"]))
    days = [re.match(r"\d+ \w+", tick.label) for tick in short.ticks]
    assert len(short.ticks) >= 3 and all(days), short.ticks
    long = timeline_chart(_items(*HARD_CASES["long names"]))
    assert all(re.fullmatch(r"[A-Z][a-z]{2}( \d{4})?", tick.label) for tick in long.ticks)


def test_the_legend_lists_only_the_kinds_shown():
    only_milestones = timeline_chart(_items(("milestone", "A", "2027-01-04", None, False)))
    assert [entry.kind for entry in only_milestones.legend] == ["milestone"]
    everything = timeline_chart(_items(*HARD_CASES["long names"]), dt.date(2027, 3, 1))
    assert [entry.kind for entry in everything.legend] == [
        "phase",
        "milestone",
        "hard",
        "quick-win",
        "today",
    ]


def test_today_far_from_the_timeline_is_noted_instead_of_squeezing_it():
    items = _items(
        ("milestone", "A", "2027-01-04", None, False), ("milestone", "B", "2027-03-01", None, False)
    )
    near = timeline_chart(items, dt.date(2027, 1, 1))
    assert near.today is not None and near.today_note is None
    far = timeline_chart(items, dt.date(2025, 1, 1))
    assert far.today is None and "before the first date" in far.today_note
    assert [row.x1 for row in far.rows] == [row.x1 for row in timeline_chart(items).rows]


def test_text_estimates_grow_with_the_text_and_shortening_fits_the_room():
    assert text_width("iiii", 12) < text_width("mmmm", 12) < text_width("mmmm", 12, bold=True)
    short = fit_text("A rather long label for a small room", 80, 12.5)
    assert short.endswith(ELLIPSIS) and text_width(short, 12.5) <= 80


BRIEF = """
initiative: {id: MKT-1, title: Chart, owner: Dana Fischer}
requirements:
  - {id: REQ-1, statement: The page shall show the date., priority: must}
timeline:
  milestones:
    - {name: Kick-off, date: 2027-01-04}
    - {name: "%s", date: 2027-03-01, hard: true, reason: The fair opens}
  phases:
    - {name: "Build <b>it</b>", start: 2027-01-05, end: 2027-02-26}
"""


def test_the_rendered_chart_stands_alone_and_tells_the_full_label(tmp_path):
    name = "The trade fair opens its doors to the public and the press " * 3
    path = tmp_path / "brief.yaml"
    path.write_text(BRIEF % name.strip(), encoding="utf-8")
    assert load(path.read_text()).valid
    result = CliRunner().invoke(app, ["render", str(path), "-f", "html", "--date", "2027-02-01"])
    assert result.exit_code == 0, result.output
    svg = re.search(r"<svg.*?</svg>", result.stdout, re.S).group(0)
    root = ET.fromstring(svg)  # well-formed XML, usable outside the page
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("viewBox").startswith("0 0 720 ") and root.get("width") == "720"
    shapes = [
        el for el in root.iter() if el.tag in (f"{ns}rect", f"{ns}path", f"{ns}circle", f"{ns}text")
    ]
    assert shapes and all(el.get("fill") for el in shapes)
    texts = ["".join(el.itertext()) for el in root.iter(f"{ns}text")]
    assert "Build <b>it</b> · 8 weeks" in texts  # escaped in the file, text when parsed
    assert any(text.endswith(ELLIPSIS) for text in texts)
    titles = ["".join(el.itertext()) for el in root.iter(f"{ns}title")]
    assert any(name.strip() in title for title in titles)
    legend = [el.text for el in root.iter(f"{ns}text") if el.get("class") == "legend-text"]
    assert legend == ["phase", "milestone", "hard date", "today"]


def test_a_phase_whose_label_has_no_room_for_its_length_shows_it_in_the_bar():
    chart = timeline_chart(
        _items(
            (
                "phase",
                "A phase with a long name that leaves no room " * 2,
                "2027-01-04",
                "2027-06-30",
                False,
            ),
            ("milestone", "End", "2027-07-01", None, False),
        ),
        width=COMPACT_WIDTH,
    )
    phase = next(row for row in chart.rows if row.item.kind == "phase")
    assert phase.label != phase.full_label and phase.length == "6 months"
    assert phase.x2 - phase.x1 > text_width("6 months", 11.5)

"""Values at the edge of what Python can hold: read, reported and rendered without a crash.

Numbers too long to turn into text, time-zone offsets past a day, dates in
year 1 and year 9999, and timelines spanning centuries. Each once ended a run
with a traceback; each is now an ordinary finding or an ordinary document.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap

import pytest
from typer.testing import CliRunner

from conftest import codes, load, only, where
from reqkit.cli import app
from reqkit.dates import shift_days
from reqkit.render.timeline import timeline_items
from reqkit.render.timeline_axis import MAX_TICKS
from reqkit.render.timeline_chart import timeline_chart
from reqkit.scalars import MAX_DIGITS, describe, resolve_plain

runner = CliRunner()

BRIEF = """\
initiative:
  id: MKT-1
  title: Spring campaign page
  owner: Dana Fischer
  stage: draft
requirements:
  - id: REQ-1
    statement: The page shall show the event date.
    priority: must
"""


def lint_json(tmp_path, text: str, *extra: str) -> tuple[int, list[dict]]:
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(
        app, ["lint", "--isolated", "--today", "2027-01-15", "-f", "json", *extra, str(path)]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


def render(tmp_path, text: str, fmt: str) -> str:
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(
        app, ["render", "--isolated", "--today", "2027-01-15", "--format", fmt, str(path)]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, result.output
    return result.stdout


# -- numbers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["9" * (MAX_DIGITS + 1), "-" + "1" * 20_000, "0x" + "f" * 4000, "0b" + "1" * 15_000],
)
def test_a_number_too_long_to_read_is_reported_at_the_value(number):
    loaded = load(BRIEF.replace("title: Spring campaign page", f"title: {number}"))
    problem = only(loaded, "RK013")
    assert where(problem) == (3, 10)
    assert "too long" in problem.message and "digits" in problem.message
    assert "quotes" in problem.hint
    assert codes(loaded.diagnostics) == ["RK013"]  # the schema does not repeat it


def test_a_long_number_that_python_can_read_is_read_exactly():
    number = "7" * MAX_DIGITS
    assert resolve_plain(number) == int(number)
    assert resolve_plain("-" + number) == -int(number)


def test_a_long_number_in_a_number_field_is_one_finding_through_the_cli(tmp_path):
    text = BRIEF + "budget:\n  total: " + "9" * 5000 + "\n"
    status, found = lint_json(tmp_path, text)
    assert status == 1
    at_total = [(d["code"], d["line"], d["column"]) for d in found if d["path"] == "budget.total"]
    assert at_total == [("RK013", 11, 10)]  # once, not again by the schema


def test_a_huge_number_is_described_by_its_length():
    assert describe(10**40) == "a whole number of 41 digits"
    assert describe(-(10**40)) == "a whole number of 41 digits"
    assert describe(12) == "the whole number 12"


# -- time-zone offsets -------------------------------------------------------------


@pytest.mark.parametrize("offset", ["+99:00", "-24:00", "+2400", "+24"])
def test_a_time_zone_offset_out_of_range_is_reported_at_the_value(offset):
    text = BRIEF.replace("  stage: draft", f"  created: 2027-03-01 10:00:00 {offset}")
    problem = only(load(text), "RK013")
    assert where(problem) == (5, 12)
    assert f'"{offset}"' in problem.message and "out of range" in problem.message
    assert problem.path == "initiative.created"


def test_a_time_zone_offset_within_a_day_still_reads_as_a_time():
    value = resolve_plain("2027-03-01 10:00:00 +14:00")
    assert isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(hours=14)


# -- dates at the ends of the calendar ------------------------------------------------


@pytest.mark.parametrize(
    ("day", "days", "expected"),
    [
        (dt.date(2027, 1, 1), 30, dt.date(2027, 1, 31)),
        (dt.date(2027, 1, 1), -1, dt.date(2026, 12, 31)),
        (dt.date(1, 1, 2), -5, dt.date.min),
        (dt.date(9999, 12, 30), 10, dt.date.max),
        (dt.date.max, 10**9, dt.date.max),
        (dt.date.min, -(10**9), dt.date.min),
    ],
)
def test_shift_days_stays_on_the_calendar(day, days, expected):
    assert shift_days(day, days) == expected


EDGE_PLAN = """\
initiative:
  id: MKT-1
  title: Spring campaign page
  owner: Dana Fischer
  stage: handoff
  created: {first}
stakeholders:
  - {{name: Dana Fischer, side: marketing, role: Owner}}
  - {{name: Ira Kent, side: it, role: Lead}}
requirements:
  - id: REQ-1
    statement: The page shall show the event date.
    priority: must
timeline:
  milestones:
    - {{name: Build, date: {first}, kind: build}}
    - {{name: Go live, date: {first}, kind: launch, hard: true, reason: The fair opens}}
    - {{name: Sign-off, date: {last}, kind: approval}}
    - {{name: Review, date: {last}, kind: review}}
  phases:
    - {{name: Everything, start: {first}, end: {last}}}
approvals:
  - {{name: Ira Kent, side: it, date: {last}, status: pending}}
"""


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("0001-01-01", "0001-01-02"),
        ("0001-01-01", "9999-12-31"),
        ("9999-12-30", "9999-12-31"),
        ("2020-01-01", "2057-06-01"),
    ],
)
def test_plans_at_the_ends_of_the_calendar_are_checked_and_rendered(tmp_path, first, last):
    text = EDGE_PLAN.format(first=first, last=last)
    status, found = lint_json(tmp_path, text)
    assert status == 1
    assert "approval-after-delivery" in {d["name"] for d in found}
    assert not [d for d in found if d["code"] == "RK009"]
    assert "Everything" in render(tmp_path, text, "md")
    html = render(tmp_path, text, "html")
    assert "<svg" in html and last in html


def test_lead_time_hints_stop_at_the_first_day_of_the_calendar(tmp_path):
    text = EDGE_PLAN.format(first="0001-01-03", last="0001-01-05").replace(
        "  stage: handoff\n", "  stage: draft\n"
    )
    status, found = lint_json(tmp_path, text, "--today", "0001-01-01")
    hints = " ".join(d["hint"] or "" for d in found)
    assert "0001-01-01" in hints  # the day before the build, held at the calendar's start
    assert status in (0, 1)


# -- the timeline's axis ---------------------------------------------------------------


def _chart(first: str, last: str):
    text = textwrap.dedent(f"""
        initiative: {{id: A, title: T, owner: O}}
        timeline:
          milestones:
            - {{name: Start, date: {first}}}
            - {{name: End, date: {last}}}
    """)
    return timeline_chart(timeline_items(load(text).brief.timeline))


@pytest.mark.parametrize(
    ("first", "last", "labels"),
    [
        ("2027-01-10", "2027-06-20", ["Feb 2027", "Mar", "Apr", "May", "Jun"]),
        ("2020-01-01", "2057-06-01", ["Jan 2020", "Jan 2030", "Jan 2040", "Jan 2050"]),
        ("2000-03-01", "2200-01-01", ["Jan 2000", "Jan 2050", "Jan 2100", "Jan 2150", "Jan 2200"]),
        ("0001-01-01", "9999-12-31", ["Jan 2000", "Jan 4000", "Jan 6000", "Jan 8000"]),
    ],
)
def test_axis_ticks_fit_any_span(first, last, labels):
    chart = _chart(first, last)
    got = [tick.label for tick in chart.ticks]
    assert got == labels or got == labels[1:]
    assert 1 <= len(got) <= MAX_TICKS + 1
    assert all(chart.left <= tick.x <= chart.right for tick in chart.ticks)


def test_money_too_large_for_a_number_is_reported_not_summed(tmp_path):
    text = BRIEF + "budget:\n  total: " + "9" * 400 + " EUR\n"
    status, found = lint_json(tmp_path, text)
    assert status == 1
    at_budget = [(d["code"], d["line"], d["path"]) for d in found if d["path"].startswith("budget")]
    assert at_budget == [("RK013", 11, "budget.total")]

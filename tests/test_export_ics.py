"""``reqkit export --format ics``: milestones as calendar events that re-import as updates."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from reqkit.cli import app
from reqkit.loader import load_brief

runner = CliRunner()
DATA = ROOT / "tests" / "data" / "export"
BRIEFS = sorted(EXAMPLES.glob("*.yaml")) + sorted(DATA.glob("*.yaml"))


def export_ics(*args: object) -> bytes:
    result = runner.invoke(app, ["export", *map(str, args), "-f", "ics"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def events_of(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.name)
def test_every_milestone_is_an_event_with_the_briefs_title_and_id(path):
    brief = load_brief(path).brief
    data = export_ics(path)
    events = events_of(data)
    milestones = brief.timeline.milestones if brief.timeline else []
    assert len(events) == len(milestones)
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    for event, milestone in zip(events, milestones, strict=True):
        assert event.decoded("DTSTART") == milestone.date
        assert event.decoded("DTEND") == milestone.date + dt.timedelta(days=1)
        assert milestone.name in str(event["SUMMARY"])
        assert brief.initiative.id in str(event["SUMMARY"])
        assert brief.initiative.title in str(event["DESCRIPTION"])
        hard = "Hard date" in [str(c) for c in event["CATEGORIES"].cats]
        assert hard == milestone.hard
        assert ("(hard date)" in str(event["SUMMARY"])) == milestone.hard
        if milestone.hard and milestone.reason:
            assert milestone.reason in str(event["DESCRIPTION"])


def test_the_stamp_is_the_date_given_or_the_briefs_last_change():
    path = EXAMPLES / "trade-show-microsite.yaml"
    brief = load_brief(path).brief
    (first, *_) = events_of(export_ics(path))
    assert first.decoded("DTSTAMP").date() == brief.initiative.updated
    (first, *_) = events_of(export_ics(path, "--date", "2027-02-01"))
    assert first.decoded("DTSTAMP") == dt.datetime(2027, 2, 1, tzinfo=dt.timezone.utc)


def test_a_moved_milestone_keeps_its_uid(tmp_path):
    path = EXAMPLES / "trade-show-microsite.yaml"
    moved = tmp_path / "moved.yaml"
    moved.write_text(
        path.read_text(encoding="utf-8").replace("date: 2027-02-23", "date: 2027-02-24"),
        encoding="utf-8",
    )
    before = {
        str(e["SUMMARY"]): (str(e["UID"]), e.decoded("DTSTART"))
        for e in events_of(export_ics(path))
    }
    after = {
        str(e["SUMMARY"]): (str(e["UID"]), e.decoded("DTSTART"))
        for e in events_of(export_ics(moved))
    }
    launch = "[MKT-2027-003] Microsite live (hard date)"
    assert before[launch][0] == after[launch][0]
    assert before[launch][1] != after[launch][1]


def test_several_briefs_share_one_calendar_without_clashing_uids():
    events = events_of(export_ics(*sorted(EXAMPLES.glob("*.yaml"))))
    total = sum(
        len(b.timeline.milestones) if b.timeline else 0
        for b in (load_brief(p).brief for p in sorted(EXAMPLES.glob("*.yaml")))
    )
    assert len(events) == total
    assert len({str(e["UID"]) for e in events}) == total


def test_text_with_separators_and_line_breaks_survives():
    events = events_of(export_ics(DATA / "tricky-text.yaml"))
    launch = events[1]
    assert str(launch["SUMMARY"]) == '[MKT-UML-7] Launch; =HYPERLINK("http://x","y") (hard date)'
    assert "opens on 2027-03-02.\nA second line of reason." in str(launch["DESCRIPTION"])
    assert "Zoë Ångström" in str(launch["DESCRIPTION"])


def test_a_calendar_name_with_a_line_break_keeps_the_file_whole(tmp_path):
    brief = tmp_path / "brief.yaml"
    text = (DATA / "tricky-text.yaml").read_text(encoding="utf-8")
    brief.write_text(
        text.replace('title: "Café', 'title: "Line\\nbreak, Café', 1), encoding="utf-8"
    )
    data = export_ics(brief)
    assert b"X-WR-CALNAME:Line\\nbreak\\, Caf" in data
    assert len(events_of(data)) == 2

"""``--format ics``: the milestones of each brief as an iCalendar file, via ``icalendar``.

icalendar (RFC 5545) handles the folding, escaping and value types that
calendar programs are strict about; writing them by hand is where exports
usually break. Each milestone is an all-day event that does not block time.
Its UID is derived from the initiative id and the milestone's name alone, so
a calendar that imports the file again updates the event, even when its date
moved, instead of adding a second one. DTSTAMP is the export's date
(:attr:`~reqkit.export.base.ExportOptions.date`), so the bytes only change
when the brief does. A hard date is marked in the summary, with priority 1
and the category "Hard date"; the reason is in the description.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.export.base import ExportItem, ExportOptions, require_distinct_initiatives
from reqkit.model import Brief, Milestone

PRODUCT_ID = "-//reqkit//reqkit export//EN"
#: The namespace of every milestone UID (a UUID 5 of the initiative id and milestone name).
UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:reqkit:milestone")
HARD = "Hard date"
SOFT = "Soft date"


def milestone_uid(initiative_id: str, name: str, occurrence: int = 1) -> str:
    """The same UID for the same milestone of the same initiative, whatever its date.

    Names are compared ignoring case and spacing; a second milestone of the
    same name gets its own UID by its occurrence.
    """
    key = f"{initiative_id}\n{' '.join(name.split()).casefold()}"
    if occurrence > 1:
        key += f"\n{occurrence}"
    return f"{uuid.uuid5(UID_NAMESPACE, key)}@reqkit"


def _description(brief: Brief, milestone: Milestone) -> str:
    initiative = brief.initiative
    lines = [f"{initiative.title} ({initiative.id})", f"Kind: {milestone.kind}"]
    if milestone.hard:
        lines.append(
            "Hard date: it cannot move." + (f" {milestone.reason}" if milestone.reason else "")
        )
    elif milestone.reason:
        lines.append(milestone.reason)
    if milestone.owner:
        lines.append(f"Owner: {milestone.owner}")
    lines.append(f"Brief owner: {initiative.owner}")
    return "\n".join(lines)


def _events(item: ExportItem, stamp: dt.datetime) -> list[object]:
    from icalendar import Event

    brief = item.brief
    initiative = brief.initiative
    milestones = brief.timeline.milestones if brief.timeline else []
    seen: dict[str, int] = {}
    events = []
    for milestone in milestones:
        name = " ".join(milestone.name.split()).casefold()
        seen[name] = seen.get(name, 0) + 1
        event = Event()
        event.add("uid", milestone_uid(initiative.id, milestone.name, seen[name]))
        event.add("dtstamp", stamp)
        event.add("dtstart", milestone.date)
        event.add("dtend", milestone.date + dt.timedelta(days=1))
        marker = f" ({HARD.lower()})" if milestone.hard else ""
        event.add("summary", f"[{initiative.id}] {milestone.name}{marker}")
        event.add("description", _description(brief, milestone))
        event.add("categories", [HARD if milestone.hard else SOFT, milestone.kind])
        if milestone.hard:
            event.add("priority", 1)
        event.add("transp", "TRANSPARENT")
        events.append(event)
    return events


@dataclass(frozen=True)
class IcsFormat:
    name: str = "ics"
    suffix: str = "ics"
    description: str = "the milestones as calendar events"
    binary: bool = False
    one_file_per_brief: bool = False

    def write(self, items: Sequence[ExportItem], options: ExportOptions) -> bytes:
        from icalendar import Calendar, vText

        require_distinct_initiatives(items, self.name)
        stamp = dt.datetime.combine(options.date, dt.time(), tzinfo=dt.timezone.utc)
        calendar = Calendar()
        calendar.add("prodid", PRODUCT_ID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        title = items[0].brief.initiative.title if len(items) == 1 else "Milestones of the briefs"
        # An X- property is written raw unless typed: as TEXT, a line break or
        # a semicolon in a title cannot break the file.
        calendar.add("x-wr-calname", vText(title))
        for item in items:
            for event in _events(item, stamp):
                calendar.add_component(event)
        return calendar.to_ical()


FORMAT = IcsFormat()

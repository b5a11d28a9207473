"""RK309 unsorted-milestones: a timeline not listed in date order."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import milestones
from reqkit.rules.schedule.timing import clash, out_of_place


class UnsortedMilestones(Rule):
    """Flags milestones that are not listed in date order.

    People read a timeline from top to bottom and take the list order for
    the order of events. A launch listed first and the kick-off below it
    makes readers on both sides misjudge what comes when, and hides real
    clashes between dates. Milestones on the same day may be listed either
    way. Only the fewest milestones that would have to move are reported.
    Whether the steps themselves are in a workable order is a separate
    question, answered by milestones-out-of-order.

    Bad: "Go live" (2027-01-08) listed above "Kick-off" (2026-11-10).
    Good: "Kick-off" (2026-11-10) first, "Go live" (2027-01-08) after it.
    """

    code = "RK309"
    name = "unsorted-milestones"
    friction = "F3"
    needs = ("timeline",)
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        listed = list(milestones(brief))
        dates = [milestone.date for _, milestone in listed]
        moved = out_of_place(dates)
        for index in sorted(moved):
            path, milestone = listed[index]
            other_index, later = clash(dates, moved, index)
            other = listed[other_index][1]
            place = "after" if later else "before"
            yield Finding(
                (*path, "date"),
                f'"{milestone.name}" ({milestone.date.isoformat()}) is listed {place} '
                f'"{other.name}" ({other.date.isoformat()})',
                f'List the milestones in date order: move "{milestone.name}" so that its date '
                "falls between those of its neighbours.",
            )

"""RK301 short-lead-time: a deadline that leaves IT too little time to do the work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pydantic import Field

from reqkit.dates import shift_days
from reqkit.model import Brief, Milestone
from reqkit.positions import Path
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.facts import handoff_date, milestones
from reqkit.rules.schedule.timing import PROCESS_KINDS, describe, duration, hard_deadline


class ShortLeadTime(Rule):
    """Flags a hard deadline or a launch that leaves IT less than six weeks from when it gets
    the brief.

    A date set before IT has seen the brief turns the work into an emergency:
    no time to scope, plan a release or test, and everything else in IT's
    queue gets pushed aside. IT's time starts at the planned hand-off, or
    today if the hand-off is already past (IT cannot start before it has the
    brief); once the brief is approved, the plan is judged from its hand-off.
    Checked are hard milestones, except the kick-off, hand-off and approval
    themselves, and every launch, hard or not: a launch date is what
    marketing will announce. Deadlines already past are left to date-in-past,
    and a deadline before the hand-off is not IT's to meet.

    Six weeks is a floor, not an estimate: one two-week cycle for IT to scope
    and plan the work, one to build it, one to test and release it. Set
    `min-lead-days` to your IT department's own planning horizon.

    Bad: hand-off on 2026-12-01 and "Go live" (hard) on 2027-01-08: 5 weeks and 3 days.
    Good: hand-off on 2026-12-01 and "Go live" (hard) on 2027-01-12 or later.
    """

    code = "RK301"
    name = "short-lead-time"
    friction = "F2"
    needs = ("timeline",)
    levels = NEEDED_AT_HANDOFF

    class Options(RuleOptions):
        min_lead_days: int = Field(default=42, ge=0)
        """The least number of calendar days IT needs between receiving the brief and a deadline."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        start = _work_starts(brief, context)
        if start is None:
            return
        begin, since = start
        minimum: int = context.options.min_lead_days  # type: ignore[attr-defined]
        for path, milestone in _deadlines(brief):
            if milestone.date < context.today or milestone.date < begin:
                continue
            lead = (milestone.date - begin).days
            if lead < minimum:
                yield Finding(
                    (*path, "date"),
                    f"{_what(milestone)} leaves IT {duration(lead)} {since}; "
                    f"the minimum is {duration(minimum)}",
                    _hint(milestone, begin, minimum, context),
                )


def _work_starts(brief: Brief, context: Context) -> tuple[dt.date, str] | None:
    """When IT can start, and how to say it; `None` when there is nothing to count from."""
    handoff = handoff_date(brief)
    if context.stage == "approved":
        return (handoff, f"after the hand-off ({handoff.isoformat()})") if handoff else None
    if handoff is not None and handoff > context.today:
        return handoff, f"after the hand-off ({handoff.isoformat()})"
    return context.today, f"from today ({context.today.isoformat()})"


def _deadlines(brief: Brief) -> Iterator[tuple[Path, Milestone]]:
    for path, milestone in milestones(brief):
        if milestone.kind == "launch" or (milestone.hard and milestone.kind not in PROCESS_KINDS):
            yield path, milestone


def _what(milestone: Milestone) -> str:
    return hard_deadline(milestone) if milestone.hard else describe(milestone, first=True)


def _hint(milestone: Milestone, begin: dt.date, minimum: int, context: Context) -> str:
    lead = duration((milestone.date - begin).days)
    smaller = f"agree with IT on a smaller first release that fits in {lead}"
    if not milestone.hard:
        earliest = shift_days(begin, minimum)
        return f"Move the launch to {earliest.isoformat()} or later, or {smaller}."
    latest = shift_days(milestone.date, -minimum)
    if context.stage != "approved" and latest >= context.today:
        return (
            f"The date cannot move, so hand the brief to IT by {latest.isoformat()} or {smaller}."
        )
    return f"The date cannot move, so {smaller}."

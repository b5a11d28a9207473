"""RK303 date-in-past: a plan with dates that have already gone by."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import hard_deadlines, milestones
from reqkit.rules.schedule.timing import (
    DELIVERY_KINDS,
    PROCESS_KINDS,
    describe,
    duration,
    first_of,
    hard_deadline,
)

#: Steps a brief has normally passed at each stage, so a past date is no surprise.
_PASSED_AT = {"draft": {"kickoff"}, "handoff": {"kickoff", "handoff"}}
_STAGE_WORDS = {"draft": "still a draft", "handoff": "only at hand-off, not approved"}
#: Milestones that may lie behind a brief at any stage (an agency's concept, a survey).
_MAY_HAVE_HAPPENED = {"design", "other"}
_HINTS = {
    "handoff": "If the brief has gone to IT, set `stage: handoff`; otherwise give the date it "
    "will, and move the dates after it.",
    "approval": "If the brief has been signed off, set `stage: approved`; otherwise give the "
    "new date, and move the dates after it.",
}
_HINT = "Give the date on which it will really happen, and move the dates after it."


class DateInPast(Rule):
    """Flags milestones dated before today that a brief not yet approved cannot have reached.

    A plan whose dates have gone by tells IT that nobody has looked at it
    lately: the hand-off slipped, so every later date is wishful, and IT
    cannot tell which dates still hold. Before approval, the hand-off (in a
    draft), the approval, build, test, acceptance test, launch and review
    must all lie ahead, and so must every hard deadline. A kick-off in the
    past is normal, and so is a past hand-off once the brief is at
    hand-off; a design or other milestone that is not hard may already
    have happened. A date equal to today is not in the past.

    An approved brief is under way and becomes a record, so past dates are
    normal there and its findings should not change as time passes. Only a
    hard deadline that had already gone by when the brief was signed off is
    flagged: the signed plan was out of date. (A launch or build dated
    before the sign-off is reported by approval-after-delivery.)

    Bad: today is 2026-12-01, the brief is at hand-off and "Sign-off" is dated 2026-11-20.
    Good: "Sign-off" moved to 2026-12-10, or the brief set to approved once signed.
    """

    code = "RK303"
    name = "date-in-past"
    friction = "F3"
    needs = ("timeline", "approvals")
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        if context.stage == "approved":
            yield from _passed_before_signoff(brief, context.today)
            return
        passed = _PASSED_AT[context.stage]
        for path, milestone in milestones(brief):
            if milestone.date >= context.today or milestone.kind in passed:
                continue
            if milestone.kind in _MAY_HAVE_HAPPENED and not milestone.hard:
                continue
            ago = duration((context.today - milestone.date).days)
            what = hard_deadline(milestone) if milestone.hard else describe(milestone, first=True)
            yield Finding(
                (*path, "date"),
                f"{what} is {ago} in the past (today is "
                f"{context.today.isoformat()}), yet the brief is {_STAGE_WORDS[context.stage]}",
                _HINTS.get(milestone.kind, _HINT),
            )


def _passed_before_signoff(brief: Brief, today: dt.date) -> Iterator[Finding]:
    signed = _signoff_date(brief)
    if signed is None:
        return
    for path, milestone in hard_deadlines(brief):
        if milestone.kind in PROCESS_KINDS or milestone.kind in DELIVERY_KINDS:
            continue
        if milestone.date < signed and milestone.date < today:
            yield Finding(
                (*path, "date"),
                f"{hard_deadline(milestone)} had already passed when the brief was "
                f"signed off on {signed.isoformat()}",
                "Bring the plan up to date: give the date that now applies, or record in `changes` "
                "what happened to the deadline.",
            )


def _signoff_date(brief: Brief) -> dt.date | None:
    """The last approval given, or failing that the planned approval milestone."""
    given = [a.date for a in brief.approvals if a.status == "approved" and a.date is not None]
    if given:
        return max(given)
    planned = first_of(brief, ("approval",))
    return planned[1].date if planned else None

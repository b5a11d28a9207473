"""RK305 approval-after-delivery: the plan has IT building or launching before anyone signs."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.dates import shift_days
from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.schedule.timing import DELIVERY_KINDS, describe, duration, first_of


class ApprovalAfterDelivery(Rule):
    """Flags a sign-off dated after the build starts or after the launch.

    The approval is the moment both sides agree on what will be built, for
    how much and by when. Work dated before it is work done on a brief
    nobody has agreed to: IT builds at its own risk, and every change
    marketing asks for afterwards becomes an argument rather than a change
    order. Checked are the first approval milestone and each sign-off date
    in `approvals` (given or due), against the earliest build, test,
    acceptance test or launch. When the approval milestone is already late,
    the sign-off dates are not reported again.

    Bad: "Sign-off" (approval) on 2027-01-20 and "Go live" (launch) on 2027-01-08.
    Good: "Sign-off" on 2026-12-15, "Build starts" on 2027-01-04, "Go live" on 2027-02-26.
    """

    code = "RK305"
    name = "approval-after-delivery"
    friction = "F3"
    needs = ("timeline", "approvals")
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        delivery = first_of(brief, DELIVERY_KINDS)
        if delivery is None:
            return
        work = delivery[1]
        day_before = shift_days(work.date, -1)
        hint = (
            f"Plan every sign-off before IT starts: date it {day_before.isoformat()} or earlier, "
            "or move the build and the launch later."
        )
        approval = first_of(brief, ("approval",))
        if approval is not None and approval[1].date > work.date:
            late = duration((approval[1].date - work.date).days)
            yield Finding(
                (*approval[0], "date"),
                f"{describe(approval[1], first=True)} comes {late} after {describe(work)}: "
                "IT would be working on a brief nobody has signed off",
                hint,
            )
            return
        for index, signoff in enumerate(brief.approvals):
            if signoff.date is None or signoff.status == "rejected" or signoff.date <= work.date:
                continue
            given = "signed" if signoff.status == "approved" else "due"
            late = duration((signoff.date - work.date).days)
            yield Finding(
                ("approvals", index, "date"),
                f"{signoff.name}'s sign-off ({given} {signoff.date.isoformat()}) comes {late} "
                f"after {describe(work)}",
                hint,
            )

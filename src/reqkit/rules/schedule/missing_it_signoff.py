"""RK307 missing-it-signoff: IT is not among those who sign the brief off."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.schedule.signoffs import (
    PENDING_HINT,
    approvals_on,
    has_approval_step,
    it_has_approved,
    nobody_signs_for,
)


class MissingItSignoff(Rule):
    """Flags a brief that nobody from IT signs off, or an approved one that IT has not approved.

    IT's sign-off is its commitment that the scope, the dates and the budget
    can be delivered. A brief signed by marketing alone is a wish list with
    a deadline, and IT will treat it as one. From hand-off on, someone from
    IT must be planned as an approver (`status: pending` is fine); once
    the brief is marked approved, at least one IT approval must have
    `status: approved`. The approver's side is taken from `side` or,
    failing that, from stakeholders. A brief with no approval step at all is
    left to no-approval-step.

    Bad: `approvals` lists only the head of marketing.
    Good: `approvals` also lists the head of IT applications with `side: it`.
    """

    code = "RK307"
    name = "missing-it-signoff"
    friction = "F3"
    needs = ("timeline", "approvals", "stakeholders")
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        if not has_approval_step(brief):
            return
        from_it = list(approvals_on(brief, "it"))
        if not from_it:
            yield nobody_signs_for(brief, "it")
        elif context.stage == "approved" and not it_has_approved(brief):
            who = ", ".join(f"{approval.name} ({approval.status})" for _, approval in from_it)
            yield Finding(
                (*from_it[0][0], "status"),
                f"The brief is marked approved, but nobody from IT has approved it: {who}",
                PENDING_HINT,
            )

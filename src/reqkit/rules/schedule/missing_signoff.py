"""RK308 missing-signoff: a brief called approved that not everyone has signed."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief, Side
from reqkit.positions import Path
from reqkit.rules.base import NEEDED_AT_APPROVAL, Context, Finding, Rule, RuleOptions
from reqkit.rules.schedule.signoffs import (
    PENDING_HINT,
    approvals_on,
    approver_side,
    has_approval_step,
    it_has_approved,
    nobody_signs_for,
)


class MissingSignoff(Rule):
    """Flags a brief marked approved while a sign-off is pending or rejected, or a required
    side has none.

    "Approved" tells IT that the scope, the dates and the budget are agreed.
    If one approver has not signed, or has said no, the brief is not agreed
    and IT would start on a plan that may still change. At hand-off the rule
    notes a rejection and any required side with nobody listed to sign; once
    the brief is marked approved, every approval must have
    `status: approved`. The sides that must sign come from the project's
    `required-approvers` setting (marketing and IT unless set), which the
    rule's own option of the same name can override. IT's sign-off is
    checked by missing-it-signoff, so it is not reported twice here.

    Bad: `stage: approved` while the data protection officer's approval has `status: pending`.
    Good: `stage: handoff` until every approval has `status: approved`.
    """

    code = "RK308"
    name = "missing-signoff"
    friction = "F3"
    needs = ("timeline", "approvals", "stakeholders")
    levels = NEEDED_AT_APPROVAL

    class Options(RuleOptions):
        required_approvers: tuple[Side, ...] = ("marketing", "it")
        """The sides (marketing, it, other) that must sign before a brief counts as approved;
        defaults to the project's required-approvers setting."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        if not has_approval_step(brief):
            return
        approved = context.stage == "approved"
        # Without any IT approval given, missing-it-signoff reports IT's approvers.
        skip_it = approved and not it_has_approved(brief)
        for index, approval in enumerate(brief.approvals):
            if skip_it and approver_side(brief, approval) == "it":
                continue
            if approval.status == "rejected" or (approved and approval.status == "pending"):
                yield _unsigned(
                    ("approvals", index, "status"), approval.name, approval.status, approved
                )
        required: tuple[Side, ...] = context.options.required_approvers  # type: ignore[attr-defined]
        for side in dict.fromkeys(required):
            if side != "it" and not any(approvals_on(brief, side)):
                yield nobody_signs_for(brief, side)


_REJECTED_HINT = (
    "Settle the objection and record the new sign-off with its date; until then the brief "
    "stays at handoff."
)


def _unsigned(path: Path, name: str, status: str, approved: bool) -> Finding:
    state = "has rejected the brief" if status == "rejected" else "has not signed yet"
    message = f"The brief is marked approved, but {name} {state}" if approved else f"{name} {state}"
    return Finding(path, message, _REJECTED_HINT if status == "rejected" else PENDING_HINT)

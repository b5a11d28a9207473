"""RK306 no-approval-step: nobody is ever asked to sign the brief off."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.schedule.signoffs import has_approval_step


class NoApprovalStep(Rule):
    """Flags a brief with no approval step: neither an approval milestone nor an approvals list.

    Without a sign-off there is no moment at which marketing and IT agree on
    what will be built, for how much and by when. IT then starts on a moving
    target, and every later wish is a fight instead of a recorded change.
    Plan the approval on the timeline and name who signs, on both sides.

    Bad: a brief whose timeline goes from hand-off straight to build, with no `approvals`.
    Good: an approval milestone after the hand-off, and `approvals` naming one person
    from marketing and one from IT.
    """

    code = "RK306"
    name = "no-approval-step"
    friction = "F3"
    needs = ("timeline", "approvals")
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        if has_approval_step(brief):
            return
        timeline = brief.timeline is not None and bool(brief.timeline.milestones)
        yield Finding(
            ("timeline", "milestones") if timeline else (),
            "The brief has no approval step: no approval milestone and nobody listed "
            "under approvals",
            "Add a milestone with `kind: approval` after the hand-off, and an `approvals` list "
            "with who signs for marketing and for IT (`status: pending` until they sign).",
            on_key=timeline,
        )

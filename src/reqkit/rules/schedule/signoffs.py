"""Who signs a brief off, and how far the sign-off has come; shared by the approval rules.

Three rules look at sign-offs and must not report the same gap twice:
no-approval-step speaks when there is no approval step at all, missing-it-signoff
owns everything about IT's sign-off, and missing-signoff the other sides.
"""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Approval, Brief, Side
from reqkit.positions import Path
from reqkit.rules.base import Finding
from reqkit.rules.facts import milestones, side_of


def approver_side(brief: Brief, approval: Approval) -> Side | None:
    """The approver's side as written, or else as listed in stakeholders."""
    return approval.side or side_of(brief, approval.name)


def approvals_on(brief: Brief, side: Side) -> Iterator[tuple[Path, Approval]]:
    """The approvals from one side, with their paths."""
    for index, approval in enumerate(brief.approvals):
        if approver_side(brief, approval) == side:
            yield ("approvals", index), approval


def has_approval_step(brief: Brief) -> bool:
    """Whether the brief plans a sign-off anywhere: an approval milestone or an approvals list."""
    return bool(brief.approvals) or any(m.kind == "approval" for _, m in milestones(brief))


def it_has_approved(brief: Brief) -> bool:
    """Whether someone from IT has signed with status approved."""
    return any(a.status == "approved" for _, a in approvals_on(brief, "it"))


SIDE_WORDS: dict[Side, str] = {"marketing": "marketing", "it": "IT", "other": "the other parties"}

#: What to do about a sign-off that an approved brief still lacks.
PENDING_HINT = (
    "Get the sign-off and set `status: approved` with its date, or set the brief's stage back "
    "to handoff until then."
)


def nobody_signs_for(brief: Brief, side: Side) -> Finding:
    """The finding for a side with nobody listed to sign, at the approvals key if there is one."""
    words = SIDE_WORDS[side]
    return Finding(
        ("approvals",) if brief.approvals else (),
        f"Nobody from {words} is listed to sign the brief off",
        f"Add the person who signs for {words} under `approvals`, with `side: {side}` and "
        "`status: pending` until they sign.",
        on_key=bool(brief.approvals),
    )

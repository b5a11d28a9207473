"""RK304 milestones-out-of-order: steps of the plan dated in an order that cannot work."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief, Milestone
from reqkit.positions import Path
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.schedule.timing import clash, describe, first_of, firsts_in_order, out_of_place

_HINT = (
    "Correct the date, or the `kind` if the milestone is something else (a kick-off of the "
    "build is kind build). A plan runs kick-off, hand-off, approval, build, test, acceptance "
    "test, launch, review."
)


class MilestonesOutOfOrder(Rule):
    """Flags milestones whose dates put the steps of the plan in an impossible order.

    A plan runs kick-off, hand-off, approval, build, test, acceptance test,
    launch and review. A test dated after the launch, or a build that starts
    before IT has the brief, means the plan cannot be followed as written,
    and IT will not commit to a timeline that contradicts itself. Each kind
    is placed by its earliest milestone, so a phased plan with a second
    build after the first launch is fine; design and other milestones may
    fall anywhere. Milestones on the same day are in order. The fewest
    milestones that would have to move are reported, each with the one it
    clashes with. An approval after the build start or the launch is
    reported by approval-after-delivery; this rule checks that the approval
    does not come before the hand-off.

    Bad: "Load test passed" (test) on 2027-03-05 and "Go live" (launch) on 2027-03-01.
    Good: the test on 2027-02-22, the launch on 2027-03-01.
    """

    code = "RK304"
    name = "milestones-out-of-order"
    friction = "F3"
    needs = ("timeline",)
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        steps = firsts_in_order(brief)
        dates = [milestone.date for _, milestone in steps]
        moved = out_of_place(dates)
        for index in sorted(moved):
            path, milestone = steps[index]
            other, later = clash(dates, moved, index)
            relation = "comes before" if later else "comes after"
            yield _finding(path, milestone, relation, steps[other][1])
        yield from _approval_before_handoff(brief)


def _approval_before_handoff(brief: Brief) -> Iterator[Finding]:
    approval = first_of(brief, ("approval",))
    if approval is None:
        return
    for kind in ("handoff", "kickoff"):
        earlier = first_of(brief, (kind,))
        if earlier is not None and approval[1].date < earlier[1].date:
            yield _finding(approval[0], approval[1], "comes before", earlier[1])
            return


def _finding(path: Path, milestone: Milestone, relation: str, other: Milestone) -> Finding:
    return Finding(
        (*path, "date"), f"{describe(milestone, first=True)} {relation} {describe(other)}", _HINT
    )

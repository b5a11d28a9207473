"""RK302 hard-date-without-reason: a drop-dead date that does not say why it cannot move."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import hard_deadlines
from reqkit.rules.schedule.timing import describe


class HardDateWithoutReason(Rule):
    """Flags a milestone marked hard that gives no reason why it cannot move.

    IT plans around a hard date by cutting scope, moving other work or
    asking for people, and it will only do that for a date it understands.
    A date marked hard without a reason looks like impatience, invites a
    debate about whether it is really fixed, and cannot be weighed when
    something has to give. Say what fixes it: a trade show, a competitor's
    launch, a contract that ends, a legal deadline.

    Bad: a milestone with `hard: true` and no `reason`.
    Good: `hard: true` with `reason: "The trade show opens on this day"`.
    """

    code = "RK302"
    name = "hard-date-without-reason"
    friction = "F2"
    needs = ()
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for path, milestone in hard_deadlines(brief):
            if milestone.reason and milestone.reason.strip():
                continue
            yield Finding(
                (*path, "hard"),
                f"{describe(milestone, first=True)} is marked hard "
                "but does not say why it cannot move",
                'Add `reason:` with what fixes the date, e.g. "The trade show opens on this day", '
                "or set `hard: false` if the date can move.",
            )

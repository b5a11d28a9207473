"""RK608 next-step-without-owner: an agreed action nobody has taken on."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.people.follow_up import follow_up_gaps
from reqkit.rules.phrases import quote


class NextStepWithoutOwner(Rule):
    """Flags a next step that is not done and has no owner or no due date.

    Next steps in writing, each with a name and a date, are what makes both
    sides accountable after a meeting. "Send brief to IT" with nobody's name
    on it is something each side expects the other to do. Steps marked
    `done: true` are not checked.

    Bad: action: Send brief to IT  (no owner, no due)
    Good: action: Send brief to IT  owner: Kim Baxter  due: 2026-12-04
    """

    code = "RK608"
    name = "next-step-without-owner"
    friction = "F6"
    needs = ()
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        steps = (
            (("next_steps", index, "action"), f"The next step {quote(s.action)}", s.owner, s.due)
            for index, s in enumerate(brief.next_steps)
            if not s.done
        )
        yield from follow_up_gaps(steps, who="who does it", when="by when")

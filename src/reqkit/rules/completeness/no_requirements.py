"""RK206 no-requirements: a brief without a single requirement."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule


class NoRequirements(Rule):
    """Flags a brief that lists no requirements at all.

    Requirements are what IT scopes, estimates, builds and tests. A brief
    without them tells IT why and by when but not what, so the first weeks
    go into meetings that write the requirements down after all. In a draft
    that is a note; from hand-off it is an error. This rule, not
    missing-section, reports an empty requirements section.

    Bad: requirements: []
    Good: - {id: REQ-001, statement: The page shall confirm a sign-up by e-mail, priority: must}
    """

    code = "RK206"
    name = "no-requirements"
    friction = "F1"
    needs = ("requirements",)
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        if brief.requirements:
            return
        yield Finding(
            ("requirements",),
            "The brief has no requirements, so IT has nothing to scope, estimate or test",
            "Add what the solution must do, one requirement per item, e.g. `requirements: [{id: "
            "REQ-001, statement: The registration page shall confirm a sign-up by e-mail within "
            "5 minutes, priority: must, acceptance_criteria: [A test sign-up receives the "
            "confirmation within 5 minutes.]}]`.",
            on_key=True,
        )

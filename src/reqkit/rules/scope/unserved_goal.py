"""RK506 unserved-goal: a goal that no requirement to be built serves."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.phrases import quote
from reqkit.trace import trace


class UnservedGoal(Rule):
    """Flags a goal that no requirement names among the goals it serves.

    A goal nothing in the scope serves is an expectation IT will not meet:
    marketing counts on it, but no requirement builds anything towards it,
    so it is either missing its requirements or not a goal of this
    initiative. Requirements marked wont do not count, since they will not
    be built. IT's own goals (`party: it`, such as no weekend releases) are
    about how the work is done and are not checked. The rule waits until
    requirements start naming their goals: before that, untraced-requirement
    asks for the links.

    Bad: goal G2 "Collect 500 newsletter sign-ups at the fair" that no
    requirement lists in its `goals`.
    Good: REQ-004 "Visitors shall subscribe to the newsletter on the stand
    tablet." with `goals: [G2]`.
    """

    code = "RK506"
    name = "unserved-goal"
    friction = "F9"
    needs = ("requirements",)
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        links = trace(brief)
        if not links.tracing:
            return
        for index in links.unserved_goals:
            goal = brief.goals[index]
            named_by = links.serving.get(goal.id, ())
            why = "no requirement names it"
            if len(named_by) == 1:
                why = f"only {named_by[0]} names it, and it is marked wont"
            elif named_by:
                why = f"only {', '.join(named_by)} name it, and they are marked wont"
            yield Finding(
                ("goals", index, "id"),
                f"Goal {goal.id} is served by no requirement to be built ({why}): "
                f"{quote(goal.statement, 60)}",
                f"Add `{goal.id}` to the `goals` of the requirements that serve it, add the "
                "requirements it needs, or drop the goal if this initiative does not pursue it.",
            )

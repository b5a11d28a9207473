"""RK205 thin-goal: a goal statement too short to say what success looks like."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.completeness.substance import in_words, only_placeholders, word_count


class ThinGoalOptions(RuleOptions):
    """How long a goal statement must be."""

    min_words: int = Field(default=4, ge=1)
    """The fewest words that can name an outcome, for whom, and by how much."""


class ThinGoal(Rule):
    """Flags a goal whose statement is too short to say what success looks like.

    "Grow sales" or "More awareness" is a wish everyone agrees with and no
    one can act on: it names no outcome, no audience and no size of change,
    so IT cannot tell which requirements serve it or what is enough. A goal
    with substance says what changes, for whom, and by how much.

    Bad: statement: Grow online sales
    Good: statement: Raise online sales of the oat bar range from 40,000 to 55,000 EUR a month
    """

    code = "RK205"
    name = "thin-goal"
    friction = "F1"
    needs = ()
    levels = NEEDED_AT_HANDOFF
    Options = ThinGoalOptions

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        minimum = context.options.min_words  # type: ignore[attr-defined]
        for index, goal in enumerate(brief.goals):
            words = word_count(goal.statement)
            if words >= minimum or only_placeholders(goal.statement):
                continue
            statement = " ".join(goal.statement.split())
            yield Finding(
                ("goals", index, "statement"),
                f'Goal {goal.id} "{statement}" says too little ({in_words(words)}) '
                "to show what success looks like",
                "Say what changes, for whom and by how much, e.g. `statement: Raise online sales "
                "of the oat bar range from 40,000 to 55,000 EUR a month`.",
            )

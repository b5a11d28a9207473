"""RK202 missing-problem-statement: no problem statement, or one too short to say anything."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.completeness.substance import (
    filled,
    in_words,
    only_placeholders,
    word_count,
)

_EXAMPLE = (
    "e.g. `problem: Visitors can book a booth demo only by e-mail; 41 % of booked demos "
    "were no-shows and leads reached the CRM 11 days after the show.`"
)


class MissingProblemStatementOptions(RuleOptions):
    """How long a problem statement must be."""

    min_words: int = Field(default=8, ge=1)
    """The fewest words that can say what goes wrong today, for whom, and what it costs."""


class MissingProblemStatement(Rule):
    """Flags a brief without a problem statement, or with one too short to say anything.

    IT scopes from the problem, not from the solution marketing imagines: the
    problem is what lets IT propose a cheaper way to the same end, and what
    everyone checks the result against. A brief that only describes the
    solution is a half-baked idea; a one-line "Sales are down" is not much
    better, because it says neither for whom nor what it costs.

    Bad: problem: Sales are down.
    Good: problem: Demos are booked by e-mail; 41 % of booked visitors never turned up.
    """

    code = "RK202"
    name = "missing-problem-statement"
    friction = "F1"
    needs = ("initiative.problem",)
    levels = NEEDED_AT_HANDOFF
    Options = MissingProblemStatementOptions

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        problem = brief.initiative.problem or ""
        if not filled(problem):
            yield Finding(
                ("initiative",),
                "The brief has no problem statement, so IT cannot tell what the work should solve",
                "Under initiative, say what goes wrong today, for whom, and what it costs to "
                f"leave it unsolved, {_EXAMPLE}",
                on_key=True,
            )
            return
        minimum = context.options.min_words  # type: ignore[attr-defined]
        words = word_count(problem)
        if words < minimum and not only_placeholders(problem):
            yield Finding(
                ("initiative", "problem"),
                f'The problem statement "{" ".join(problem.split())}" has only '
                f"{in_words(words)}: too little to show what goes wrong and what it costs",
                f"Use at least {minimum} words: what goes wrong today, for whom, and what it "
                f"costs, {_EXAMPLE}",
            )

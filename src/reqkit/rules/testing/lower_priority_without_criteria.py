"""RK804 lower-priority-without-criteria: a should or could requirement nobody can test."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.testing.criteria import PriorityOptions, no_criteria, untested


class LowerPriorityWithoutCriteriaOptions(PriorityOptions):
    """Which requirements should have acceptance criteria."""

    priorities: tuple[str, ...] = ("should", "could")
    """The priorities whose requirements should have acceptance criteria; leave out "must",
    which missing-acceptance-criteria reports."""


class LowerPriorityWithoutCriteria(Rule):
    """Flags a should or could requirement without acceptance criteria.

    What is built gets tested, whatever its priority: a should that ships
    without agreed checks is accepted on gut feeling, and a could picked up
    late in a sprint is the one nobody remembers how to verify. This is
    advice, not a blocker; must-haves are reported, as errors, by
    missing-acceptance-criteria, and wont requirements are not built at all.

    Bad: a should with no acceptance_criteria
    Good: acceptance_criteria: [The reminder arrives 23 to 25 hours before the slot.]
    """

    code = "RK804"
    name = "lower-priority-without-criteria"
    friction = "F8"
    needs = ()
    levels = ADVISED_AT_HANDOFF
    Options = LowerPriorityWithoutCriteriaOptions

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for index, requirement in untested(brief, context.options.priorities):  # type: ignore[attr-defined]
            yield no_criteria(index, requirement, "it will be accepted on gut feeling")

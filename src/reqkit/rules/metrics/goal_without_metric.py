"""RK901 goal-without-metric: a goal nobody can measure."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule


class GoalWithoutMetric(Rule):
    """Flags a goal that has no metric.

    A goal without a metric cannot be reached or missed, only argued about.
    After launch marketing says it worked, finance asks for the numbers, and
    nobody collected them; IT, meanwhile, cannot tell which requirements
    matter most to the outcome. Name what is counted, today's value, the
    value that means success, and where the number comes from.

    Bad: - {id: G1, statement: Make the brand more visible}
    Good: metrics: [{name: Brand searches, baseline: 1200, target: 2000, data_source: Ads}]
    """

    code = "RK901"
    name = "goal-without-metric"
    friction = "F10"
    needs = ()
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for index, goal in enumerate(brief.goals):
            if goal.metrics:
                continue
            yield Finding(
                ("goals", index, "metrics"),
                f"Goal {goal.id} has no metric, so nobody can tell whether it was reached",
                "Add how success is measured, e.g. `metrics: [{name: Qualified leads from the "
                "show, baseline: 180, target: 300, unit: leads, data_source: CRM campaign report, "
                "by: 2027-04-30}]`.",
                on_key=True,
            )

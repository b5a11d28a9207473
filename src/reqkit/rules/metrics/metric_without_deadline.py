"""RK903 metric-without-deadline: a metric with no date or rhythm of measurement."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.completeness.substance import filled
from reqkit.rules.metrics.goal_metrics import all_metrics, metric_label


class MetricWithoutDeadline(Rule):
    """Flags a metric that says neither by when the target is due nor when it is measured.

    Without a date, success is judged whenever someone happens to look:
    too early and a good campaign looks like a failure, too late and
    nobody remembers what the number was for. Either `by` (the date the
    target should be reached) or `measured` (when or how often it is
    counted) settles it. This is advice, and only for a metric with a
    target: without one there is nothing to be due, and incomplete-metric
    asks for the target first.

    Bad: - {name: Qualified leads, baseline: 180, target: 300, data_source: CRM}
    Good: - {name: Qualified leads, baseline: 180, target: 300, data_source: CRM, by: 2027-04-30}
    """

    code = "RK903"
    name = "metric-without-deadline"
    friction = "F10"
    needs = ()
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for path, goal, metric in all_metrics(brief):
            if metric.target is None or metric.by is not None or filled(metric.measured):
                continue
            yield Finding(
                (*path, "name"),
                f"{metric_label(goal, metric)} says neither by when nor how often it is measured, "
                "so nobody knows when success is judged",
                "Add `by: 2027-04-30` (when the target should be reached) or `measured: weekly "
                "from 2027-03-15` (when the number is counted).",
            )

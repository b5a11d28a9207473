"""Success-metric rules (RK9xx): goals nobody can measure, metrics that cannot judge success."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.metrics.goal_without_metric import GoalWithoutMetric
from reqkit.rules.metrics.incomplete_metric import IncompleteMetric
from reqkit.rules.metrics.metric_without_deadline import MetricWithoutDeadline

RULES: tuple[Rule, ...] = (GoalWithoutMetric(), IncompleteMetric(), MetricWithoutDeadline())

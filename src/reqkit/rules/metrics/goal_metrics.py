"""Walking the metrics of a brief's goals: shared by the metric rules."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief, Goal, Metric
from reqkit.positions import Path


def all_metrics(brief: Brief) -> Iterator[tuple[Path, Goal, Metric]]:
    """Every metric with its path and the goal it belongs to."""
    for index, goal in enumerate(brief.goals):
        for number, metric in enumerate(goal.metrics):
            yield ("goals", index, "metrics", number), goal, metric


def metric_label(goal: Goal, metric: Metric) -> str:
    """How a message names a metric: its name and its goal."""
    return f'Metric "{" ".join(metric.name.split())}" of goal {goal.id}'

"""RK902 incomplete-metric: a metric without a baseline, a target or a data source."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import field_validator

from reqkit.model import Brief, Metric
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.completeness.substance import filled
from reqkit.rules.metrics.goal_metrics import all_metrics, metric_label

#: Each part a metric can lack: how to name it, and what to write for it.
PARTS: dict[str, tuple[str, str]] = {
    "baseline": ("baseline", "`baseline:` today's value, e.g. 180"),
    "target": ("target", "`target:` the value that means success, e.g. 300"),
    "data_source": (
        "data source",
        "`data_source:` the report or system the number comes from, e.g. CRM campaign report",
    ),
    "unit": ("unit", "`unit:` what the numbers count, e.g. leads, %, EUR"),
}


class IncompleteMetricOptions(RuleOptions):
    """What a metric must have."""

    required: tuple[str, ...] = ("baseline", "target", "data_source")
    """The parts every metric needs, by their key: baseline, target, data_source, unit."""

    @field_validator("required")
    @classmethod
    def _known_parts(cls, required: tuple[str, ...]) -> tuple[str, ...]:
        for part in required:
            if part not in PARTS:
                raise ValueError(f'"{part}" is not a part of a metric; use {", ".join(PARTS)}')
        return required


class IncompleteMetric(Rule):
    """Flags a metric that lacks a baseline, a target or a data source.

    A metric only judges success with all three: the baseline shows where
    things stand today, so a change can be proven; the target says what
    counts as success; the data source says who produces the number, so it
    is collected from day one instead of reconstructed afterwards. The unit
    is not asked for by default (the metric's name often says what is
    counted) but can be. A target equal to the baseline is not reported:
    "keep extra headcount at 0" is a real goal.

    Bad: - {name: Online sales}
    Good: - {name: Online sales, baseline: 40000, target: 55000, data_source: Shop report}
    """

    code = "RK902"
    name = "incomplete-metric"
    friction = "F10"
    needs = ()
    levels = NEEDED_AT_HANDOFF
    Options = IncompleteMetricOptions

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        required = context.options.required  # type: ignore[attr-defined]
        for path, goal, metric in all_metrics(brief):
            missing = [part for part in required if _lacks(metric, part)]
            if not missing:
                continue
            names = [PARTS[part][0] for part in missing]
            yield Finding(
                (*path, "name"),
                f"{metric_label(goal, metric)} has no {_either(names)}, "
                "so success cannot be judged",
                "Add " + "; ".join(PARTS[part][1] for part in missing) + ".",
            )


def _lacks(metric: Metric, part: str) -> bool:
    value = getattr(metric, part)
    return value is None or (isinstance(value, str) and not filled(value))


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

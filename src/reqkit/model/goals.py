"""Goals per party and the metrics that will show whether they were met."""

from __future__ import annotations

from pydantic import Field

from reqkit.model.base import Id, IsoDate, Side, StrictModel


class Metric(StrictModel):
    """How success will be measured: from where we are to where we want to be."""

    name: str
    """What is counted, e.g. "Qualified leads from the show"."""

    baseline: float | None = None
    """Today's value, as a number; the starting point that proves the change."""

    target: float | None = None
    """The value that means success, as a number."""

    unit: str | None = None
    """The unit of baseline and target, e.g. leads, %, seconds, EUR."""

    data_source: str | None = None
    """Where the number comes from, e.g. "CRM campaign report" or "web analytics"."""

    measured: str | None = None
    """When or how often it is measured, e.g. "weekly until 30 April"."""

    by: IsoDate | None = None
    """The date by which the target should be reached."""


class Goal(StrictModel):
    """Something a party wants from the initiative, with a way to measure it."""

    id: Id
    """A short id that requirements refer to, e.g. G1."""

    statement: str
    """The outcome wanted, not the feature, e.g. "Double qualified leads from the show"."""

    party: Side = "marketing"
    """Whose goal it is: marketing, it or other. Put IT's own goals here too (no weekend
    releases, no extra headcount)."""

    metrics: list[Metric] = Field(default_factory=list)
    """How success will be measured."""

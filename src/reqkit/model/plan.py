"""The parameters: constraints, budget and timeline."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from reqkit.model.base import IsoDate, Name, Side, StrictModel
from reqkit.model.money import Money

ConstraintKind = Literal["time", "budget", "resources", "technical", "legal", "other"]


class Constraint(StrictModel):
    """A limit the solution has to live with."""

    kind: ConstraintKind
    """time, budget, resources, technical, legal or other."""

    statement: str
    """The limit itself, e.g. "No releases during the December code freeze"."""

    party: Side | None = None
    """Whose constraint it is: marketing, it or other."""


class BudgetLine(StrictModel):
    """One item the money is spent on."""

    item: str
    """What is paid for, e.g. "Agency design and copy"."""

    amount: Money
    """How much, e.g. 18000 EUR."""

    note: str | None = None
    """Quotes, assumptions or who pays."""


class Benefit(StrictModel):
    """What the initiative is expected to bring back."""

    value: Money | None = None
    """The expected benefit in money, e.g. 150000 EUR."""

    description: str
    """How the benefit arises, e.g. "300 extra qualified leads at 500 EUR pipeline each"."""

    by: IsoDate | None = None
    """By when the benefit should have been realised."""


class Budget(StrictModel):
    """What the initiative may cost and what it should return."""

    total: Money | None = None
    """The approved total, e.g. 48000 EUR."""

    lines: list[BudgetLine] = Field(default_factory=list)
    """What the money is spent on; the lines should add up to the total."""

    contingency: Money | None = None
    """Money held back for the unexpected, usually 10-20 % of the total."""

    expected_benefit: Benefit | None = None
    """What the initiative should bring back, to weigh against its cost."""

    owner: Name | None = None
    """Who holds the budget."""


MilestoneKind = Literal[
    "kickoff",
    "handoff",
    "approval",
    "design",
    "build",
    "test",
    "acceptance",
    "launch",
    "review",
    "other",
]


class Milestone(StrictModel):
    """A dated point on the way to launch."""

    name: str
    """What happens, e.g. "Hand-off to IT" or "Trade show opens"."""

    date: IsoDate
    """When (YYYY-MM-DD)."""

    kind: MilestoneKind = "other"
    """kickoff, handoff, approval, design, build, test, acceptance (user acceptance
    test), launch, review or other. The linter uses it to check the order."""

    hard: bool = False
    """true for a drop-dead date that cannot move; say why in reason."""

    reason: str | None = None
    """Why a hard date is hard, e.g. "The trade show opens on this day"."""

    owner: Name | None = None
    """Who makes sure the milestone is met."""


class Phase(StrictModel):
    """A stretch of work that delivers something usable on its own."""

    name: str
    """e.g. "Phase 1: registration page"."""

    start: IsoDate | None = None
    """First day of the phase."""

    end: IsoDate | None = None
    """Last day of the phase."""

    deliverables: list[str] = Field(default_factory=list)
    """What is usable at the end of the phase."""


class QuickWin(StrictModel):
    """A small early result that shows progress before the big launch."""

    name: str
    """What is delivered early, e.g. "Save-the-date e-mail"."""

    date: IsoDate | None = None
    """When it goes out."""


class Timeline(StrictModel):
    """When things happen: milestones, phases and early wins."""

    milestones: list[Milestone] = Field(default_factory=list)
    """Dated milestones in order, including hand-off, approval, test and launch."""

    phases: list[Phase] = Field(default_factory=list)
    """Phases, when the work is delivered in steps rather than in one big bang."""

    quick_wins: list[QuickWin] = Field(default_factory=list)
    """Small early results that show progress."""

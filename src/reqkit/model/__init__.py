"""The schema of a brief: the user-facing contract of reqkit.

Key names here are what people type in their YAML files, so they are stable.
Every field's docstring becomes its description in the JSON Schema (editor
autocompletion) and the comment above it in a scaffolded brief.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import Field, PrivateAttr

from reqkit.model.base import Side, StrictModel, Waiver
from reqkit.model.goals import Goal, Metric
from reqkit.model.initiative import STAGES, Communication, Initiative, Stage
from reqkit.model.money import Money, SignedMoney
from reqkit.model.people import Approval, RaciEntry, Stakeholder
from reqkit.model.plan import (
    Benefit,
    Budget,
    BudgetLine,
    Constraint,
    Milestone,
    Phase,
    QuickWin,
    Timeline,
)
from reqkit.model.records import (
    Baseline,
    Change,
    Impact,
    NextStep,
    OpenQuestion,
    Risk,
    Technical,
    Vendor,
    is_open,
)
from reqkit.model.requirements import PRIORITIES, Priority, Requirement

T = TypeVar("T")


class Brief(StrictModel):
    """A requirements brief: what marketing asks IT to build, and why."""

    _derived: dict[str, Any] = PrivateAttr(default_factory=dict)
    # Facts that several lint rules derive from the same brief (its prose, say),
    # computed once; never part of the brief's content. See ``derived``.

    initiative: Initiative
    """What the brief is about, who owns it and how far along it is."""

    stakeholders: list[Stakeholder] = Field(default_factory=list)
    """Everyone with a say or a part, on both sides, with a named liaison for each side."""

    communication: Communication | None = None
    """How the two sides stay in touch: one shared channel and a regular meeting."""

    goals: list[Goal] = Field(default_factory=list)
    """What each party wants from the initiative, each goal with a metric that shows
    success. Include IT's goals, not only marketing's."""

    constraints: list[Constraint] = Field(default_factory=list)
    """The limits everyone must work within: time, budget, people, technology, law."""

    budget: Budget | None = None
    """What it may cost, what the money is spent on, and what it should bring back."""

    timeline: Timeline | None = None
    """Milestones, with hard (drop-dead) dates marked and explained; phases and quick wins."""

    requirements: list[Requirement] = Field(default_factory=list)
    """What the solution must do, each with a priority and acceptance criteria."""

    technical: Technical | None = None
    """Systems, integration, hosting and load, security and privacy, maintenance after launch."""

    raci: list[RaciEntry] = Field(default_factory=list)
    """Who is Responsible, Accountable, Consulted and Informed for each deliverable."""

    open_questions: list[OpenQuestion] = Field(default_factory=list)
    """Questions still to answer, each with an owner and a due date."""

    risks: list[Risk] = Field(default_factory=list)
    """What could go wrong and what will be done about it."""

    assumptions: list[str] = Field(default_factory=list)
    """What the plan takes for granted; if one turns out false, the plan changes."""

    out_of_scope: list[str] = Field(default_factory=list)
    """What this initiative will deliberately not do."""

    vendors: list[Vendor] = Field(default_factory=list)
    """Agencies or suppliers involved, with selection criteria agreed with IT."""

    approvals: list[Approval] = Field(default_factory=list)
    """Who signs the brief off, on the marketing and on the IT side."""

    changes: list[Change] = Field(default_factory=list)
    """The change log: every change after hand-off, with its reason, who asked, who agreed
    and its impact on dates and budget."""

    baseline: Baseline | None = None
    """Written by `reqkit approve` when the brief is approved; do not edit by hand."""

    next_steps: list[NextStep] = Field(default_factory=list)
    """Agreed actions with an owner and a due date."""

    glossary: dict[str, str] = Field(default_factory=dict)
    """Technical terms explained in plain words, e.g. caching: "keeping a copy ..."."""


def derived(brief: Brief, key: str, compute: Callable[[Brief], T]) -> T:
    """``compute(brief)``, worked out once per brief and then reused."""
    cache = brief._derived
    if key not in cache:
        cache[key] = compute(brief)
    return cache[key]  # type: ignore[no-any-return]


__all__ = [
    "PRIORITIES",
    "STAGES",
    "Approval",
    "Baseline",
    "Benefit",
    "Brief",
    "Budget",
    "BudgetLine",
    "Change",
    "Communication",
    "Constraint",
    "Goal",
    "Impact",
    "Initiative",
    "Metric",
    "Milestone",
    "Money",
    "NextStep",
    "OpenQuestion",
    "Phase",
    "Priority",
    "QuickWin",
    "RaciEntry",
    "Requirement",
    "Risk",
    "Side",
    "SignedMoney",
    "Stage",
    "Stakeholder",
    "StrictModel",
    "Technical",
    "Timeline",
    "Vendor",
    "Waiver",
    "derived",
    "is_open",
]

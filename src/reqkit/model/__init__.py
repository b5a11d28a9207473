"""The schema of a brief: the user-facing contract of reqkit.

Key names here are what people type in their YAML files, so they are stable.
Every field's docstring becomes its description in the JSON Schema (editor
autocompletion) and the comment above it in a scaffolded brief.
"""

from __future__ import annotations

from reqkit.model.base import Money, Side, StrictModel, Waiver
from reqkit.model.goals import Goal, Metric
from reqkit.model.initiative import STAGES, Communication, Initiative, Stage
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


class Brief(StrictModel):
    """A requirements brief: what marketing asks IT to build, and why."""

    initiative: Initiative
    """What the brief is about, who owns it and how far along it is."""

    stakeholders: list[Stakeholder] = []
    """Everyone with a say or a part, on both sides, with a named liaison for each side."""

    communication: Communication | None = None
    """How the two sides stay in touch: one shared channel and a regular meeting."""

    goals: list[Goal] = []
    """What each party wants from the initiative, each goal with a metric that shows
    success. Include IT's goals, not only marketing's."""

    constraints: list[Constraint] = []
    """The limits everyone must work within: time, budget, people, technology, law."""

    budget: Budget | None = None
    """What it may cost, what the money is spent on, and what it should bring back."""

    timeline: Timeline | None = None
    """Milestones, with hard (drop-dead) dates marked and explained; phases and quick wins."""

    requirements: list[Requirement] = []
    """What the solution must do, each with a priority and acceptance criteria."""

    technical: Technical | None = None
    """Systems, integration, hosting and load, security and privacy, maintenance after launch."""

    raci: list[RaciEntry] = []
    """Who is Responsible, Accountable, Consulted and Informed for each deliverable."""

    open_questions: list[OpenQuestion] = []
    """Questions still to answer, each with an owner and a due date."""

    risks: list[Risk] = []
    """What could go wrong and what will be done about it."""

    assumptions: list[str] = []
    """What the plan takes for granted; if one turns out false, the plan changes."""

    out_of_scope: list[str] = []
    """What this initiative will deliberately not do."""

    vendors: list[Vendor] = []
    """Agencies or suppliers involved, with selection criteria agreed with IT."""

    approvals: list[Approval] = []
    """Who signs the brief off, on the marketing and on the IT side."""

    changes: list[Change] = []
    """The change log: every change after hand-off, with its reason, who asked, who agreed
    and its impact on dates and budget."""

    baseline: Baseline | None = None
    """Written by `reqkit approve` when the brief is approved; do not edit by hand."""

    next_steps: list[NextStep] = []
    """Agreed actions with an owner and a due date."""

    glossary: dict[str, str] = {}
    """Technical terms explained in plain words, e.g. caching: "keeping a copy ..."."""


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
    "Stage",
    "Stakeholder",
    "StrictModel",
    "Technical",
    "Timeline",
    "Vendor",
    "Waiver",
    "is_open",
]

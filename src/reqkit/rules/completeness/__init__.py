"""Completeness rules (RK2xx): half-baked briefs with gaps, placeholders and empty sections."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.completeness.missing_problem_statement import MissingProblemStatement
from reqkit.rules.completeness.missing_section import MissingSection
from reqkit.rules.completeness.missing_summary import MissingSummary
from reqkit.rules.completeness.no_requirements import NoRequirements
from reqkit.rules.completeness.placeholder_text import PlaceholderText
from reqkit.rules.completeness.thin_goal import ThinGoal

RULES: tuple[Rule, ...] = (
    PlaceholderText(),
    MissingProblemStatement(),
    MissingSummary(),
    MissingSection(),
    ThinGoal(),
    NoRequirements(),
)

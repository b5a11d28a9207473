"""Requirements: what the solution must do, why, and how IT will know it does."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from reqkit.model.base import Id, Name, StrictModel, Waiver

Priority = Literal["must", "should", "could", "wont"]
PRIORITIES: tuple[Priority, ...] = ("must", "should", "could", "wont")

RequirementType = Literal[
    "functional",
    "content",
    "design",
    "performance",
    "security",
    "privacy",
    "data",
    "integration",
    "accessibility",
    "legal",
    "operations",
    "other",
]


class Requirement(StrictModel):
    """One thing the solution must do or be, written so that it can be tested."""

    id: Id
    """A stable id, e.g. REQ-004; never reuse one for something else."""

    statement: str
    """One requirement in one sentence: who or what shall do what, with numbers and units,
    e.g. "The registration page shall confirm a sign-up by e-mail within 5 minutes"."""

    priority: Priority
    """MoSCoW: must (launch fails without it), should, could, or wont (agreed not now)."""

    type: RequirementType | None = None
    """functional, content, design, performance, security, privacy, data, integration,
    accessibility, legal, operations or other."""

    rationale: str | None = None
    """Why it is needed; lets IT suggest a cheaper way to the same end."""

    acceptance_criteria: list[str] = Field(default_factory=list)
    """Checks that prove the requirement is met, each one pass or fail."""

    goals: list[Id] = Field(default_factory=list)
    """Ids of the goals this requirement serves."""

    depends_on: list[Id] = Field(default_factory=list)
    """Ids of requirements that must be done first."""

    systems: list[str] = Field(default_factory=list)
    """Systems touched, e.g. CRM, website CMS, e-mail platform."""

    data: list[str] = Field(default_factory=list)
    """Data needed or produced, e.g. "visitor e-mail address (personal data)"."""

    owner: Name | None = None
    """Who answers for this requirement on the business side."""

    estimate_days: Annotated[float, Field(ge=0)] | None = None
    """IT's effort estimate in person-days, once they have given one."""

    waivers: list[Waiver] = Field(default_factory=list)
    """Findings accepted for this requirement, each with the reason."""

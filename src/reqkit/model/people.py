"""People: stakeholders, who does what (RACI) and who signs off."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from reqkit.model.base import IsoDate, Name, Side, StrictModel


class Stakeholder(StrictModel):
    """A person with a say in the initiative or a part in delivering it."""

    name: Name
    """Full name; every other section refers to people by exactly this name."""

    side: Side
    """marketing, it or other (legal, finance, an agency, a vendor)."""

    role: str | None = None
    """Job title or part in the initiative, e.g. "Web platform lead"."""

    liaison: bool = False
    """true for the named contact person of their side; each side should have one."""

    email: str | None = None
    """How to reach them."""


class RaciEntry(StrictModel):
    """Who is Responsible, Accountable, Consulted and Informed for one deliverable."""

    deliverable: str
    """The piece of work, e.g. "Registration page" or "CRM data migration"."""

    responsible: list[Name] = Field(default_factory=list)
    """Who does the work; at least one person."""

    accountable: list[Name] = Field(default_factory=list)
    """Who answers for the result and says it is done; exactly one person."""

    consulted: list[Name] = Field(default_factory=list)
    """Whose opinion is asked before decisions."""

    informed: list[Name] = Field(default_factory=list)
    """Who is told about progress and decisions."""


ApprovalStatus = Literal["pending", "approved", "rejected"]


class Approval(StrictModel):
    """One sign-off on the brief."""

    name: Name
    """Who signs; must be listed in stakeholders."""

    role: str | None = None
    """In what capacity they sign, e.g. "Head of IT applications"."""

    side: Side | None = None
    """Their side; taken from stakeholders when left out."""

    status: ApprovalStatus = "pending"
    """pending, approved or rejected."""

    date: IsoDate | None = None
    """When they signed, or by when the sign-off is due."""

    comment: str | None = None
    """Conditions or remarks that came with the sign-off."""

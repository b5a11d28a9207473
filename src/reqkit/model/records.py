"""The rest of what IT needs: technical notes, questions, risks, vendors, follow-up."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from reqkit.model.base import Id, IsoDate, Level, Name, StrictModel
from reqkit.model.money import SignedMoney


class Technical(StrictModel):
    """What the marketing side knows about the technical side; IT completes it."""

    systems: list[str] = Field(default_factory=list)
    """Systems the initiative touches, e.g. CRM, CMS, e-mail platform, analytics."""

    integrations: list[str] = Field(default_factory=list)
    """Data that must flow between systems, e.g. "Form sign-ups into the CRM nightly"."""

    hosting: str | None = None
    """Where it should run, if that is already decided or constrained."""

    load: str | None = None
    """Expected traffic with numbers, e.g. "5,000 visitors an hour during the show"."""

    security: str | None = None
    """Security needs: logins, roles, who may see what."""

    privacy: str | None = None
    """Personal data collected, the legal basis and how long it is kept."""

    maintenance: str | None = None
    """Who looks after it after launch, and for how long; when it is switched off."""


class OpenQuestion(StrictModel):
    """A question that needs an answer, with someone who owns getting it."""

    id: Id | None = None
    """A short id, e.g. Q3."""

    question: str
    """The question, as you would ask it in a meeting."""

    owner: Name | None = None
    """Who gets the answer."""

    due: IsoDate | None = None
    """By when it must be answered."""

    blocking: bool = False
    """true if IT cannot start until it is answered."""

    answer: str | None = None
    """The answer, once there is one; the question then counts as closed."""


class Risk(StrictModel):
    """Something that could go wrong, and what will be done about it."""

    id: Id | None = None
    """A short id, e.g. R2."""

    statement: str
    """What could happen and what it would cause."""

    likelihood: Level | None = None
    """low, medium or high."""

    impact: Level | None = None
    """low, medium or high."""

    mitigation: str | None = None
    """What reduces the likelihood or the damage."""

    owner: Name | None = None
    """Who watches the risk."""


VendorStatus = Literal["candidate", "shortlisted", "selected", "rejected"]


class Vendor(StrictModel):
    """An agency or supplier that may do part of the work."""

    name: str
    """The company."""

    scope: str | None = None
    """What they would do, e.g. "Design and build the app"."""

    status: VendorStatus = "candidate"
    """candidate, shortlisted, selected or rejected."""

    criteria: list[str] = Field(default_factory=list)
    """Selection criteria agreed with IT, e.g. "Hosts in the EU"."""

    chosen_by: list[Name] = Field(default_factory=list)
    """Who took part in choosing; IT should be among them."""

    contact: str | None = None
    """Who to talk to at the vendor."""


class Impact(StrictModel):
    """What a change costs in time and money."""

    schedule_days: int | None = None
    """Days the launch moves (negative if earlier)."""

    cost: SignedMoney | None = None
    """Extra cost of the change; negative if the change saves money, e.g. -2000 EUR."""


ChangedSection = Literal["goals", "budget", "timeline"]


class Change(StrictModel):
    """A recorded change to the brief after it was handed off or approved."""

    date: IsoDate
    """When the change was agreed."""

    summary: str
    """What changed, e.g. "REQ-007 raised from should to must"."""

    reason: str | None = None
    """Why it changed."""

    requested_by: Name | None = None
    """Who asked for the change."""

    approved_by: Name | None = None
    """Who agreed to it on the IT side; a change order needs IT's consent."""

    requirements: list[Id] = Field(default_factory=list)
    """Ids of the requirements affected (added, removed, reworded or re-prioritised)."""

    sections: list[ChangedSection] = Field(default_factory=list)
    """Other parts of the brief the change affects: goals, budget or timeline."""

    impact: Impact | None = None
    """What the change costs in time and money."""


class NextStep(StrictModel):
    """An agreed action, so that nothing is left hanging after a meeting."""

    action: str
    """What will be done."""

    owner: Name | None = None
    """Who does it."""

    due: IsoDate | None = None
    """By when."""

    done: bool = False
    """true once it is done."""


def is_open(question: OpenQuestion) -> bool:
    """A question counts as open until it has a non-blank answer."""
    return not (question.answer and question.answer.strip())


class Baseline(StrictModel):
    """What was signed off, recorded by `reqkit approve` when the last sign-off arrives.

    Fingerprints are short hashes of the content that matters to IT. Later
    edits that change them must be recorded in `changes`; write nothing here
    by hand.
    """

    version: str | None = None
    """The brief's version when it was approved."""

    date: IsoDate
    """When the last required sign-off arrived."""

    fingerprint: str
    """A hash of all the content below; changes when anything that matters changes."""

    requirements: dict[str, str] = Field(default_factory=dict)
    """A hash per requirement id, to tell which requirements changed."""

    goals: str | None = None
    """A hash of the goals and their metrics."""

    budget: str | None = None
    """A hash of the budget."""

    timeline: str | None = None
    """A hash of the milestones and their dates."""

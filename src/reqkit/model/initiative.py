"""The initiative: what the brief is about, who owns it and how far along it is."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from reqkit.model.base import Id, IsoDate, LocaleName, Name, StrictModel, Waiver

Stage = Literal["draft", "handoff", "approved"]
STAGES: tuple[Stage, ...] = ("draft", "handoff", "approved")

Kind = Literal["campaign", "platform", "vendor", "other"]


class Initiative(StrictModel):
    """What is being asked for, by whom, and how ready the brief is."""

    id: Id
    """A short, unique id for the brief, e.g. MKT-2027-014; quote it if it is only digits."""

    title: str
    """A name people will recognise in a meeting, e.g. "Spring trade show microsite"."""

    owner: Name
    """The one person on the marketing side who answers for the brief."""

    stage: Stage = "draft"
    """draft (being written), handoff (ready for IT to scope) or approved (signed off).
    The linter asks for more at each stage."""

    kind: Kind | None = None
    """What sort of initiative this is: campaign, platform, vendor or other."""

    version: str | None = None
    """The brief's own version, e.g. "1.2"; always in quotes so 1.10 stays 1.10."""

    created: IsoDate | None = None
    """When the brief was started (YYYY-MM-DD)."""

    updated: IsoDate | None = None
    """When the brief was last changed (YYYY-MM-DD)."""

    locale: LocaleName | None = None
    """The language and region the brief is written in, e.g. de_DE or en_US. It settles
    amounts that read two ways (is "1.500" one and a half or fifteen hundred?) and
    how amounts are shown. Without it, amounts show as 48,000 EUR."""

    summary: str | None = None
    """Two or three sentences a busy executive can read: what, for whom, by when."""

    problem: str | None = None
    """The business problem or opportunity, in the customer's terms, and what it costs
    to leave it unsolved. IT scopes from this, not from the solution you imagine."""

    waivers: list[Waiver] = Field(default_factory=list)
    """Findings accepted for the whole brief, each with the reason."""


class Communication(StrictModel):
    """How the two sides talk while the work is under way."""

    channel: str | None = None
    """Where requests, questions and decisions are recorded: a ticket board or a shared
    channel, not private e-mail, e.g. "Jira project MKTWEB"."""

    meetings: str | None = None
    """The regular check-in between marketing and IT, e.g. "Tuesdays 10:00, 30 minutes"."""

    escalation: Name | None = None
    """Who settles a disagreement the two liaisons cannot resolve."""

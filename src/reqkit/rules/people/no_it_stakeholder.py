"""RK601 no-it-stakeholder: nobody from IT is listed among the stakeholders."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import people_on


class NoItStakeholder(Rule):
    """Flags a brief whose stakeholders include nobody from IT.

    A brief written without anyone from IT at the table is a request thrown
    over the wall: nobody checks early that it fits the systems, the security
    rules or the team's capacity, and IT meets it for the first time when the
    deadline is already set. Name at least one IT person, ideally the liaison
    who will carry the brief on their side.
    """

    code = "RK601"
    name = "no-it-stakeholder"
    friction = "F6"
    needs = ("stakeholders",)
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        if people_on(brief, "it"):
            return
        where = ("stakeholders",) if brief.stakeholders else ()
        yield Finding(
            where,
            "Nobody from IT is listed among the stakeholders",
            "Add the IT person who will scope the work, with `side: it` and `liaison: true`.",
            on_key=bool(brief.stakeholders),
        )

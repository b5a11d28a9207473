"""RK203 missing-summary: the brief has no summary a busy reader can take in at a glance."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.completeness.substance import filled


class MissingSummary(Rule):
    """Flags a brief without a summary.

    The summary is what the head of IT, the budget holder and everyone who
    joins later read first, and often only: what is built, for whom and by
    when. Without it they must read the whole brief to learn what it asks
    for, and the rendered document opens with a blank. It helps at hand-off
    but does not block it, so the rule gives advice rather than an error.

    Bad: (no summary under initiative)
    Good: summary: A microsite where plant engineers book a demo at our booth; live on 2027-02-23.
    """

    code = "RK203"
    name = "missing-summary"
    friction = "F1"
    needs = ("initiative.summary",)
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        if filled(brief.initiative.summary):
            return
        yield Finding(
            ("initiative",),
            "The brief has no summary, so a reader must go through all of it "
            "to learn what it asks for",
            "Under initiative, add two or three sentences on what is built, for whom and by when, "
            "e.g. `summary: A microsite where plant engineers book a demo at our booth; "
            "live on 2027-02-23.`",
            on_key=True,
        )

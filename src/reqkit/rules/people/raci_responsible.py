"""RK604 raci-responsible: somebody does the work of each deliverable."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.phrases import quote


class RaciResponsible(Rule):
    """Flags a RACI deliverable with nobody responsible for doing the work.

    A deliverable that somebody answers for but nobody is named to build is a
    wish, not a plan: IT learns at the hand-off that it is expected to find
    the people. A RACI chart has at least one Responsible per deliverable.

    Bad: deliverable: CRM connection  accountable: [Sam Okafor]  (no responsible)
    Good: deliverable: CRM connection  responsible: [Lee Park]  accountable: [Sam Okafor]
    """

    code = "RK604"
    name = "raci-responsible"
    friction = "F6"
    needs = ()
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for index, entry in enumerate(brief.raci):
            if entry.responsible:
                continue
            yield Finding(
                ("raci", index, "deliverable"),
                f"Nobody is responsible for doing the deliverable {quote(entry.deliverable)}",
                "Add `responsible: [Name]` with who does the work, e.g. the developer, "
                "the analyst or the agency contact.",
            )

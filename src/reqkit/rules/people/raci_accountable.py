"""RK603 raci-accountable: exactly one person answers for each deliverable."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.phrases import and_list, count, quote


class RaciAccountable(Rule):
    """Flags a RACI deliverable with nobody accountable, or with more than one accountable person.

    The accountable person answers for the result and says when it is done.
    With nobody accountable, a late or half-finished deliverable is nobody's
    problem; with two, each waits for the other and they may contradict each
    other. A RACI chart has exactly one Accountable per deliverable.

    Bad: deliverable: Website  accountable: [Kim Baxter, Rob Fenwick]
    Good: deliverable: Website  accountable: [Kim Baxter]  consulted: [Rob Fenwick]
    """

    code = "RK603"
    name = "raci-accountable"
    friction = "F6"
    needs = ()
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for index, entry in enumerate(brief.raci):
            people = list(dict.fromkeys(entry.accountable))
            deliverable = quote(entry.deliverable)
            if not people:
                yield Finding(
                    ("raci", index, "deliverable"),
                    f"Nobody is accountable for the deliverable {deliverable}",
                    "Add `accountable: [Name]` with the one person who answers for the result "
                    "and says when it is done.",
                )
            elif len(people) > 1:
                yield Finding(
                    ("raci", index, "accountable"),
                    f"The deliverable {deliverable} has "
                    f"{count(len(people), 'accountable person', 'accountable people')}: "
                    f"{and_list(people)}",
                    "Keep the one person who decides when it is done; move the others to "
                    "`responsible` or `consulted`.",
                )

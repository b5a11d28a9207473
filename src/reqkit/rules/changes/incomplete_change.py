"""RK702 incomplete-change: a change record that leaves out why, who or what it costs."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.diagnostics import Severity
from reqkit.model import Brief
from reqkit.rules.base import Context, Finding, Levels, Rule
from reqkit.rules.facts import side_of


class IncompleteChange(Rule):
    """Flags an entry in `changes` without its reason, requester, IT approver or impact.

    A change after hand-off is a change order. Without the reason nobody can
    weigh it; without who asked and who agreed in IT, it is a change made
    behind the other side's back; without its impact on the date and the
    budget, the plan silently stops being true. Each entry says all four, so
    that a late change is a decision both sides took, not a surprise.

    Bad: `- {date: 2027-01-20, summary: Added a quiz to the landing page}`
    Good: the same with `reason`, `requested_by`, `approved_by` (someone from
    IT) and `impact: {schedule_days: 3, cost: 2500 EUR}`.
    """

    code = "RK702"
    name = "incomplete-change"
    friction = "F7"
    needs = ()
    levels = Levels(draft=Severity.INFO, handoff=Severity.WARNING, approved=Severity.ERROR)

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for index, change in enumerate(brief.changes):
            missing = []
            if not (change.reason and change.reason.strip()):
                missing.append("the reason")
            if not change.requested_by:
                missing.append("who asked for it")
            if not change.approved_by:
                missing.append("who agreed to it in IT")
            impact = change.impact
            if impact is None or (impact.schedule_days is None and impact.cost is None):
                missing.append("its impact on the date and the budget")
            path = ("changes", index)
            if missing:
                yield Finding(
                    path,
                    f"The change “{change.summary}” does not record {_join(missing)}",
                    "Add `reason`, `requested_by`, `approved_by` and `impact` "
                    "(`schedule_days` and `cost`; write 0 when there is none).",
                )
            elif change.approved_by and side_of(brief, change.approved_by) not in ("it", None):
                yield Finding(
                    (*path, "approved_by"),
                    f"The change “{change.summary}” was agreed by {change.approved_by}, who is not from IT",
                    "A change order needs IT's consent: name the IT person who agreed to it.",
                )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]

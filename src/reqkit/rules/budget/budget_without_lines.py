"""RK405 budget-without-lines: a total with no breakdown of where the money goes."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.budget.sums import MinTotalOptions


class BudgetWithoutLines(Rule):
    """Flags a budget total with no budget lines saying what the money is spent on.

    A bare total cannot be checked: IT cannot see whether its own effort,
    licences, hosting or the agency are paid for, and finance cannot tell
    which part to cut when the total has to shrink. A few lines (agency,
    internal effort, licences, hosting, testing) are enough. Every budget
    is checked unless `min-total` is set, in the budget's own currency,
    to leave small ones alone.

    Bad: `total: 120000 EUR` and no `lines`.
    Good: `lines` for the agency (70000 EUR), internal build (40000 EUR) and hosting (10000 EUR).
    """

    code = "RK405"
    name = "budget-without-lines"
    friction = "F4"
    needs = ("budget",)
    levels = ADVISED_AT_HANDOFF

    Options = MinTotalOptions

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        budget = brief.budget
        if budget is None or budget.total is None or budget.lines:
            return
        if not context.options.large_enough(budget.total):  # type: ignore[attr-defined]
            return
        yield Finding(
            ("budget", "total"),
            f"The budget total of {budget.total} has no lines showing what the money is spent on",
            "Add `lines`, one per item (agency, internal effort, licences, hosting, testing), "
            "each with its `amount`; they should add up to the total.",
        )

"""RK401 budget-does-not-add-up: budget lines that do not make the total."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from reqkit.model import Brief, Money
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.budget.sums import DEFAULT_TOLERANCE_PERCENT, lines_make_total, lines_sum


class BudgetDoesNotAddUp(Rule):
    """Flags budget lines that do not add up to the total, or that are in another currency
    than the total.

    The lines are how IT and finance see where the money goes. When they
    add up to less than the total, part of the money has no purpose anyone
    can check; when they add up to more, the total is already overspent.
    Either way, nobody knows which figure to plan with. Lines within
    `tolerance-percent` of the total (0.5 % unless set, to allow for
    rounding) add up. A contingency may be held on top of the total or
    inside it: lines that make the total with the contingency added also
    add up. Amounts in different currencies cannot be added at all, so each
    line in another currency than the total is reported instead.

    A project whose totals are simply the sum of the lines can say so with
    `derived-total = true`; `reqkit lint --fix` then corrects the total.

    Bad: `total: 450000 EUR` with lines of 180000, 60000 and 20000 EUR (260,000 EUR).
    Good: lines that add up to 450,000 EUR, or a total corrected to 260000 EUR.
    """

    code = "RK401"
    name = "budget-does-not-add-up"
    friction = "F4"
    needs = ("budget",)
    levels = NEEDED_AT_HANDOFF

    class Options(RuleOptions):
        tolerance_percent: float = Field(default=DEFAULT_TOLERANCE_PERCENT, ge=0)
        """How far, in % of the total, the lines may be off the total and still add up."""

        derived_total: bool = False
        """The total is worked out from the lines: `reqkit lint --fix` writes their sum as the
        total (with `--unsafe-fixes` when the budget also has a contingency)."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        budget = brief.budget
        if budget is None or budget.total is None or not budget.lines:
            return
        total = budget.total
        foreign = [
            i for i, line in enumerate(budget.lines) if line.amount.currency != total.currency
        ]
        for index in foreign:
            line = budget.lines[index]
            yield Finding(
                ("budget", "lines", index, "amount"),
                f'The budget line "{line.item}" is in {line.amount.currency}, the total in '
                f"{total.currency}: amounts in different currencies cannot be added up",
                f"Give every line in {total.currency}, the currency of the total, converted at "
                "the rate finance uses; note the original amount in `note`.",
            )
        if foreign:
            return
        tolerance: float = context.options.tolerance_percent  # type: ignore[attr-defined]
        summed = lines_sum(budget)
        if summed is None or lines_make_total(budget, tolerance):
            return
        yield Finding(("budget", "total"), _mismatch(summed, total), _HINT)


_HINT = (
    "Add the lines that are missing, or correct the amounts or the total, so that the lines "
    "make the total (with the contingency, if the total holds it)."
)


def _mismatch(summed: Money, total: Money) -> str:
    gap = total.like(abs(total.amount - summed.amount))
    what = (
        f"{gap} is not accounted for"
        if summed.amount < total.amount
        else f"they exceed it by {gap}"
    )
    return f"The budget lines add up to {summed}, but the total says {total}: {what}"

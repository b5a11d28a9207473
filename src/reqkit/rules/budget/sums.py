"""Adding up a budget, the same way for every budget rule.

Two conventions for the contingency are common, and both are accepted: held
on top of the total (the lines make the total, the money at risk is total
plus contingency) or inside it (the lines plus the contingency make the
total). Amounts in different currencies are never added up. Every sum
and comparison is exact (:class:`~decimal.Decimal`): ten lines of 0.10 make
a total of 1.00, with no rounding allowance needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from pydantic import Field

from reqkit.model import Budget, Money
from reqkit.rules.base import RuleOptions

#: How far the lines may be off the total, in % of the total, before they "do not add up".
DEFAULT_TOLERANCE_PERCENT = 0.5


def exact(number: float | int | Decimal) -> Decimal:
    """A setting (a float from TOML, say) as the decimal a person wrote: 0.5 -> 0.5, not 0.5000000001."""
    return number if isinstance(number, Decimal) else Decimal(str(number))


def up_to_the_cent(amount: Decimal, currency: str) -> Decimal:
    """A computed minimum, rounded up to the currency's smallest unit: 1833.33315 -> 1833.34."""
    from reqkit.money import minor_unit

    return amount.quantize(Decimal(1).scaleb(-minor_unit(currency)), rounding=ROUND_CEILING)


def percent(value: float | Decimal) -> str:
    """A share as people write it: "12.5 %", "5 %"."""
    return f"{value:.1f}".removesuffix(".0") + " %"


def close(amount: Decimal, reference: Decimal, tolerance_percent: float) -> bool:
    """Whether ``amount`` is within ``tolerance_percent`` of ``reference``, exactly."""
    return abs(amount - reference) * 100 <= abs(reference) * exact(tolerance_percent)


def lines_sum(budget: Budget) -> Money | None:
    """The budget lines added up; ``None`` without lines or when they mix currencies."""
    currencies = {line.amount.currency for line in budget.lines}
    if len(currencies) != 1:
        return None
    first = budget.lines[0].amount
    return first.like(sum((line.amount.amount for line in budget.lines), Decimal(0)))


def _matches(budget: Budget, tolerance_percent: float) -> tuple[bool, bool]:
    """Whether the lines alone make the total, and whether the lines plus the contingency do."""
    total, contingency, lines = budget.total, budget.contingency, lines_sum(budget)
    if total is None or lines is None or lines.currency != total.currency:
        return False, False
    alone = close(lines.amount, total.amount, tolerance_percent)
    if contingency is None or contingency.currency != total.currency:
        return alone, False
    return alone, close(lines.amount + contingency.amount, total.amount, tolerance_percent)


def lines_make_total(budget: Budget, tolerance_percent: float = DEFAULT_TOLERANCE_PERCENT) -> bool:
    """Whether the lines make the total, alone or with a contingency held inside it."""
    return any(_matches(budget, tolerance_percent))


def contingency_in_total(
    budget: Budget, tolerance_percent: float = DEFAULT_TOLERANCE_PERCENT
) -> bool:
    """Whether the total already holds the contingency: only the lines plus it make the total."""
    alone, with_contingency = _matches(budget, tolerance_percent)
    return with_contingency and not alone


@dataclass(frozen=True)
class Cost:
    """What the initiative may cost in all, and how that figure was reached, in words."""

    amount: Money
    explained: str


def cost(budget: Budget) -> Cost | None:
    """The total plus a contingency held on top of it (in the same currency)."""
    total, contingency = budget.total, budget.contingency
    if total is None:
        return None
    if contingency_in_total(budget):
        return Cost(total, f"the {total} total, contingency included")
    if contingency is None or contingency.amount == 0 or contingency.currency != total.currency:
        return Cost(total, f"the {total} total")
    return Cost(
        total.like(total.amount + contingency.amount),
        f"the {total} total plus {contingency} contingency",
    )


def size(budget: Budget) -> Money | None:
    """How much the budget asks for: the total, or failing that the lines added up."""
    return budget.total or lines_sum(budget)


class MinTotalOptions(RuleOptions):
    """Options of the rules that a project may keep away from small budgets."""

    min_total: float = Field(default=0, ge=0)
    """Budgets below this amount, in the budget's own currency, are not checked."""

    def large_enough(self, amount: Money) -> bool:
        """Whether a budget of ``amount`` is checked: any amount above zero unless set."""
        return amount.amount > 0 and amount.amount >= exact(self.min_total)

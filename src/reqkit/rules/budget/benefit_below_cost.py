"""RK404 benefit-below-cost: an initiative that, by its own figures, costs more than it brings."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.budget.sums import cost, exact


class BenefitBelowCost(Rule):
    """Flags an expected benefit that is smaller than what the initiative costs.

    A brief whose own figures say it loses money will be stopped by whoever
    ranks IT's work, or, worse, built and then judged a failure. Often the
    benefit is simply understated (one year instead of three, margin left
    out); sometimes the initiative is worth doing anyway, for a legal duty
    or a strategic reason, and the brief should say so. The cost is the
    total plus a contingency held on top of it; a contingency the total
    already holds is not counted twice. `min-ratio` asks for a benefit of
    at least that many times the cost (1 unless set). A benefit in another
    currency than the budget cannot be compared and is reported as such.

    Bad: `total: 450000 EUR`, `contingency: 45000 EUR`, `expected_benefit` value `200000 EUR`.
    Good: a benefit of 1200000 EUR explained in its description, or a description of the
    legal duty that makes the initiative necessary, with the rule waived.
    """

    code = "RK404"
    name = "benefit-below-cost"
    friction = "F4"
    needs = ("budget",)
    levels = ADVISED_AT_HANDOFF

    class Options(RuleOptions):
        min_ratio: float = Field(default=1.0, ge=0)
        """The least expected benefit, as a multiple of the cost (1.5: 1.5 times the cost)."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        budget = brief.budget
        benefit = budget.expected_benefit if budget else None
        spent = cost(budget) if budget else None
        if benefit is None or benefit.value is None or spent is None or spent.amount.amount == 0:
            return
        value, price = benefit.value, spent.amount
        where = ("budget", "expected_benefit", "value")
        if value.currency != price.currency:
            yield Finding(
                where,
                f"The expected benefit is in {value.currency}, the budget in {price.currency}: "
                "the two cannot be compared",
                f"Give the benefit in {price.currency}, the currency of the budget.",
            )
            return
        ratio: float = context.options.min_ratio  # type: ignore[attr-defined]
        if value.amount >= price.amount * exact(ratio):
            return
        times = "" if ratio == 1 else f"{ratio:g} times "
        yield Finding(
            where,
            f"The expected benefit of {value} is less than {times}the cost of {price} "
            f"({spent.explained})",
            "Check the benefit: count every year it pays back and every effect, and show the "
            "sum in `description`. If the initiative is needed anyway (a legal duty, say), "
            "write that in `description` and waive this rule with the reason.",
        )

"""RK402 no-contingency: a budget with nothing held back for the unexpected."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_FLOOR

from pydantic import Field

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.budget.sums import exact, percent, up_to_the_cent


class NoContingency(Rule):
    """Flags a budget without a contingency, or with one below 5 % of the total.

    Every project meets surprises: a late design, an interface that behaves
    differently than documented, a change marketing asks for after sign-off.
    Without money held back, each surprise becomes a fight over who pays,
    and IT is asked to absorb it in overtime. Practice is 10-20 % of the
    total. The default floor of 5 % (`min-share-percent`) only catches a
    missing or token contingency: projects built mostly on fixed-price
    quotes rightly hold less than 10 %, and the figure is finance's call.
    A contingency in another currency than the total cannot be compared
    and is reported as such. A budget without a total is not checked.

    Bad: `total: 450000 EUR` and no `contingency`.
    Good: `total: 450000 EUR` and `contingency: 45000 EUR` (10 %).
    """

    code = "RK402"
    name = "no-contingency"
    friction = "F4"
    needs = ("budget",)
    levels = ADVISED_AT_HANDOFF

    class Options(RuleOptions):
        min_share_percent: float = Field(default=5.0, ge=0)
        """The smallest contingency accepted, in % of the budget's total."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        budget = brief.budget
        if budget is None or budget.total is None or budget.total.amount == 0:
            return
        total, contingency = budget.total, budget.contingency
        minimum = exact(context.options.min_share_percent)  # type: ignore[attr-defined]
        floor = total.like(up_to_the_cent(total.amount * minimum / 100, total.currency))
        hint = (
            f"Hold back 10-20 % of the total for the unexpected, at least {percent(minimum)} "
            f"({floor}), in `contingency`, and say who may release it."
        )
        if contingency is None or contingency.amount == 0:
            if minimum > 0:
                written = contingency is not None
                yield Finding(
                    ("budget", "contingency") if written else ("budget",),
                    f"The budget of {total} holds no contingency for the unexpected",
                    hint,
                    on_key=not written,
                )
        elif contingency.currency != total.currency:
            yield Finding(
                ("budget", "contingency"),
                f"The contingency is in {contingency.currency}, the total in {total.currency}: "
                "its share of the total cannot be judged",
                f"Give the contingency in {total.currency}, the currency of the total.",
            )
        elif contingency.amount * 100 < total.amount * minimum:
            # Rounded down, so that a share just under the minimum never reads as equal to it.
            share = percent(
                (contingency.amount * 1000 / total.amount).to_integral_value(ROUND_FLOOR) / 10
            )
            yield Finding(
                ("budget", "contingency"),
                f"The contingency of {contingency} is only {share} of the {total} total; "
                f"the minimum is {percent(minimum)} ({floor})",
                hint,
            )

"""RK403 no-expected-benefit: money asked for without saying what it brings back."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.budget.sums import MinTotalOptions, size


class NoExpectedBenefit(Rule):
    """Flags a budget that does not say what the initiative is expected to bring back.

    IT has more requests than people, and it ranks them by what they are
    worth. A budget with no expected benefit cannot be weighed against the
    other work in IT's queue, and nobody can tell later whether the money
    was well spent. The benefit need not be money: a description such as
    "meets the accessibility law by June" is enough. Every budget is
    checked unless `min-total` is set, in the budget's own currency, to
    leave small ones alone; without a total the lines added up count.

    Bad: `total: 450000 EUR` and no `expected_benefit`.
    Good: `expected_benefit` with `value: 1200000 EUR` and how that figure arises.
    """

    code = "RK403"
    name = "no-expected-benefit"
    friction = "F4"
    needs = ("budget",)
    levels = ADVISED_AT_HANDOFF

    Options = MinTotalOptions

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        budget = brief.budget
        if budget is None or budget.expected_benefit is not None:
            return
        asked = size(budget)
        if asked is None or not context.options.large_enough(asked):  # type: ignore[attr-defined]
            return
        yield Finding(
            ("budget",),
            f"The budget of {asked} does not say what the initiative should bring back",
            "Add `expected_benefit` with a `description` of how the benefit arises (e.g. 300 "
            "extra leads at 500 EUR of pipeline each) and, where you can, its `value` in money.",
            on_key=True,
        )

"""Budget rules (RK4xx): whether the money adds up and is worth spending."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.budget.benefit_below_cost import BenefitBelowCost
from reqkit.rules.budget.budget_does_not_add_up import BudgetDoesNotAddUp
from reqkit.rules.budget.budget_without_lines import BudgetWithoutLines
from reqkit.rules.budget.no_contingency import NoContingency
from reqkit.rules.budget.no_expected_benefit import NoExpectedBenefit

RULES: tuple[Rule, ...] = (
    BudgetDoesNotAddUp(),
    NoContingency(),
    NoExpectedBenefit(),
    BenefitBelowCost(),
    BudgetWithoutLines(),
)

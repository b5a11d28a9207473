"""The budget rules' arithmetic: sums, the two contingency conventions, cost and options."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reqkit.model import Budget
from reqkit.rules.budget.sums import (
    close,
    contingency_in_total,
    cost,
    lines_make_total,
    lines_sum,
    percent,
    size,
)
from test_schedule_rules import lint_text, project_config


def budget(
    total: str | None = None, lines: tuple[str, ...] = (), contingency: str | None = None
) -> Budget:
    data: dict = {
        "lines": [{"item": f"Item {n}", "amount": amount} for n, amount in enumerate(lines)]
    }
    if total is not None:
        data["total"] = total
    if contingency is not None:
        data["contingency"] = contingency
    return Budget.model_validate(data)


def test_lines_sum_adds_exactly_and_refuses_mixed_currencies():
    assert str(lines_sum(budget(lines=("0.1 EUR",) * 10))) == "1 EUR"
    assert str(lines_sum(budget(lines=("180000 EUR", "60000 EUR", "20000 EUR")))) == "260,000 EUR"
    assert lines_sum(budget(lines=("100 EUR", "100 USD"))) is None
    assert lines_sum(budget()) is None


@pytest.mark.parametrize(
    ("amount", "reference", "tolerance", "expected"),
    [
        (99_500, 100_000, 0.5, True),
        (99_499, 100_000, 0.5, False),
        (100_500, 100_000, 0.5, True),
        ("0.30", "0.30", 0, True),  # exact: no rounding allowance is needed
        ("0.300001", "0.30", 0, False),
        ("0.01", 0, 0, False),
    ],
)
def test_close_allows_the_tolerance_in_percent_of_the_reference(
    amount, reference, tolerance, expected
):
    assert close(Decimal(amount), Decimal(reference), tolerance) is expected


def test_contingency_inside_or_on_top_of_the_total():
    on_top = budget("100000 EUR", ("60000 EUR", "40000 EUR"), "10000 EUR")
    inside = budget("110000 EUR", ("60000 EUR", "40000 EUR"), "10000 EUR")
    neither = budget("150000 EUR", ("60000 EUR", "40000 EUR"), "10000 EUR")
    assert lines_make_total(on_top) and not contingency_in_total(on_top)
    assert lines_make_total(inside) and contingency_in_total(inside)
    assert not lines_make_total(neither) and not contingency_in_total(neither)


def test_cost_counts_the_contingency_once():
    assert str(cost(budget("100000 EUR", ("100000 EUR",), "10000 EUR")).amount) == "110,000 EUR"
    assert str(cost(budget("110000 EUR", ("100000 EUR",), "10000 EUR")).amount) == "110,000 EUR"
    assert str(cost(budget("100000 EUR", contingency="10000 USD")).amount) == "100,000 EUR"
    assert cost(budget(lines=("5000 EUR",))) is None


def test_size_is_the_total_or_else_the_lines():
    assert str(size(budget("9000 EUR", ("5000 EUR",)))) == "9,000 EUR"
    assert str(size(budget(lines=("5000 EUR", "2500 EUR")))) == "7,500 EUR"
    assert size(budget(lines=("5000 EUR", "2500 USD"))) is None


@pytest.mark.parametrize(
    ("share", "text"), [(5, "5 %"), (12.5, "12.5 %"), (4.96, "5 %"), (0.25, "0.2 %")]
)
def test_percent_as_people_write_it(share, text):
    assert percent(share) == text


BRIEF = """\
initiative:
  id: MKT-1
  title: Oat bar launch hub
  owner: Kim Baxter
  stage: handoff
budget:
  total: 100000 EUR
  lines:
    - item: Agency
      amount: 98000 EUR
  contingency: 10000 EUR
  expected_benefit:
    value: 150000 EUR
    description: 3,750 extra orders at 40 EUR margin.
"""


def test_tolerance_percent_decides_what_adds_up(tmp_path):
    (finding,) = lint_text(BRIEF, "budget-does-not-add-up")
    assert finding.message == (
        "The budget lines add up to 98,000 EUR, but the total says 100,000 EUR: "
        "2,000 EUR is not accounted for"
    )
    config = project_config(tmp_path, "[rules.budget-does-not-add-up]\ntolerance-percent = 2\n")
    assert lint_text(BRIEF, "budget-does-not-add-up", config) == []


def test_min_ratio_asks_for_a_multiple_of_the_cost(tmp_path):
    assert lint_text(BRIEF, "benefit-below-cost") == []
    config = project_config(tmp_path, "[rules.benefit-below-cost]\nmin-ratio = 1.5\n")
    (finding,) = lint_text(BRIEF, "benefit-below-cost", config)
    assert finding.message == (
        "The expected benefit of 150,000 EUR is less than 1.5 times the cost of 110,000 EUR "
        "(the 100,000 EUR total plus 10,000 EUR contingency)"
    )


def test_min_share_and_min_total_options(tmp_path):
    config = project_config(
        tmp_path,
        "[rules.no-contingency]\nmin-share-percent = 12\n"
        "[rules.no-expected-benefit]\nmin-total = 100001\n",
    )
    (finding,) = lint_text(BRIEF, "no-contingency", config)
    assert "only 10 % of the 100,000 EUR total; the minimum is 12 % (12,000 EUR)" in finding.message
    no_benefit = BRIEF.split("  expected_benefit:")[0]
    assert [d.code for d in lint_text(no_benefit, "no-expected-benefit")] == ["RK403"]
    assert lint_text(no_benefit, "no-expected-benefit", config) == []

"""Small summaries a reader looks for first: sign-off state, money, who does what."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.model import Approval, Brief, Budget, Money


@dataclass(frozen=True)
class ApprovalState:
    """Where the sign-off stands: approved, rejected, pending or not asked for."""

    status: str
    label: str


def approval_state(approvals: Sequence[Approval]) -> ApprovalState:
    if not approvals:
        return ApprovalState("none", "No sign-off recorded")
    rejected = [a.name for a in approvals if a.status == "rejected"]
    if rejected:
        return ApprovalState("rejected", "Rejected by " + ", ".join(rejected))
    signed = sum(1 for a in approvals if a.status == "approved")
    if signed == len(approvals):
        return ApprovalState("approved", f"Approved by all {signed}" if signed > 1 else "Approved")
    return ApprovalState("pending", f"Pending: {signed} of {len(approvals)} signed")


@dataclass(frozen=True)
class BudgetFacts:
    """Totals worked out from the budget, where the currencies allow it."""

    budget: Budget
    lines_total: Money | None
    gap: Money | None
    """How far the lines are from the total, when they do not add up."""
    lines_exceed_total: bool
    with_contingency: Money | None


def _sum(amounts: Sequence[Money]) -> Money | None:
    currencies = {money.currency for money in amounts}
    if len(currencies) != 1:
        return None
    return Money(amount=sum(money.amount for money in amounts), currency=currencies.pop())


def budget_facts(budget: Budget) -> BudgetFacts:
    """Sum of the lines, how far it is from the total, and the total with contingency."""
    lines_total = _sum([line.amount for line in budget.lines]) if budget.lines else None
    gap, difference = None, 0.0
    total = budget.total
    if total and lines_total and lines_total.currency == total.currency:
        difference = round(total.amount - lines_total.amount, 2)
        gap = Money(amount=abs(difference), currency=total.currency) if difference else None
    with_contingency = _sum([total, budget.contingency]) if total and budget.contingency else None
    return BudgetFacts(budget, lines_total, gap, difference < 0, with_contingency)


@dataclass(frozen=True)
class RaciMatrix:
    """Deliverables by people, each cell the letters R, A, C, I that apply."""

    people: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]


_ROLES = (("responsible", "R"), ("accountable", "A"), ("consulted", "C"), ("informed", "I"))


def raci_matrix(brief: Brief) -> RaciMatrix:
    """People in the order of the stakeholder list, then anyone else named."""
    named: dict[str, None] = {}
    for entry in brief.raci:
        for field, _ in _ROLES:
            named.update(dict.fromkeys(getattr(entry, field)))
    known = [s.name for s in brief.stakeholders if s.name in named]
    people = tuple(known + [name for name in named if name not in known])
    rows = []
    for entry in brief.raci:
        letters = {person: "" for person in people}
        for field, letter in _ROLES:
            for person in getattr(entry, field):
                if letter not in letters[person]:
                    letters[person] += letter
        rows.append((entry.deliverable, tuple(letters[p] for p in people)))
    return RaciMatrix(people, tuple(rows))

"""Small summaries a reader looks for first: sign-off state, money, who does what."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.model import Approval, Brief, Budget, Money
from reqkit.rules.budget.sums import Cost, contingency_in_total, cost, lines_sum


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
    """The budget's figures, added up by the same code as the budget rules.

    Figures only: whether they add up is for budget-does-not-add-up to say,
    and the document shows its finding.
    """

    budget: Budget
    lines_total: Money | None
    """The lines added up, when there are lines in one currency."""
    cost: Cost | None
    """What the initiative may cost in all: the total, plus a contingency held on top."""

    @property
    def with_contingency(self) -> Money | None:
        """The total plus a contingency held on top of it; ``None`` if there is no such sum."""
        total = self.budget.total
        if self.cost is None or total is None or self.cost.amount == total:
            return None
        return self.cost.amount

    @property
    def contingency_included(self) -> bool:
        """Whether the total already holds the contingency (the lines plus it make the total)."""
        return contingency_in_total(self.budget)


def budget_facts(budget: Budget) -> BudgetFacts:
    """The sum of the lines and the total cost, as the budget rules work them out."""
    return BudgetFacts(budget, lines_sum(budget) if budget.lines else None, cost(budget))


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

"""The lint rules, in one explicit registry.

Rules are grouped in families by what they look at, and each family's codes
share a hundreds digit: RK1xx wording, RK2xx completeness, RK3xx schedule and
process, RK4xx budget, RK5xx scope, RK6xx people and collaboration, RK7xx
change control, RK8xx testing, RK9xx success metrics.
"""

from __future__ import annotations

from reqkit.rules import (
    budget,
    changes,
    completeness,
    metrics,
    people,
    schedule,
    scope,
    testing,
    wording,
)
from reqkit.rules.base import Rule

#: The hundreds digit of a code -> (package under reqkit.rules, title for people).
FAMILIES: dict[str, tuple[str, str]] = {
    "1": ("wording", "wording"),
    "2": ("completeness", "completeness"),
    "3": ("schedule", "schedule and process"),
    "4": ("budget", "budget"),
    "5": ("scope", "scope"),
    "6": ("people", "people and collaboration"),
    "7": ("changes", "change control"),
    "8": ("testing", "testing"),
    "9": ("metrics", "success metrics"),
}

ALL_RULES: tuple[Rule, ...] = (
    *wording.RULES,
    *completeness.RULES,
    *schedule.RULES,
    *budget.RULES,
    *scope.RULES,
    *people.RULES,
    *changes.RULES,
    *testing.RULES,
    *metrics.RULES,
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in ALL_RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in ALL_RULES}


def find_rule(selector: str) -> Rule | None:
    """The rule named by an exact code (any letter case) or name."""
    return BY_CODE.get(selector.upper()) or BY_NAME.get(selector.lower())


def matching_rules(selector: str) -> list[Rule]:
    """Rules named by a code, a name, a code prefix such as ``RK1`` or ``RK10``, or ``ALL``."""
    exact = find_rule(selector)
    if exact is not None:
        return [exact]
    prefix = selector.upper()
    if prefix in ("ALL", "RK"):
        return list(ALL_RULES)
    if prefix.startswith("RK") and prefix[2:].isdigit() and len(prefix) < 5:
        return [rule for rule in ALL_RULES if rule.code.startswith(prefix)]
    return []

"""Scope rules (RK5xx): more requirements than the time, the money or the goals justify,
and goals the requirements do not serve."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.scope.duplicate_requirement import DuplicateRequirement
from reqkit.rules.scope.long_wishlist import LongWishlist
from reqkit.rules.scope.scope_exceeds_time import ScopeExceedsTime
from reqkit.rules.scope.too_many_musts import TooManyMusts
from reqkit.rules.scope.unserved_goal import UnservedGoal
from reqkit.rules.scope.untraced_requirement import UntracedRequirement

RULES: tuple[Rule, ...] = (
    TooManyMusts(),
    DuplicateRequirement(),
    LongWishlist(),
    ScopeExceedsTime(),
    UntracedRequirement(),
    UnservedGoal(),
)

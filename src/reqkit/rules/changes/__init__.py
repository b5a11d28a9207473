"""Change-control rules (RK7xx): requirements that keep changing after sign-off,
and invisible edits that bury real changes in a diff."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.changes.change_churn import ChangeChurn
from reqkit.rules.changes.incomplete_change import IncompleteChange
from reqkit.rules.changes.trailing_whitespace import TrailingWhitespace
from reqkit.rules.changes.unrecorded_change import UnrecordedChange

RULES: tuple[Rule, ...] = (
    UnrecordedChange(),
    IncompleteChange(),
    ChangeChurn(),
    TrailingWhitespace(),
)

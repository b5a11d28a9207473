"""Wording rules (RK1xx): what makes a requirement untestable or ambiguous."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.wording.vague_term import VagueTerm

RULES: tuple[Rule, ...] = (VagueTerm(),)

"""Rules of the scope family."""

from __future__ import annotations

from reqkit.rules.base import Rule

RULES: tuple[Rule, ...] = ()

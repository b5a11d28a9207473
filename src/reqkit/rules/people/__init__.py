"""People and collaboration rules (RK6xx): who is at the table and who answers for what."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.people.no_it_stakeholder import NoItStakeholder

RULES: tuple[Rule, ...] = (NoItStakeholder(),)

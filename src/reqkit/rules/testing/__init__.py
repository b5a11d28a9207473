"""Testing rules (RK8xx): requirements nobody can test and plans without a test step."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.testing.lower_priority_without_criteria import LowerPriorityWithoutCriteria
from reqkit.rules.testing.missing_acceptance_criteria import MissingAcceptanceCriteria
from reqkit.rules.testing.no_test_step import NoTestStep
from reqkit.rules.testing.test_after_launch import TestAfterLaunch

RULES: tuple[Rule, ...] = (
    MissingAcceptanceCriteria(),
    NoTestStep(),
    TestAfterLaunch(),
    LowerPriorityWithoutCriteria(),
)

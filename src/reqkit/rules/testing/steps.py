"""Test steps on the timeline: shared by the testing rules that read the milestones."""

from __future__ import annotations

import re

from reqkit.model import Milestone

#: Milestone kinds that are a test step: system tests by IT, user acceptance by the business.
TEST_KINDS = frozenset({"test", "acceptance"})

# Names that read like a test step, for milestones and phases that are not marked as one.
_TEST_NAME = re.compile(r"\b(?:test(?:s|ing|ed)?|UAT|QA)\b", re.IGNORECASE)


def is_test_step(milestone: Milestone) -> bool:
    """True for a milestone marked as a test or user-acceptance step."""
    return milestone.kind in TEST_KINDS


def sounds_like_test(name: str) -> bool:
    """True if a name reads like testing ("User acceptance test", "QA week")."""
    return bool(_TEST_NAME.search(name))

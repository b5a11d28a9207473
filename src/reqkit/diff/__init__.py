"""Comparing two versions of a brief by meaning, not by text.

A reformatted file is not a change; a requirement re-prioritised from should
to must is, and so is a deadline moved by two weeks. Requirements and goals
are matched by id, milestones and people by name, so that each change can be
said in one sentence a person can repeat in a meeting.
"""

from __future__ import annotations

from reqkit.diff.changes import BriefDiff, Change, word_diff
from reqkit.diff.items import goal_changes, requirement_changes
from reqkit.diff.sections import budget_changes, generic_changes, milestone_changes, people_changes
from reqkit.diff.summary import summarise
from reqkit.model import Brief


def compare(old: Brief, new: Brief, old_name: str = "old", new_name: str = "new") -> BriefDiff:
    """The changes that turn ``old`` into ``new``, in the order of the brief."""
    changes = [
        *requirement_changes(old.requirements, new.requirements),
        *goal_changes(old.goals, new.goals),
        *milestone_changes(old, new),
        *budget_changes(old, new),
        *people_changes(old, new),
        *generic_changes(old, new),
    ]
    return BriefDiff(old_name, new_name, tuple(changes))


__all__ = ["BriefDiff", "Change", "compare", "summarise", "word_diff"]

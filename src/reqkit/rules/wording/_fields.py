"""Prose outside requirements and goals that some wording rules also read.

``prose()`` covers the text IT builds and tests against. A few problems show
as clearly elsewhere: "ASAP" in a milestone or the summary, "etc." in a
budget line, "should scale" in the expected load. These helpers yield that
text in the same shape, so a rule can chain them with ``prose()``.
"""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.facts import milestones
from reqkit.rules.text import TextField

SUMMARY = "summary"
CONSTRAINTS = "constraint"
MILESTONES = "milestone"
NEXT_STEPS = "next step"
BUDGET_LINES = "budget line"
LOAD = "load"


def summary(brief: Brief) -> Iterator[TextField]:
    """The initiative summary, if written."""
    if brief.initiative.summary:
        yield TextField(("initiative", "summary"), brief.initiative.summary, SUMMARY)


def constraints(brief: Brief) -> Iterator[TextField]:
    """Each constraint's statement."""
    for index, constraint in enumerate(brief.constraints):
        yield TextField(("constraints", index, "statement"), constraint.statement, CONSTRAINTS)


def milestone_names(brief: Brief) -> Iterator[TextField]:
    """Each milestone's name."""
    for path, milestone in milestones(brief):
        yield TextField((*path, "name"), milestone.name, MILESTONES)


def next_step_actions(brief: Brief) -> Iterator[TextField]:
    """Each agreed next step's action."""
    for index, step in enumerate(brief.next_steps):
        yield TextField(("next_steps", index, "action"), step.action, NEXT_STEPS)


def budget_items(brief: Brief) -> Iterator[TextField]:
    """What each budget line pays for."""
    if brief.budget is None:
        return
    for index, line in enumerate(brief.budget.lines):
        yield TextField(("budget", "lines", index, "item"), line.item, BUDGET_LINES)


def expected_load(brief: Brief) -> Iterator[TextField]:
    """The expected load described in the technical section."""
    if brief.technical is not None and brief.technical.load:
        yield TextField(("technical", "load"), brief.technical.load, LOAD)

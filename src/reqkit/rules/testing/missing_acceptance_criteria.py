"""RK801 missing-acceptance-criteria: a must-have requirement nobody can test."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.testing.criteria import PriorityOptions, no_criteria, untested


class MissingAcceptanceCriteriaOptions(PriorityOptions):
    """Which requirements must have acceptance criteria."""

    priorities: tuple[str, ...] = ("must",)
    """The priorities whose requirements must have acceptance criteria; the others get
    advice from lower-priority-without-criteria."""


class MissingAcceptanceCriteria(Rule):
    """Flags a must-have requirement without acceptance criteria.

    Acceptance criteria are how both sides agree, before the build, what
    "done" means. Without them IT tests what it thinks was meant, marketing
    accepts what it thinks it asked for, and the difference surfaces after
    launch. For a must, which the launch fails without, that gap blocks
    hand-off. Should and could requirements get gentler advice from
    lower-priority-without-criteria; wont requirements are not built.

    Bad: a must with no acceptance_criteria
    Good: acceptance_criteria: [A test booking appears in the CRM within 15 minutes.]
    """

    code = "RK801"
    name = "missing-acceptance-criteria"
    friction = "F8"
    needs = ()
    levels = NEEDED_AT_HANDOFF
    Options = MissingAcceptanceCriteriaOptions

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for index, requirement in untested(brief, context.options.priorities):  # type: ignore[attr-defined]
            yield no_criteria(index, requirement, "nobody can tell when it is done")

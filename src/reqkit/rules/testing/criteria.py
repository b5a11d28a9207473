"""Which requirements lack acceptance criteria: shared by the two criteria rules.

Must-haves and the rest are separate rules because they deserve different
severities: a must without a test blocks hand-off, a should without one is advice.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import field_validator

from reqkit.model import PRIORITIES, Brief, Requirement
from reqkit.rules.base import Finding, RuleOptions


class PriorityOptions(RuleOptions):
    """Which priorities the rule looks at."""

    priorities: tuple[str, ...] = ()
    """The MoSCoW priorities (must, should, could, wont) whose requirements need criteria."""

    @field_validator("priorities")
    @classmethod
    def _known_priorities(cls, priorities: tuple[str, ...]) -> tuple[str, ...]:
        for priority in priorities:
            if priority not in PRIORITIES:
                raise ValueError(f'"{priority}" is not a priority; use {", ".join(PRIORITIES)}')
        return priorities


def untested(brief: Brief, priorities: tuple[str, ...]) -> Iterator[tuple[int, Requirement]]:
    """Requirements of these priorities without a single non-blank acceptance criterion."""
    wanted = set(priorities)
    for index, requirement in enumerate(brief.requirements):
        if requirement.priority in wanted and not any(
            c.strip() for c in requirement.acceptance_criteria
        ):
            yield index, requirement


_KIND = {"must": "Must-have", "should": "Should-have", "could": "Could-have", "wont": "Won't-have"}


def no_criteria(index: int, requirement: Requirement, consequence: str) -> Finding:
    """The finding for one requirement without acceptance criteria."""
    return Finding(
        ("requirements", index, "acceptance_criteria"),
        f"{_KIND[requirement.priority]} requirement {requirement.id} has no acceptance criteria, "
        f"so {consequence}",
        "Add checks a tester can pass or fail, e.g. `acceptance_criteria: [A test visitor books "
        "a slot and receives the confirmation e-mail within 5 minutes.]`",
        on_key=True,
    )

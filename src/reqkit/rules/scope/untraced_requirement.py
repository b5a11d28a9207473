"""RK505 untraced-requirement: a requirement that serves none of the goals."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.phrases import quote
from reqkit.trace import is_planned, trace

_SUMMARY_FROM = 3
_IDS_SHOWN = 10


class UntracedRequirement(Rule):
    """Flags a requirement that names no goal it serves, in a brief that has goals.

    Tracing each requirement to a goal is how a brief keeps its scope honest:
    a requirement that serves no goal is often a nice-to-have that slipped in,
    and IT cannot tell whether it is worth its cost or what to drop first.
    Requirements marked wont are not checked. When most requirements name no
    goal (three or more, and over half), the rule says so once, listing them,
    instead of once per requirement.

    Bad: REQ-008 "The app shall offer a dark mode." with no `goals`.
    Good: REQ-008 "The app shall offer a dark mode." with `goals: [G2]`.
    """

    code = "RK505"
    name = "untraced-requirement"
    friction = "F5"
    needs = ("requirements",)
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        if not brief.goals:
            return
        requirements = brief.requirements
        planned = sum(1 for r in requirements if is_planned(r))
        untraced = [(i, requirements[i]) for i in trace(brief).untraced_requirements]
        if len(untraced) >= _SUMMARY_FROM and 2 * len(untraced) > planned:
            yield _summary([r.id for _, r in untraced], planned)
            return
        for index, requirement in untraced:
            yield Finding(
                ("requirements", index, "id"),
                f"{requirement.id} names no goal it serves: {quote(requirement.statement, 60)}",
                "Add `goals:` with the ids of the goals it serves, or, if it serves none, "
                "mark it wont or move it to out_of_scope.",
            )


def _summary(ids: list[str], planned: int) -> Finding:
    shown = ", ".join(ids[:_IDS_SHOWN]) + (
        f" and {len(ids) - _IDS_SHOWN:,} more" if len(ids) > _IDS_SHOWN else ""
    )
    return Finding(
        ("requirements",),
        f"{len(ids):,} of {planned:,} requirements name no goal they serve: {shown}",
        "Add `goals: [G1]` to each requirement with the ids of the goals it serves; "
        "mark wont or move to out_of_scope those that serve none.",
        on_key=True,
    )

"""RK612 one-sided-goals: only one party's goals are on the table."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule

_MISSING = {
    "marketing": ("marketing", "IT has none of its own"),
    "it": ("IT", "marketing has none of its own"),
    "other": ("other parties", "neither marketing nor IT has one of its own"),
}


class OneSidedGoals(Rule):
    """Flags a brief whose goals all belong to one party, typically marketing.

    Put every party's goals on the table, including IT's own: no weekend
    releases, no extra headcount, nothing new to host for a four-month
    campaign. Goals of one side only turn the brief into a list of demands,
    and IT's limits surface later as objections instead of as agreed goals.
    Only checked when the brief has goals at all.

    Bad: goals G1 and G2, both `party: marketing`.
    Good: G1 and G2 for marketing, G3 "Release only Monday to Thursday" with `party: it`.
    """

    code = "RK612"
    name = "one-sided-goals"
    friction = "F6"
    needs = ("goals",)
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        parties = {goal.party for goal in brief.goals}
        if len(parties) != 1:
            return
        owner, missing = _MISSING[parties.pop()]
        goals = len(brief.goals)
        subject = {1: "The only goal belongs", 2: "Both goals belong"}.get(
            goals, f"All {goals} goals belong"
        )
        yield Finding(
            ("goals",),
            f"{subject} to {owner}; {missing}",
            "Add the other side's goals too, with `party: it` or `party: marketing`, e.g. IT's "
            '"Release only Monday to Thursday" or "No extra headcount".',
            on_key=True,
        )

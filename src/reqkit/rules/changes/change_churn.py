"""RK703 change-churn: too many changes, or the same requirement changed again and again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ALWAYS_WARNING, Context, Finding, Rule, RuleOptions


class ChangeChurnOptions(RuleOptions):
    max_changes: int = 5
    """How many recorded changes since the sign-off (or in all, without one) are still normal."""

    max_per_requirement: int = 2
    """How often one requirement may change before it counts as unsettled."""


class ChangeChurn(Rule):
    """Flags a brief whose requirements keep changing: many change records, or one requirement changed repeatedly.

    Each late change costs IT re-planning, re-testing and often a slipped
    date; a stream of them means the idea was not ready when it was handed
    off (marketing reacts to users, IT needs stable scope). When the count
    passes the threshold, stop and re-plan together: settle the unstable
    requirements, re-approve the brief, and record a new baseline.

    Bad: seven entries in `changes` within a month of approval, three of them
    about REQ-004.
    Good: two recorded changes since approval, each about a different requirement.
    """

    code = "RK703"
    name = "change-churn"
    friction = "F7"
    needs = ("baseline", "changes")
    levels = ALWAYS_WARNING
    Options = ChangeChurnOptions

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: ChangeChurnOptions = context.options  # type: ignore[assignment]
        since = brief.baseline.date if brief.baseline else None
        recent = [(i, c) for i, c in enumerate(brief.changes) if since is None or c.date >= since]
        if len(recent) > options.max_changes:
            when = f"since the sign-off of {since}" if since else "in all"
            yield Finding(
                ("changes",),
                f"{len(recent)} changes {when}; more than {options.max_changes} means the scope is not settled",
                "Meet with IT, settle the unstable requirements, and re-approve the brief "
                "(reqkit approve records a new baseline).",
                on_key=True,
            )
        counts = Counter(rid for _, change in recent for rid in dict.fromkeys(change.requirements))
        last_index = {rid: i for i, change in recent for rid in change.requirements}
        for rid, count in counts.items():
            if count > options.max_per_requirement:
                yield Finding(
                    ("changes", last_index[rid]),
                    f"{rid} has changed {count} times; the limit is {options.max_per_requirement}",
                    f"Agree on {rid} with IT before changing it again, or split it into "
                    "requirements that can stay stable.",
                )

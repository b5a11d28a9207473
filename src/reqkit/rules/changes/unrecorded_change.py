"""RK701 unrecorded-change: content changed after approval without a change record."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ALWAYS_ERROR, Context, Finding, Rule


class UnrecordedChange(Rule):
    """Flags requirements, goals, budget or dates that changed since sign-off with no entry in `changes`.

    Once IT has signed a brief, every change is a change order: it costs time
    and money, and both sides need to see it. `reqkit approve` records a
    baseline of what was signed; this rule compares the brief with it and
    names each requirement added, removed or edited, and each of goals,
    budget and timeline that moved, unless an entry in `changes` dated on or
    after the sign-off lists it (in `requirements` or `sections`).

    Bad: REQ-004 raised from should to must after approval, changes list empty.
    Good: a `changes` entry dated after approval with `requirements: [REQ-004]`,
    the reason, who asked, who agreed in IT, and the impact on date and budget.
    """

    code = "RK701"
    name = "unrecorded-change"
    friction = "F7"
    needs = ("baseline", "changes", "requirements", "goals", "budget", "timeline")
    levels = ALWAYS_ERROR

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        baseline = brief.baseline
        if baseline is None:
            return
        from reqkit.baseline import drift  # only approved briefs have a baseline

        moved = drift(brief, baseline)
        if not moved:
            return
        recent = [c for c in brief.changes if c.date >= baseline.date]
        recorded = {rid for change in recent for rid in change.requirements}
        sections = {section for change in recent for section in change.sections}
        signed = baseline.date.isoformat()
        positions = {r.id: index for index, r in enumerate(brief.requirements)}
        hint = (
            "Add an entry to `changes` dated after the sign-off, listing it, with the reason, "
            "who asked, who agreed in IT and the impact on date and budget."
        )
        for rid, verb in [
            *((r, "was added") for r in moved.added),
            *((r, "changed") for r in moved.changed),
        ]:
            if rid not in recorded:
                yield Finding(
                    ("requirements", positions[rid], "id"),
                    f"{rid} {verb} after the sign-off of {signed}, but no change record lists it",
                    hint,
                )
        for rid in moved.removed:
            if rid not in recorded:
                yield Finding(
                    ("requirements",),
                    f"{rid} was removed after the sign-off of {signed}, but no change record lists it",
                    hint,
                    on_key=True,
                )
        for section in moved.sections:
            if section not in sections:
                path = ("timeline", "milestones") if section == "timeline" else (section,)
                yield Finding(
                    path,
                    f"The {section} changed after the sign-off of {signed}, but no change record lists it",
                    hint.replace("listing it", f"with `sections: [{section}]`"),
                    on_key=True,
                )

"""RK605 no-owner: nobody answers for what is to be delivered."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.phrases import percent


class NoOwner(Rule):
    """Flags a brief with no RACI chart in which most must requirements have no owner.

    Somebody has to answer for each deliverable: to decide details when IT
    asks, to accept the result, to defend the scope. A brief says who in one
    of two ways: a RACI chart, or an `owner` on each requirement. When it has
    neither (no `raci` section, and more than half of the musts without an
    owner by default), nobody answers for the deliverables and every question
    from IT goes back to the whole marketing team. The musts are what is
    counted, because they are what the launch depends on. A brief with a RACI
    chart is left to the raci-accountable and raci-responsible rules.

    Bad: no `raci` section; 7 of 7 must requirements without `owner`.
    Good: a `raci` section, or `owner: Kim Baxter` on each must requirement.
    """

    code = "RK605"
    name = "no-owner"
    friction = "F6"
    needs = ("raci", "requirements")
    levels = NEEDED_AT_HANDOFF

    class Options(RuleOptions):
        max_unowned_share: float = Field(default=0.5, ge=0, le=1)
        """The largest share of must requirements without an owner that a brief without a
        RACI chart may have, from 0 to 1."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: NoOwner.Options = context.options  # type: ignore[assignment]
        if brief.raci:
            return
        musts = [r for r in brief.requirements if r.priority == "must"]
        unowned = [r for r in musts if r.owner is None]
        if not musts or len(unowned) <= options.max_unowned_share * len(musts):
            return
        share = percent(len(unowned), len(musts), options.max_unowned_share)
        yield Finding(
            ("requirements",),
            f"Nobody answers for the deliverables: there is no RACI chart, and "
            f"{len(unowned):,} of {len(musts):,} must requirements ({share}) have no owner",
            "Add a `raci` section with one accountable person per deliverable, or give each "
            "must requirement an `owner:` who answers for it.",
            on_key=True,
        )

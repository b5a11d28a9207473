"""RK501 too-many-musts: when everything is a must, nothing is."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.scope.priorities import share_of, tally


class TooManyMusts(Rule):
    """Flags a brief in which most requirements are "must".

    MoSCoW priorities tell IT what to drop when time runs short. If nearly
    everything is a must, IT cannot plan any slack, every slip endangers the
    launch, and the priorities say nothing. The usual MoSCoW guidance (DSDM)
    keeps musts to at most about 60 % of the work, so that shoulds and coulds
    leave room to manoeuvre; that is the default limit. Requirements marked
    wont are not built now and are not counted.

    Bad: 9 of 11 requirements are must.
    Good: 5 must, 4 should, 2 could: the launch needs the five, the rest can slip.
    """

    code = "RK501"
    name = "too-many-musts"
    friction = "F5"
    needs = ("requirements",)
    levels = ADVISED_AT_HANDOFF

    class Options(RuleOptions):
        max_share: float = Field(default=0.6, ge=0, le=1)
        """The largest share of musts among the requirements to build, from 0 to 1."""

        min_requirements: int = Field(default=5, ge=1)
        """Judge the share only from this many requirements to build on: with
        three requirements, two musts say little."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: TooManyMusts.Options = context.options  # type: ignore[assignment]
        musts, planned = tally(brief, "must")
        if planned < options.min_requirements or musts <= options.max_share * planned:
            return
        yield Finding(
            ("requirements",),
            f"{share_of(brief, musts, planned, 'must', options.max_share)}: "
            "too little is left that IT could drop if time runs short",
            f"Keep must for what the launch cannot do without, at most "
            f"{options.max_share * 100:g} % of them; mark the rest should or could.",
            on_key=True,
        )

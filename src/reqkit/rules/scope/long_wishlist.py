"""RK503 long-wishlist: a long tail of nice-to-haves."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.scope.priorities import share_of, tally


class LongWishlist(Rule):
    """Flags a brief in which a large share of the requirements are only "could".

    A few could items are healthy: they are what IT drops first when time runs
    short. A long tail of them is a wishlist: each still has to be read,
    estimated, discussed and often half-built, and together they swell the
    scope IT is asked to commit to. MoSCoW guidance puts could items at about
    a fifth of the work; by default this rule speaks up above 30 % and only from
    four of them on. Requirements marked wont are not counted: they are an
    agreement not to build something now, which is the cure, not the problem.

    Bad: 4 of 11 requirements are could: chatbot, badges, dark mode, TikTok.
    Good: 1 of 10 requirements is could; the other ideas are listed under out_of_scope.
    """

    code = "RK503"
    name = "long-wishlist"
    friction = "F5"
    needs = ("requirements",)
    levels = ADVISED_AT_HANDOFF

    class Options(RuleOptions):
        max_share: float = Field(default=0.3, ge=0, le=1)
        """The largest share of could items among the requirements to build, from 0 to 1."""

        min_count: int = Field(default=4, ge=1)
        """Fewer could items than this are never a long list, whatever their share."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: LongWishlist.Options = context.options  # type: ignore[assignment]
        coulds, planned = tally(brief, "could")
        if coulds < options.min_count or coulds <= options.max_share * planned:
            return
        yield Finding(
            ("requirements",),
            f"{share_of(brief, coulds, planned, 'only could', options.max_share)}: "
            "a long wishlist that swells the scope",
            "Keep the few could items that serve a goal; move the others to out_of_scope, "
            "to a later phase, or mark them wont.",
            on_key=True,
        )

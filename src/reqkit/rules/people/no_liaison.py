"""RK602 no-liaison: a side of the hand-off without a named contact person."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief, Side
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import people_on
from reqkit.rules.phrases import and_list

_SIDES: dict[Side, tuple[str, str]] = {
    "marketing": ("marketing", "usually the marketing technologist who speaks both languages"),
    "it": ("IT", "usually the business analyst or lead developer who will scope the work"),
}


class NoLiaison(Rule):
    """Flags the marketing or the IT side when none of its stakeholders is marked as liaison.

    Each side needs one named contact person who carries questions across and
    answers for their side's decisions. Without one, questions go to whoever
    answers first, and the two sides hear different versions of the same
    decision. A side with nobody listed at all is left to the no-it-stakeholder
    rule (for IT); otherwise each side without a liaison gets its own finding.

    Bad: three marketing stakeholders and two from IT, none with `liaison: true`.
    Good: `liaison: true` on the marketing technologist and on the IT business analyst.
    """

    code = "RK602"
    name = "no-liaison"
    friction = "F6"
    needs = ("stakeholders",)
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        if not brief.stakeholders:
            return
        for side, (label, who) in _SIDES.items():
            names = people_on(brief, side)
            if any(p.liaison for p in brief.stakeholders if p.side == side):
                continue
            if not names and side == "it":
                continue  # nobody from IT at all: no-it-stakeholder says so
            listed = (
                f" ({and_list(names)} {'is' if len(names) == 1 else 'are'} listed)" if names else ""
            )
            yield Finding(
                ("stakeholders",),
                f"Nobody on the {label} side is named as liaison{listed}",
                f"Add `liaison: true` to the {label} person the other side should turn to, {who}.",
                on_key=True,
            )

"""RK504 scope-exceeds-time: more work than the days left can hold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pydantic import Field

from reqkit.model import Brief, Requirement
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.facts import delivery_date, handoff_date
from reqkit.rules.scope.priorities import committed

_ADVICE = "cut or phase requirements (could, wont, a later phase) or move the delivery date"
_TEAM = "If more people work on it, set team-size for this rule in the configuration."


class ScopeExceedsTime(Rule):
    """Flags must and should requirements that cannot be built in the working days left.

    A scope far larger than the time allows is the classic emergency project:
    IT either refuses, or cuts corners on testing, or the date slips anyway.
    The time available is the working days (Monday to Friday) from today or
    the planned hand-off, whichever is later, to the delivery date (the launch
    milestone, or else the last one), times the people working on it
    (`team-size`, by default one full-time person, since a brief rarely gets
    more without saying so). When IT has estimated the requirements
    (`estimate_days`, in person-days), their sum is compared with that (if
    some are missing, the sum of the others already counts); could items are
    left out, as they are the part MoSCoW expects to drop. Without
    any estimate, the number of must and should requirements per working week
    is compared with `max-per-week` per person.

    Bad: 62 person-days of estimates, 48 working days left, one person.
    Good: 31 person-days of estimates, 48 working days left, one person.
    """

    code = "RK504"
    name = "scope-exceeds-time"
    friction = "F5"
    needs = ("requirements", "timeline")
    levels = ADVISED_AT_HANDOFF

    class Options(RuleOptions):
        team_size: float = Field(default=1.0, gt=0)
        """People working on it full time, in person-days per working day (two half-time
        developers are 1)."""

        max_per_week: float = Field(default=1.0, gt=0)
        """Requirements one person can finish in a working week, used when IT has not
        estimated any: a requirement is rarely designed, built, tested and released in
        less than a week."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: ScopeExceedsTime.Options = context.options  # type: ignore[assignment]
        delivery = delivery_date(brief)
        work = committed(brief)
        if delivery is None or not work:
            return
        handoff = handoff_date(brief)
        start = handoff if handoff is not None and handoff > context.today else context.today
        days = working_days(start, delivery)
        if days <= 0:
            return  # a delivery date in the past is a schedule problem, not a scope one
        since = f"the hand-off on {start}" if start != context.today else f"today ({start})"
        span = f"from {since} to the delivery on {delivery}"
        if any(r.estimate_days is not None for r in work):
            yield from _against_estimates(
                work, f"{days} working days {span}", days * options.team_size, options.team_size
            )
        else:
            yield from _against_rate(work, days, span, options)


def working_days(start: dt.date, end: dt.date) -> int:
    """Monday-to-Friday days from ``start`` up to, not including, ``end``."""
    if end <= start:
        return 0
    weeks, rest = divmod((end - start).days, 7)
    return weeks * 5 + sum(1 for offset in range(rest) if (start.weekday() + offset) % 7 < 5)


def _against_estimates(
    work: list[Requirement], window: str, capacity: float, team: float
) -> Iterator[Finding]:
    """IT's estimates against capacity; with some missing, their sum is a lower bound."""
    estimated = [r.estimate_days for r in work if r.estimate_days is not None]
    total = sum(estimated)
    if total <= capacity:
        return
    kinds = f"{_kinds(work)} requirements"
    if len(estimated) == len(work):
        said = f"IT estimates {_number(total)} person-days for the {len(work):,} {kinds}"
    else:
        said = (
            f"IT's estimates for {len(estimated):,} of the {len(work):,} {kinds} "
            f"already come to {_number(total)} person-days"
        )
    yield Finding(
        ("requirements",),
        f"{said}, but the {window} give {_number(capacity)} person-days with {_people(team)}",
        f"With IT, {_ADVICE}. {_TEAM}",
        on_key=True,
    )


def _against_rate(
    work: list[Requirement], days: int, span: str, options: ScopeExceedsTime.Options
) -> Iterator[Finding]:
    weeks = days / 5
    rate, limit = len(work) / weeks, options.max_per_week * options.team_size
    if rate <= limit:
        return
    shown = f"{rate:.1f}" if round(rate, 1) > limit else f"{rate:.2f}"
    yield Finding(
        ("requirements",),
        f"{len(work):,} {_kinds(work)} requirements in the {days} working days "
        f"({round(weeks, 1):g} weeks) {span} come to {shown} a week; "
        f"{_people(options.team_size)} can be expected to finish about {limit:g}",
        f"Ask IT to estimate each requirement (estimate_days); meanwhile {_ADVICE}. {_TEAM}",
        on_key=True,
    )


def _kinds(work: list[Requirement]) -> str:
    present = [p for p in ("must", "should") if any(r.priority == p for r in work)]
    return " and ".join(present)


def _people(team: float) -> str:
    return "one person" if team == 1 else f"{_number(team)} people"


def _number(value: float) -> str:
    """23 as "23", 22.5 as "22.5", 30000 as "30,000"."""
    return f"{value:,.1f}".removesuffix(".0")

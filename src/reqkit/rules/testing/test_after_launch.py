"""RK803 test-after-launch: a test or acceptance step dated after go-live."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import milestones
from reqkit.rules.testing.steps import is_test_step


class TestAfterLaunch(Rule):
    """Flags a test or user-acceptance milestone dated after the last launch.

    A test after go-live checks something customers already use: the
    faults it finds are found by users first, and fixing them means changes
    to a live system. When the work launches in stages, a test between two
    launches is fine; only a test after the last launch is reported. A check
    after go-live that is really a review belongs under `kind: review`.

    Bad: UAT on 2027-03-01 with the launch on 2027-02-23
    Good: UAT on 2027-02-17 with the launch on 2027-02-23
    """

    __test__ = False  # not a pytest test class, despite its name

    code = "RK803"
    name = "test-after-launch"
    friction = "F8"
    needs = ("timeline",)
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        launches = [m for _, m in milestones(brief) if m.kind == "launch"]
        if not launches:
            return
        launch = max(launches, key=lambda m: m.date)
        for path, milestone in milestones(brief):
            if is_test_step(milestone) and milestone.date > launch.date:
                yield Finding(
                    (*path, "date"),
                    f'The {milestone.kind} step "{milestone.name}" on {milestone.date} comes '
                    f'after the launch "{launch.name}" on {launch.date}, so the solution goes '
                    "live untested",
                    f"Date it before {launch.date}, or move the launch after it; if it is a check "
                    "of the live system, mark it `kind: review`.",
                )

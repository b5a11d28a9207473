"""RK802 no-test-step: a timeline without a test or user-acceptance step."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief, Timeline
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.completeness.substance import is_blank
from reqkit.rules.facts import milestones
from reqkit.rules.testing.steps import is_test_step, sounds_like_test

_TEST_MILESTONE = "`- {name: User acceptance test signed off, date: 2027-02-17, kind: acceptance}`"


class NoTestStep(Rule):
    """Flags a timeline with no test and no user-acceptance milestone.

    A plan that goes straight from build to launch leaves no time to find
    out whether the solution works, so testing is squeezed into the last
    days or skipped, and users find the faults. Put a test step by IT and a
    user acceptance test by marketing on the timeline, both before launch.
    A brief without any timeline is reported by missing-section instead.
    A phase named as testing ("Phase 3: testing and UAT") also counts.

    Bad: milestones: build on 2027-01-11, launch on 2027-02-23, nothing in between
    Good: - {name: User acceptance test signed off, date: 2027-02-17, kind: acceptance}
    """

    code = "RK802"
    name = "no-test-step"
    friction = "F8"
    needs = ("timeline",)
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        timeline = brief.timeline
        if timeline is None or is_blank(timeline) or _has_test_step(brief, timeline):
            return
        for path, milestone in milestones(brief):
            if sounds_like_test(milestone.name):
                yield Finding(
                    (*path, "kind"),
                    f'Milestone "{milestone.name}" reads like a test step but is not marked '
                    "as one, so the timeline shows no testing",
                    "Mark it `kind: test` for tests by IT or `kind: acceptance` for the user "
                    "acceptance test by marketing.",
                )
                return
        yield Finding(
            ("timeline", "milestones") if timeline.milestones else ("timeline",),
            "The timeline has no test or user-acceptance step, so nothing shows when the "
            "solution is checked before launch",
            f"Add a test milestone before the launch, e.g. {_TEST_MILESTONE}, and one with "
            "`kind: test` for IT's own tests.",
            on_key=True,
        )


def _has_test_step(brief: Brief, timeline: Timeline) -> bool:
    return any(is_test_step(m) for _, m in milestones(brief)) or any(
        sounds_like_test(phase.name) for phase in timeline.phases
    )

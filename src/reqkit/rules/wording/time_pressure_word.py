"""RK114 time-pressure-word: "ASAP", "urgent", "immediately" instead of a date."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from typing import ClassVar

from reqkit.model import Brief
from reqkit.rules.base import WORDING
from reqkit.rules.text import CRITERIA, GOALS, STATEMENTS, Match, TextField, prose
from reqkit.rules.wording._fields import constraints, milestone_names, next_step_actions, summary
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists, normal

#: Words that demand speed instead of giving a date or a duration.
TIME_PRESSURE_WORDS = (
    "ASAP",
    "a.s.a.p.",
    "as soon as possible",
    "as quickly as possible",
    "as fast as possible",
    "at the earliest opportunity",
    "urgently",
    "right now",
    "needed yesterday",
    "by yesterday",
    "top priority",
)

#: Words that are time pressure in plans (summary, goals, constraints, milestones,
#: next steps) but describe response time in a requirement ("shows the total
#: immediately"), where performance-without-number reports them; "urgent" is
#: often a category there ("urgent tickets").
PLANNING_ONLY_WORDS = (
    "immediately",
    "right away",
    "straight away",
    "at once",
    "without delay",
    "urgent",
)

_REQUIREMENT_TEXT = frozenset({STATEMENTS, CRITERIA})


@document_lists
class TimePressureWord(TermRule):
    """Flags "ASAP", "urgent" and other words that demand speed instead of giving a date.

    "Add a store locator ASAP" is the signature of an emergency project: no
    date, so IT cannot plan it, and no reason, so nobody can weigh it against
    the other work. IT hears "drop everything" and marketing hears "it will
    be there next week". A date (and why it is a hard date) or a duration
    lets both sides plan, and lets the schedule rules check the lead time.

    This rule is filed under friction source F2 (emergency project), not F9:
    the wording is unclear, but what it reveals is a rush without a plan,
    which is what the team needs to talk about.

    Checked in requirement statements and acceptance criteria, and in the
    initiative summary, goals, constraints, milestone names and next steps.
    Words in `planning-only-words` ("immediately", "urgent") count only in
    the plan, not in requirements, where "immediately" describes how fast
    the system responds.

    Bad: "Add a store locator ASAP."
    Good: "The store locator shall be live on 2027-03-01, when the spring campaign starts."
    """

    code = "RK114"
    name = "time-pressure-word"
    friction = "F2"
    needs = ()
    levels = WORDING
    kinds = (STATEMENTS, CRITERIA, GOALS)
    message = 'Time pressure "{term}" instead of a date'
    hint = (
        "Give a date or a duration and say why, "
        'e.g. "by 2027-03-01, when the spring campaign starts".'
    )
    hints: ClassVar[Mapping[str, str]] = {
        "top priority": "Use the requirement's `priority` and give the date it is needed by.",
    }

    class Options(TermOptions):
        words: tuple[str, ...] = (*TIME_PRESSURE_WORDS, *PLANNING_ONLY_WORDS)
        """The built-in list; setting it replaces the list entirely."""

        planning_only_words: tuple[str, ...] = PLANNING_ONLY_WORDS
        """Words flagged only in the plan, not in requirement statements or acceptance criteria."""

    def fields(self, brief: Brief) -> Iterable[TextField]:
        return itertools.chain(
            summary(brief),
            prose(brief, self.kinds),
            constraints(brief),
            milestone_names(brief),
            next_step_actions(brief),
        )

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        if field.kind not in _REQUIREMENT_TEXT:
            return True
        planning_only = {normal(word) for word in options.planning_only_words}  # type: ignore[attr-defined]
        return normal(match.text) not in planning_only

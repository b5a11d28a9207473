"""RK613 overdue-question: an open question past the date it was due."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import open_questions
from reqkit.rules.phrases import quote


class OverdueQuestion(Rule):
    """Flags an open question whose due date has passed without an answer.

    A due date is a promise to the other side; when it passes silently, the
    question stops being tracked and turns up again as a surprise late in the
    project. Either answer it or agree a new date, and say so in the brief.
    Blocking questions are left to the blocking-question rule, which mentions
    a missed date itself.

    Bad: question: Who hosts it?  due: 2026-11-20  (no answer, today is later)
    Good: question: Who hosts it?  due: 2026-11-20  answer: The web platform team.
    """

    code = "RK613"
    name = "overdue-question"
    friction = "F6"
    needs = ()
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for path, question in open_questions(brief):
            if question.blocking or question.due is None or question.due >= context.today:
                continue
            yield Finding(
                (*path, "due"),
                f"The open question {quote(question.question)} was due on {question.due} "
                "and is still unanswered",
                "Write the answer under `answer:`, or agree a new date with its owner "
                "and change `due:`.",
            )

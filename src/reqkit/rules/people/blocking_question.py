"""RK607 blocking-question: IT cannot start while this question is open."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import open_questions
from reqkit.rules.phrases import quote


class BlockingQuestion(Rule):
    """Flags an open question marked as blocking: IT cannot start until it is answered.

    Unanswered questions that block the work block the hand-off too: a brief
    handed over with one is a brief IT cannot scope. In a draft this is a
    note of what must be settled first; from hand-off on it is an error. If
    the question is also past its due date, the same finding says so (the
    overdue-question rule then stays silent about it).

    Bad: question: Which CRM do we use?  blocking: true  (no answer)
    Good: question: Which CRM do we use?  blocking: true  answer: Salesforce Sales Cloud
    """

    code = "RK607"
    name = "blocking-question"
    friction = "F6"
    needs = ()
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for path, question in open_questions(brief):
            if not question.blocking:
                continue
            late = question.due is not None and question.due < context.today
            yield Finding(
                (*path, "blocking"),
                f"The open question {quote(question.question)} blocks IT's work"
                + (f" and was due on {question.due}" if late else ""),
                "Answer it before the hand-off and write the answer under `answer:`; "
                "if IT can start without it, set `blocking: false`.",
            )

"""RK606 question-without-owner: an open question nobody is chasing."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import open_questions
from reqkit.rules.people.follow_up import follow_up_gaps
from reqkit.rules.phrases import quote


class QuestionWithoutOwner(Rule):
    """Flags an open question without an owner or without a due date.

    Writing a question down is half the job; a question nobody owns is still
    open at the launch, and one without a date is answered "later". Each open
    question needs the person who gets the answer and the date it is needed
    by. Answered questions (with an `answer`) are not checked.

    Bad: question: Which CRM do we use?  (no owner, no due)
    Good: question: Which CRM do we use?  owner: Sam Okafor  due: 2027-01-15
    """

    code = "RK606"
    name = "question-without-owner"
    friction = "F6"
    needs = ()
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        questions = (
            ((*path, "question"), f"The open question {quote(q.question)}", q.owner, q.due)
            for path, q in open_questions(brief)
        )
        yield from follow_up_gaps(
            questions, who="who gets the answer", when="by when it must be answered"
        )

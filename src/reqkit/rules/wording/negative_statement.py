"""RK108 negative-statement: requirements that say what the solution shall not do."""

from __future__ import annotations

import re

from reqkit.model import Brief
from reqkit.rules.base import WORDING
from reqkit.rules.text import STATEMENTS, Match, TextField
from reqkit.rules.wording._clauses import benefit_start, main_clause_start
from reqkit.rules.wording._grammar import (
    SUBORDINATORS,
    sentence_of,
    words_after,
    words_between,
)
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists, normal

#: Negated modal verbs and "never" (ISO/IEC/IEEE 29148: avoid negative statements).
NEGATIONS = (
    "shall not",
    "shan't",
    "must not",
    "mustn't",
    "will not",
    "won't",
    "should not",
    "shouldn't",
    "may not",
    "might not",
    "cannot",
    "can not",
    "can't",
    "could not",
    "couldn't",
    "would not",
    "wouldn't",
    "never",
    "is not allowed to",
    "are not allowed to",
    "is not permitted to",
    "are not permitted to",
    # Negations without a modal verb: "The form does not store card numbers."
    "does not",
    "doesn't",
    "do not",
    "don't",
    "is not",
    "isn't",
    "are not",
    "aren't",
    "has no",
    "have no",
)

#: Negations without a modal verb: they make a negative requirement only in
#: the main clause ("The form does not store card numbers"), not in a clause
#: that describes something ("the orders that are not shipped yet").
PLAIN_NEGATIONS = frozenset({
    "does not", "doesn't", "do not", "don't", "is not", "isn't", "are not", "aren't", "has no",
    "have no",
})  # fmt: skip

#: Words that turn a negation into a limit with a number: "shall not exceed 2 seconds".
LIMIT_WORDS = (
    "exceed",
    "exceeds",
    "more",
    "less",
    "fewer",
    "longer",
    "shorter",
    "later",
    "earlier",
    "over",
    "under",
    "above",
    "below",
    "beyond",
)

_DIGIT = re.compile(r"\d")


@document_lists
class NegativeStatement(TermRule):
    """Flags requirement statements that say what the solution shall not do ("shall not", "never").

    A requirement is verified by watching something happen. "The form shall
    not lose entries" cannot be shown by any finite test, and it leaves open
    what the form shall do instead. Saying the positive behaviour ("shall
    keep every entry when the visitor goes back a page") tells IT what to
    build and the tester what to check.

    A negation without a modal verb is as negative ("The form does not
    store card numbers", "Never show prices without VAT"). A negation in a
    condition ("If the visitor does not confirm within 24 hours, the
    booking system shall release the slot"), in the benefit of a user story
    ("so that I don't miss the show"), or, without a modal, in a clause that
    describes something ("the orders that are not shipped yet") is not the
    requirement itself and is not flagged.

    Only requirement statements are checked: in an acceptance criterion, "no
    error message is shown" is a perfectly good check. A limit with a number
    ("shall not exceed 2 seconds", "must not take longer than 5 minutes") is
    verifiable and is not flagged.

    Bad: "The booking form shall not accept bookings for past dates."
    Good: "The booking form shall accept bookings only for dates from today to the last show day."
    """

    code = "RK108"
    name = "negative-statement"
    friction = "F9"
    needs = ()
    levels = WORDING

    class Options(TermOptions):
        words: tuple[str, ...] = NEGATIONS
        """The built-in list; setting it replaces the list entirely."""

        limit_words: tuple[str, ...] = LIMIT_WORDS
        """Words that, with a number after them, make a negation a verifiable limit."""

    kinds = (STATEMENTS,)
    message = 'Negative requirement "{term}": it says what must not happen, not what shall'
    hint = (
        'State the behaviour you want, which a tester can watch, e.g. "shall accept bookings only '
        'for future dates" rather than "shall not accept past dates".'
    )

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        text = field.text
        if is_limit(text, match.end, options.limit_words):  # type: ignore[attr-defined]
            return False
        return in_main_clause(text, match, plain=normal(match.text) in PLAIN_NEGATIONS)


def in_main_clause(text: str, match: Match, *, plain: bool) -> bool:
    """Whether ``match`` says what the solution does, not what a condition or benefit is.

    "If the visitor does not confirm, ..." and the "so that I don't ..." of
    a user story set a condition or give a reason. A plain negation (no
    modal verb) inside a describing clause ("the orders that are not
    shipped") is not the requirement's verb either.
    """
    benefit = benefit_start(text)
    if benefit is not None and match.start >= benefit:
        return False
    start, end = sentence_of(text, match.start)
    sentence = words_between(text, start, end)
    main = main_clause_start(text, sentence)
    before = [word for word in sentence if word.start < match.start]
    if len(before) < main:
        return False
    return not plain or all(word.lower not in SUBORDINATORS for word in before[main:])


def is_limit(text: str, position: int, limit_words: tuple[str, ...] = LIMIT_WORDS) -> bool:
    """Whether the negation ending at ``position`` sets a limit: "not exceed 2 seconds"."""
    _, end = sentence_of(text, position)
    following = {word.lower for word in words_after(text, position, 4) if word.start < end}
    if not following & {word.lower() for word in limit_words}:
        return False
    return bool(_DIGIT.search(text, position, end))

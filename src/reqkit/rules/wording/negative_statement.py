"""RK108 negative-statement: requirements that say what the solution shall not do."""

from __future__ import annotations

import re

from reqkit.model import Brief
from reqkit.rules.base import WORDING
from reqkit.rules.text import STATEMENTS, Match, TextField
from reqkit.rules.wording._clauses import benefit_start, main_clause_start
from reqkit.rules.wording._grammar import (
    MODALS,
    SUBORDINATORS,
    sentence_of,
    words_after,
    words_between,
)
from reqkit.rules.wording._terms import (
    TermOptions,
    TermRule,
    as_written,
    document_lists,
    normal,
)

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
    # A subject that is a negation: "No personal data leaves the EU."
    "no",
    "none of",
    "nothing",
    "nobody",
    "no one",
)

#: Negations that open a sentence's subject; only there do they make a
#: negative requirement ("no more than 3 clicks" later in a sentence is a limit).
SUBJECT_NEGATIONS = frozenset({"no", "none of", "nothing", "nobody", "no one"})

#: Negations without a modal verb: they make a negative requirement only in
#: the main clause ("The form does not store card numbers"), not in a clause
#: that describes something ("the orders that are not shipped yet").
PLAIN_NEGATIONS = frozenset({
    "does not", "doesn't", "do not", "don't", "is not", "isn't", "are not", "aren't", "has no",
    "have no",
})  # fmt: skip

#: Words that make a negation a limit with a number, "shall not exceed 2 seconds",
#: which is still reported but with the advice to say the limit positively.
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

    A subject that is a negation ("No personal data leaves the EU") is
    flagged too, and so is "no" in a phrase before the modal verb ("Under
    no circumstances must the app ...", "In no case shall ..."); "no more than 3 clicks" later in a sentence is a limit and
    is not. A limit with a number said as a negation ("shall not exceed 2
    seconds", "must never send more than 1 reminder per day") is flagged
    with the advice to say it positively ("at most", "or less"), which
    reads the same to everyone and needs no double negation in a test.

    Only requirement statements are checked: in an acceptance criterion, "no
    error message is shown" is a perfectly good check.

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
        """Words that, with a number after them, make a negation a limit to say positively."""

    kinds = (STATEMENTS,)
    message = 'Negative requirement "{term}": it says what must not happen, not what shall'
    hint = (
        'State the behaviour you want, which a tester can watch, e.g. "shall accept bookings only '
        'for future dates" rather than "shall not accept past dates".'
    )

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        said = normal(match.text)
        following = words_after(field.text, match.end, 1)
        if following and following[0].lower == "only" and said in PLAIN_NEGATIONS:
            return False  # "is not only shown in the app but also ..."
        if said in SUBJECT_NEGATIONS:
            if opens_main_clause(field.text, match):
                return True
            return negates_modal(field.text, match) and in_main_clause(
                field.text, match, plain=False
            )
        return in_main_clause(field.text, match, plain=said in PLAIN_NEGATIONS)

    def describe(self, field: TextField, match: Match, options: TermOptions) -> tuple[str, str]:
        if is_limit(field.text, match.end, options.limit_words):  # type: ignore[attr-defined]
            term = as_written(match)
            return (
                f'Negative limit "{term}": say the limit positively',
                'Write the limit as what is allowed, e.g. "shall return at most 100 records per '
                'page" or "shall load in 2 seconds or less" rather than "shall not exceed".',
            )
        return super().describe(field, match, options)


def opens_main_clause(text: str, match: Match) -> bool:
    """Whether ``match`` is the first word of its sentence's main clause: "No data leaves ..."."""
    start, end = sentence_of(text, match.start)
    sentence = words_between(text, start, end)
    main = main_clause_start(text, sentence)
    return main < len(sentence) and sentence[main].start == match.start


def negates_modal(text: str, match: Match) -> bool:
    """Whether "no" opens a noun phrase that a modal verb follows: the statement is negated.

    "Under no circumstances must ...", "In no case shall ...", "At no time
    may ..." put the negation before the verb; "no member shall ..." is the
    subject after an opening phrase. "shall accept no more than 3" and
    "shall show no error for ..." have no modal right after the phrase.
    """
    following = words_after(text, match.end, 4)
    _, end = sentence_of(text, match.start)
    for index, word in enumerate(following):
        if word.start >= end or word.lower in _NOT_A_NOUN_PHRASE:
            return False
        if word.lower in MODALS:
            return index > 0
    return False


_NOT_A_NOUN_PHRASE = SUBORDINATORS | frozenset(
    {"more", "less", "fewer", "later", "earlier", "longer", "than", "and", "or", "for", "with"}
)


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

"""RK108 negative-statement: requirements that say what the solution shall not do."""

from __future__ import annotations

import re

from reqkit.model import Brief
from reqkit.rules.base import WORDING
from reqkit.rules.text import STATEMENTS, Match, TextField
from reqkit.rules.wording._grammar import sentence_of, words_after
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists

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
)

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
        return not is_limit(field.text, match.end, options.limit_words)  # type: ignore[attr-defined]


def is_limit(text: str, position: int, limit_words: tuple[str, ...] = LIMIT_WORDS) -> bool:
    """Whether the negation ending at ``position`` sets a limit: "not exceed 2 seconds"."""
    _, end = sentence_of(text, position)
    following = {word.lower for word in words_after(text, position, 4) if word.start < end}
    if not following & {word.lower() for word in limit_words}:
        return False
    return bool(_DIGIT.search(text, position, end))

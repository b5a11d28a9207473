"""RK101 vague-term: subjective and ambiguous words that IT cannot test."""

from __future__ import annotations

from reqkit.model import Brief
from reqkit.rules.base import WORDING
from reqkit.rules.text import CRITERIA, GOALS, METRICS, STATEMENTS, Match, TextField
from reqkit.rules.wording._grammar import (
    sentence_of,
    starts_sentence,
    words_after,
    words_before,
    words_between,
)
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists, normal
from reqkit.rules.wording._vague_lists import EXCEPTIONS, VAGUE_WORDS

#: Sizes that are names of values when they come together: "small, medium and large".
SIZE_WORDS = frozenset({
    "small", "medium", "large", "huge", "big", "tiny", "mini", "regular", "xl", "xxl", "xs",
    "extra-large", "extra-small",
})  # fmt: skip
# Words of degree that are bounded when a number follows: "minimal 8 characters".
_BOUNDED_BY_NUMBER = frozenset({"minimal", "minimally"})
# "clear" is also a verb: "shall clear the basket", "to clear all filters".
_BEFORE_A_VERB = frozenset({
    "shall", "must", "will", "should", "may", "can", "could", "to", "and", "or", "not",
})  # fmt: skip

_SAY_WHAT_A_USER_DOES = (
    "Say what a user can do and how fast, "
    "e.g. 'a first-time visitor completes sign-up in under 90 seconds without help'."
)
_GIVE_THE_TIME = "Give the time limit with its unit, e.g. 'within 2 working days'."
_GIVE_THE_NUMBER = "Give the number."
_GIVE_THE_FREQUENCY = "Give the interval, e.g. 'every Monday at 06:00' or 'at least once a month'."


@document_lists
class VagueTerm(TermRule):
    """Flags subjective or ambiguous words such as "user-friendly", "seamless" or "significant".

    IT builds and tests against what a requirement says. "The page shall be
    user-friendly" cannot be tested, so IT either guesses (and marketing is
    disappointed) or sends the brief back (and the deadline slips). Say what
    an observer could check instead: a number with a unit, or a behaviour
    anyone can watch happen.

    The list joins ISO/IEC/IEEE 29148 (subjective language, ambiguous
    adjectives and adverbs), the INCOSE Guide to Writing Requirements (rule
    R7, vague terms), Berry, Kamsties and Krieger's ambiguity handbook (vague
    quantities, frequencies and degrees) and plain-language style guides,
    with idioms of time, quality and quantity ("in a timely manner", "as
    soon as practicable", "in an adequate manner", "a lot of").

    Not flagged: sizes that name values ("small, medium and large"), a word
    of degree bounded by a number ("minimal 8 characters"), and names: in
    quotes, or in title case ("the Simple Booking widget", "the Flexible
    Rate").

    Bad: "The sign-up form shall be easy to use."
    Bad: "Customer service shall answer complaints in a timely manner."
    Good: "A first-time visitor shall complete the sign-up form in under 90 seconds."
    """

    code = "RK101"
    name = "vague-term"
    friction = "F9"
    needs = ()
    levels = WORDING
    kinds = (STATEMENTS, CRITERIA, GOALS, METRICS)

    class Options(TermOptions):
        words: tuple[str, ...] = VAGUE_WORDS
        """The built-in list; setting it replaces the list entirely."""

        exceptions: tuple[str, ...] = EXCEPTIONS
        """Longer phrases that contain a listed word but are fine or belong to another rule."""

    message = 'Vague term "{term}": IT cannot test it'
    hint = (
        "Replace it with something observable or measurable: "
        "a number with a unit, or a behaviour a tester can check."
    )
    hints = {
        "user friendly": _SAY_WHAT_A_USER_DOES,
        "easy to use": _SAY_WHAT_A_USER_DOES,
        "intuitive": "Describe the test: e.g. '8 of 10 test users find the booking form without help'.",
        "significant": "Give the number: by how much, compared with what?",
        "significantly": "Give the number: by how much, compared with what?",
        "minimal": "Give the upper limit with its unit.",
        "several": _GIVE_THE_NUMBER,
        "many": _GIVE_THE_NUMBER,
        "few": _GIVE_THE_NUMBER,
        "a few": _GIVE_THE_NUMBER,
        "some": _GIVE_THE_NUMBER,
        "a lot of": _GIVE_THE_NUMBER,
        "a number of": _GIVE_THE_NUMBER,
        "large": "Give the size with its unit.",
        "huge": "Give the size with its unit.",
        "seamless": (
            "Say what must work without interruption, and how a tester sees it, "
            "e.g. 'the basket is kept when the visitor logs in'."
        ),
        "robust": (
            "Name the failure it must survive and what happens then, "
            "e.g. 'keeps accepting orders when the CRM is unreachable'."
        ),
        "in a timely manner": _GIVE_THE_TIME,
        "in a timely fashion": _GIVE_THE_TIME,
        "timely": _GIVE_THE_TIME,
        "promptly": _GIVE_THE_TIME,
        "as soon as practicable": _GIVE_THE_TIME,
        "in due course": _GIVE_THE_TIME,
        "shortly": _GIVE_THE_TIME,
        "regularly": _GIVE_THE_FREQUENCY,
        "periodically": _GIVE_THE_FREQUENCY,
        "at regular intervals": _GIVE_THE_FREQUENCY,
        "often": _GIVE_THE_FREQUENCY,
        "frequently": _GIVE_THE_FREQUENCY,
        "clear": "Say what the reader must learn from it, e.g. 'names the item and its delivery date'.",
    }

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        text = field.text
        said = normal(match.text)
        if _names_something(text, match):
            return False
        if said in SIZE_WORDS and _among_sizes(text, match):
            return False
        if said == "clear" and _used_as_verb(text, match):
            return False
        return not (said in _BOUNDED_BY_NUMBER and _number_follows(text, match))


def _names_something(text: str, match: Match) -> bool:
    """Whether the match is part of a name in title case: "the Simple Booking widget".

    A name is a run of capitalised words ("Flexible Rate", "Easy Connect
    adapter"); a lone capital ("is Intuitive") is only emphasis. The first
    word of a sentence does not make a run: "The Flexible Rate" does, "The
    simple form" does not.
    """
    if not match.text[:1].isupper() or (match.text.isupper() and len(match.text) > 1):
        return False
    following = words_after(text, match.end, 1)
    if following and _title_case(following[0].text):
        return True
    before = words_before(text, match.start, 1)
    return (
        bool(before) and _title_case(before[0].text) and not starts_sentence(text, before[0].start)
    )


def _title_case(word: str) -> bool:
    """A capital and then small letters: "Booking", not "CRM" (an acronym makes no name run)."""
    return word[:1].isupper() and not word.isupper()


def _used_as_verb(text: str, match: Match) -> bool:
    """Whether "clear" is the verb: after a modal, "to" or "and" ("shall clear the basket")."""
    before = words_before(text, match.start, 1)
    return bool(before) and before[0].lower in _BEFORE_A_VERB


def _among_sizes(text: str, match: Match) -> bool:
    """Whether another size stands near the match: "small, medium and large"."""
    start, end = sentence_of(text, match.start)
    near = words_between(text, max(start, match.start - 40), min(end, match.end + 40))
    return any(w.lower in SIZE_WORDS and w.start != match.start for w in near)


def _number_follows(text: str, match: Match) -> bool:
    """Whether a number comes within the next 3 words: "minimal 8 characters"."""
    return any(word.text[:1].isdigit() for word in words_after(text, match.end, 3))

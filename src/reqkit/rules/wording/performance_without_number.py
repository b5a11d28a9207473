"""RK111 performance-without-number: "fast", "scalable", "real-time" with no number to test."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from typing import ClassVar

from reqkit.model import Brief
from reqkit.rules.base import WORDING
from reqkit.rules.text import CRITERIA, GOALS, STATEMENTS, Match, TextField, prose
from reqkit.rules.wording._fields import expected_load
from reqkit.rules.wording._grammar import (
    DETERMINERS,
    MODALS,
    sentence_of,
    words_after,
    words_before,
)
from reqkit.rules.wording._names import part_of_name
from reqkit.rules.wording._numbers import quantity_between
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists

#: Performance wishes (DOMAIN: "performance wishes without numbers"). Comparatives
#: such as "faster" belong to unreferenced-comparative. "Responsive" is left
#: out: "responsive design" is a layout that adapts to the screen, not speed.
#: "Immediately" and its kin are performance words in requirements; in plans
#: and next steps they are time-pressure words.
PERFORMANCE_WORDS = (
    "fast",
    "quick",
    "quickly",
    "rapid",
    "rapidly",
    "speedy",
    "slow",
    "slowly",
    "snappy",
    "lightning",
    "lightning-fast",
    "blazing fast",
    "instant",
    "instantly",
    "immediately",
    "right away",
    "straight away",
    "without delay",
    "real-time",
    "realtime",
    "real time",
    "near real-time",
    "scalable",
    "scale",
    "scales",
    "scaling",
    "scalability",
    "high availability",
    "highly available",
    "always available",
    "always on",
    "low latency",
    "low-latency",
    "performant",
    "high-performance",
    "high performance",
    "high traffic",
    "heavy traffic",
    "heavy load",
    "high load",
    "lag-free",
    "without lag",
)

#: Phrases with a performance word that are no wish: terms of the trade and the
#: deadline phrases that time-pressure-word reports.
NOT_PERFORMANCE = (
    "quick win",
    "quick wins",
    "quick link",
    "quick links",
    "quick start",
    "quick reply",
    "quick view",
    "fast track",
    "as quickly as possible",
    "as fast as possible",
    "on a scale",
    "scale of",
)


_LOAD = 'Give the load it must carry, e.g. "2,000 concurrent visitors, 12,000 page views per hour".'
_AVAILABILITY = 'Give the availability and how it is measured, e.g. "99.5 % per calendar month".'


@document_lists
class PerformanceWithoutNumber(TermRule):
    """Flags performance wishes such as "fast", "scalable" or "real-time" without a number.

    "The site must be fast" is the classic unclear expectation: marketing
    pictures an instant page on a phone at the trade fair, IT pictures the
    current site, and nobody finds out until launch. Speed, capacity and
    availability are cheap to state and expensive to guess: give the number
    and its unit, and under what load.

    A sentence that already gives a quantity ("loads in under 2 seconds",
    "scales to 2,000 concurrent visitors", "99.5 % availability") is fine;
    a number without its unit is reported by number-without-unit instead.
    "Responsive" is not listed, since "responsive design" is a layout term,
    and nor are comparatives such as "faster" (see unreferenced-comparative).

    Checked in requirement statements, acceptance criteria, goal statements
    and the expected load in the technical section.

    Bad: "Pages shall load quickly and scale for the campaign."
    Good: "Pages shall load in under 2 seconds for 95 % of views at 2,000 concurrent visitors."
    """

    code = "RK111"
    name = "performance-without-number"
    friction = "F9"
    needs = ()
    levels = WORDING
    kinds = (STATEMENTS, CRITERIA, GOALS)
    message = 'Performance wish "{term}" without a number: nobody can test it'
    hint = (
        "Give the number with its unit and the conditions, "
        'e.g. "in under 2 seconds for 95 % of page views".'
    )
    hints: ClassVar[Mapping[str, str]] = {
        "scalable": _LOAD,
        "scale": _LOAD,
        "real time": 'Give the longest acceptable delay, e.g. "within 60 seconds of the booking".',
        "immediately": 'Give the longest acceptable delay, e.g. "within 5 seconds of the click".',
        "instantly": 'Give the longest acceptable delay, e.g. "within 1 second of the click".',
        "high availability": _AVAILABILITY,
        "highly available": _AVAILABILITY,
    }

    class Options(TermOptions):
        words: tuple[str, ...] = PERFORMANCE_WORDS
        """The built-in list; setting it replaces the list entirely."""

        exceptions: tuple[str, ...] = NOT_PERFORMANCE
        """Longer phrases that contain a listed word but are no performance wish."""

    def fields(self, brief: Brief) -> Iterable[TextField]:
        return itertools.chain(prose(brief, self.kinds), expected_load(brief))

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        if part_of_name(field.text, match):
            return False  # "the Quick Order button", "the Instant Win game"
        if match.text.lower() in _VERB_OR_NOUN and is_noun(field.text, match):
            return False  # "the scale at the deli counter" weighs; it does not grow
        start, end = sentence_of(field.text, match.start)
        return not quantity_between(field.text, start, end)


#: Wishes that are verbs ("shall scale") but also nouns ("the scale at the counter").
_VERB_OR_NOUN = frozenset({"scale", "scales"})
#: Words after "scale" that make it the verb even after a noun: "the shop scales up".
_VERB_PARTICLES = frozenset({"up", "out", "down", "with", "to", "automatically", "horizontally"})


def is_noun(text: str, match: Match) -> bool:
    """Whether the word is a noun: a determiner opens its phrase before any verb does.

    "the scale", "a kitchen scale", "the scales" are things; "shall scale",
    "able to scale" and "the shop scales up" are the wish to grow. "Scales"
    after a noun is the verb ("the site scales"), so it needs the determiner
    right before it.
    """
    after = words_after(text, match.end, 1)
    if after and after[0].lower in _VERB_PARTICLES:
        return False
    reach = 1 if match.text.lower() == "scales" else 3
    for word in reversed(words_before(text, match.start, reach)):
        if word.lower in MODALS or word.lower == "to":
            return False
        if word.lower in DETERMINERS:
            return True
    return False

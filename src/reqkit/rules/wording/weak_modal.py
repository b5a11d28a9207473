"""RK102 weak-modal: "should", "may", "could" where a requirement must say "shall"."""

from __future__ import annotations

import bisect
import re
from array import array

from reqkit.model import Brief
from reqkit.rules.base import WORDING
from reqkit.rules.text import CRITERIA, STATEMENTS, Match, TextField
from reqkit.rules.textcache import per_brief
from reqkit.rules.wording._clauses import benefit_start
from reqkit.rules.wording._describing import in_describing_clause
from reqkit.rules.wording._grammar import (
    SUBORDINATORS,
    sentence_of,
    starts_sentence,
    tail_before,
    word_starts,
    words,
    words_between,
)
from reqkit.rules.wording._terms import TermOptions, TermRule, as_written, document_lists
from reqkit.rules.wording.negative_statement import is_limit

#: Modal verbs that leave open whether something is required (ISO/IEC/IEEE 29148:
#: "shall" is binding; "should", "may" and the like are not). "Shall", "must"
#: and "will" are never flagged.
WEAK_MODALS = (
    "should",
    "shouldn't",
    "may",
    "might",
    "mightn't",
    "could",
    "couldn't",
    "can",
    "cannot",
    "can't",
    "would",
    "wouldn't",
    "ought to",
)

#: In an acceptance criterion, "a test visitor can download the PDF" is a check
#: that passes or fails, so these are fine there.
FINE_IN_CRITERIA = ("can", "cannot", "can't")

_BINDING = frozenset({"shall", "must", "will"})
_CAN = frozenset({"can", "cannot", "can't", "can’t"})
_BINDING_ONLY = frozenset({"shall", "must"})
_NOT_AFTER = re.compile(r"\s+not\b", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"(?:\b(?:a|the|per|each|every|one|this|that)|\d)\s+$", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"\s*\d")
_NUMBER_BEFORE = re.compile(r"\d\s*$")


@document_lists
class WeakModal(TermRule):
    """Flags weak modal verbs such as "should", "may" or "could" in requirements and criteria.

    A requirement says "shall": that word makes it binding, and IT scopes,
    builds and tests everything that says "shall". "Should", "may" or "could"
    leave open whether the thing is wanted at all, so IT either builds it
    (and the estimate grows) or leaves it out (and marketing is surprised).
    How much a requirement matters belongs in its `priority` (must, should,
    could, wont), not in its verb.

    In acceptance criteria "can" is fine: "a test visitor can download the
    PDF" is a check that passes or fails. "Should" and "may" are not: a check
    that should pass is not a check. A negated weak modal ("should not",
    "may not") is still a weak binding verb and reported here (negative-
    statement asks for the positive form as well); "cannot" is the
    statement's negation and left to negative-statement, except in a limit
    such as "cannot exceed 2 seconds". A weak modal in a clause of a binding
    sentence is fine ("shall store the card so that the till can scan it"),
    and so is one in a clause that only says which thing is meant ("Members
    who can show a student ID shall get ...", "a list the team can export"),
    and "may" the month ("by 1 May") and "can" the noun ("a can") are not
    modal verbs. "Can" or "may" in the benefit of a user story ("As a
    member, I want ... so that I can plan my visit") is fine, as is "may"
    that grants or restricts a permission ("The session may only be ended
    by the dispatcher", "Only admins may delete campaigns").

    Bad: "The page should load the event list."
    Good: "The page shall load the event list." (with `priority: should` if it is optional)
    """

    code = "RK102"
    name = "weak-modal"
    friction = "F9"
    needs = ()
    levels = WORDING
    kinds = (STATEMENTS, CRITERIA)

    class Options(TermOptions):
        words: tuple[str, ...] = WEAK_MODALS
        """The built-in list; setting it replaces the list entirely."""

        fine_in_criteria: tuple[str, ...] = FINE_IN_CRITERIA
        """Words of the list that are fine in acceptance criteria."""

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        fine = {word.lower() for word in options.fine_in_criteria}  # type: ignore[attr-defined]
        text = field.text
        if not _is_modal(text, match) or _in_clause_of_binding(text, match):
            return False
        if _in_benefit(text, match) or _permission(text, match):
            return False
        if in_describing_clause(text, match.start):
            return False
        if field.kind == CRITERIA:
            return match.text.lower() not in fine
        # "cannot" in a statement is its negation, which is negative-statement's unless it
        # sets a limit; "should not" and "may not" are still weak binding verbs.
        if match.text.lower() in _CAN and _negated(field.text, match):
            return is_limit(field.text, match.end)
        return True

    def wording(self, term: str, field: TextField) -> tuple[str, str]:
        if field.kind == CRITERIA:
            return (
                f'Weak word "{term}" in an acceptance criterion: a check passes or fails',
                "Write what the tester sees happen, "
                'e.g. "The confirmation page shows the booking number" '
                'rather than "should show".',
            )
        message = f'Weak word "{term}": a requirement says "shall" when it is binding'
        if term.lower() in ("can", "cannot", "can't", "can’t"):
            return (
                message,
                "Say what the solution shall let someone do, "
                'e.g. "The site shall let the visitor download the price list."',
            )
        return message, (
            f'Write "shall" instead of "{term}", e.g. "The site shall ...". '
            "If it is only nice to have, "
            'keep "shall" and set `priority: could`.'
        )


def _is_modal(text: str, match: Match) -> bool:
    word = match.text.lower()
    if word == "may":
        month = match.text == "May" and not starts_sentence(text, match.start)
        dated = _NUMBER_AFTER.match(text, match.end) or _NUMBER_BEFORE.search(
            tail_before(text, match.start)
        )
        return not (month or dated)
    if word == "can":
        return _NOUN_BEFORE.search(tail_before(text, match.start)) is None
    return True


def _in_benefit(text: str, match: Match) -> bool:
    """Whether the modal is in a user story's benefit: "... so that I can plan my visit"."""
    benefit = benefit_start(text)
    return benefit is not None and match.start >= benefit


def _permission(text: str, match: Match) -> bool:
    """Whether "may" grants or restricts a permission rather than weakening a requirement.

    "The session may only be ended by the dispatcher" and "Only admins may
    delete campaigns" bind as firmly as "shall"; so does a "may" beside a
    "shall" or "must" in the same sentence, which says what someone is
    allowed to do within a binding requirement.
    """
    if match.text.lower() != "may":
        return False
    start, end = sentence_of(text, match.start)
    sentence = words_between(text, start, end)
    lowered = [word.lower for word in sentence]
    at = next(i for i, word in enumerate(sentence) if word.start >= match.start)
    if "only" in lowered[at + 1 : at + 3] or "only" in lowered[:at]:
        return True
    return not _BINDING_ONLY.isdisjoint(lowered)


def _in_clause_of_binding(text: str, match: Match) -> bool:
    """Whether the modal is in a clause of a binding sentence: "shall ... so that the till can"."""
    start, _ = sentence_of(text, match.start)
    index = bisect.bisect_left(word_starts(text), match.start)
    bindings, subordinators = _last_binding_and_subordinator(text)
    last_binding, last_subordinator = bindings[index], subordinators[index]
    return (
        last_binding >= 0
        and words(text)[last_binding].start >= start
        and (last_subordinator > last_binding)
    )


@per_brief
def _last_binding_and_subordinator(text: str) -> tuple[array[int], array[int]]:
    """For each word, the index of the last binding verb and subordinator before it (-1: none).

    Made once per text, so that a long statement with hundreds of modals is
    read once rather than once per modal; arrays keep it small.
    """
    bindings, subordinators = array("l"), array("l")
    binding = subordinator = -1
    for index, word in enumerate(words(text)):
        bindings.append(binding)
        subordinators.append(subordinator)
        if word.lower in _BINDING:
            binding = index
        elif word.lower in SUBORDINATORS:
            subordinator = index
    bindings.append(binding)
    subordinators.append(subordinator)
    return bindings, subordinators


def _negated(text: str, match: Match) -> bool:
    word = as_written(match).lower().replace("’", "'")
    return word.endswith("n't") or word == "cannot" or bool(_NOT_AFTER.match(text, match.end))

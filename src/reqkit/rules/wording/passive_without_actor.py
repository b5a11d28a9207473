"""RK112 passive-without-actor: "shall be exported", "is sent" without saying by whom."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from reqkit.model import Brief
from reqkit.rules.base import STYLE_NOTE, Context, Finding, Rule, RuleOptions
from reqkit.rules.text import STATEMENTS, prose
from reqkit.rules.wording._clauses import main_clause_start
from reqkit.rules.wording._grammar import Word, sentences, vocabulary, words_between
from reqkit.rules.wording._passive_words import (
    IRREGULAR_PARTICIPLES,
    LASTING_STATES,
    NOT_ACTORS,
    STATE_WORDS,
)
from reqkit.rules.wording._terms import document_lists

_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
# Modal verbs: after "shall be" a state word is usually an action in disguise.
_MODALS = frozenset({
    "shall", "must", "will", "should", "may", "might", "can", "could", "would", "cannot",
})  # fmt: skip
# Words that open a clause stating a condition or describing something: its
# passive ("when a lead is created", "offers that are stored") is not the
# requirement's own verb.
_CLAUSES = frozenset({
    "when", "whenever", "while", "if", "once", "unless", "until", "after", "before", "since",
    "where", "which", "who", "whom", "whose", "because", "as",
})  # fmt: skip
# "ensure that the data is encrypted": after these, "that" opens what is required.
_REQUIRING = frozenset({
    "ensure", "ensures", "guarantee", "guarantees", "verify", "verifies", "check", "checks",
    "confirm", "confirms", "sure", "require", "requires",
})  # fmt: skip
# "is logged in", "are signed up": states, unlike "is logged" or "is signed off".
_PHRASAL_STATES = {
    "logged": {"in", "out", "on"},
    "signed": {"in", "out", "up", "on"},
    "read": {"only"},
}
# Means of delivery: "by e-mail" names no actor, "by the e-mail platform" does.
_MEANS = frozenset({"e-mail", "email", "mail", "post", "sms", "phone", "telephone", "hand"})
_SKIPPED = frozenset({
    "not", "also", "only", "then", "always", "never", "still", "already", "automatically",
    "immediately", "fully",
})  # fmt: skip
_ARTICLES = frozenset({"the", "a", "an"})
_DIGIT = re.compile(r"\d")


@document_lists
class PassiveWithoutActor(Rule):
    """Flags requirement statements in the passive voice that do not say who or what acts.

    "The voucher shall be sent" leaves open who sends it: the web shop, the
    e-mail platform, the CRM, the agency, a person in marketing? Each answer
    is a different system to change and a different team to ask. The active
    voice names the actor: "The e-mail platform shall send the voucher."

    A passive with "by" and an actor ("shall be approved by the data
    protection officer") is fine; "by" with a date, a time or a means ("by
    1 March", "by 10:00", "by e-mail", "by default", "by 20 %") names no
    actor. Adjectives after "be" are not passive ("shall be available", "is
    visible", "be able to"), nor are participles that describe a state after
    "is" or "are" (`state-words`: "is based on", "is switched off", "is
    logged in"). After a modal verb most of those are an action in disguise
    and are flagged ("shall be connected", "shall be limited": by whom?),
    except the few in `lasting-states` ("shall be based in the EU").

    A passive in a condition or a describing clause is not the requirement's
    own verb: "When a lead is created, the CRM shall ..." (an EARS trigger),
    "... if the connection is lost", "the orders that are not shipped yet".

    Only requirement statements are checked: an acceptance criterion
    describes what a tester observes ("the booking is shown in the CRM"),
    where the passive is natural. Even in a statement the actor is sometimes
    obvious ("personal data shall be deleted after 2 years": by the system
    that holds it), so this is a note at every stage, never a warning that
    fails a build.

    Bad: "Sign-ups shall be exported to the CRM every night."
    Good: "The booking system shall export the day's sign-ups to the CRM at 02:00 every night."
    """

    code = "RK112"
    name = "passive-without-actor"
    friction = "F9"
    needs = ()
    levels = STYLE_NOTE

    class Options(RuleOptions):
        irregular_participles: tuple[str, ...] = IRREGULAR_PARTICIPLES
        """Past participles that do not end in "-ed", such as "sent" or "shown"."""

        state_words: tuple[str, ...] = STATE_WORDS
        """Words ending in "-ed" that describe a state after "be" ("is based on"), not an action."""

        lasting_states: tuple[str, ...] = LASTING_STATES
        """State words that stay states after a modal verb ("shall be based in the EU")."""

        not_actors: tuple[str, ...] = NOT_ACTORS
        """Words after "by" that give a date, time or means ("by e-mail"), not an actor."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: PassiveWithoutActor.Options = context.options  # type: ignore[assignment]
        lists = _Lists(
            frozenset(w.lower() for w in options.irregular_participles),
            frozenset(w.lower() for w in options.state_words),
            frozenset(w.lower() for w in options.lasting_states),
            frozenset(w.lower() for w in options.not_actors),
        )
        for field in prose(brief, (STATEMENTS,)):
            if _BE.isdisjoint(vocabulary(field.text)):
                continue
            for start, end in sentences(field.text):
                sentence = words_between(field.text, start, end)
                for be, participle in _passives(field.text, sentence, lists):
                    phrase = " ".join(field.text[be.start : participle.end].split())
                    yield Finding(
                        field.path,
                        f'Passive "{phrase}" does not say who or what does it',
                        'Name the actor and use the active voice, e.g. "The e-mail platform '
                        "shall send the "
                        'voucher" instead of "the voucher shall be sent".',
                        span=(be.start, participle.end),
                    )


class _Lists(NamedTuple):
    """The rule's word lists in lower case, made once per run rather than per sentence."""

    irregular: frozenset[str]
    states: frozenset[str]
    lasting: frozenset[str]
    not_actors: frozenset[str]


def _passives(text: str, sentence: tuple[Word, ...], lists: _Lists) -> Iterator[tuple[Word, Word]]:
    irregular = lists.irregular
    count = len(sentence)
    actor_from = _actors_from(sentence, lists.not_actors)
    inside = _inside_clause(text, sentence)
    for index, word in enumerate(sentence):
        if word.lower not in _BE or inside[index]:
            continue
        at = index + 1
        while at < count and (sentence[at].lower in _SKIPPED or sentence[at].lower.endswith("ly")):
            at += 1
        if at == count:
            continue
        candidate = sentence[at].lower
        participle = is_participle(candidate, irregular)
        after_modal = index > 0 and sentence[index - 1].lower in _MODALS
        state = (candidate in lists.lasting or (candidate in lists.states and not after_modal)) or (
            at + 1 < count and sentence[at + 1].lower in _PHRASAL_STATES.get(candidate, ())
        )
        if participle and not state and not actor_from[at + 1]:
            yield word, sentence[at]


_IRREGULAR = frozenset(IRREGULAR_PARTICIPLES)


def is_participle(word: str, irregular: frozenset[str] = _IRREGULAR) -> bool:
    """Whether a word in lower case looks like a past participle: "-ed" or a listed irregular one."""
    return word in irregular or (word.endswith("ed") and len(word) > 4) or word == "used"


def _inside_clause(text: str, sentence: tuple[Word, ...]) -> list[bool]:
    """For each word, whether it lies in a condition or a describing clause.

    The condition that opens an EARS requirement ("When a lead is created,
    the CRM shall ...") runs to its comma or "then"; a clause opened later
    ("... if the connection is lost", "offers that are stored") runs to the
    next comma or modal verb.
    """
    main = main_clause_start(text, sentence)
    inside = [index < main for index in range(len(sentence))]
    open_clause = False
    for index in range(main, len(sentence)):
        word = sentence[index]
        if index > main and "," in text[sentence[index - 1].end : word.start]:
            open_clause = False
        if word.lower in _MODALS:
            open_clause = False
        if word.lower in _CLAUSES or (
            word.lower == "that" and not (index and sentence[index - 1].lower in _REQUIRING)
        ):
            open_clause = True
        inside[index] = open_clause
    return inside


def _actors_from(sentence: tuple[Word, ...], excluded: frozenset[str]) -> list[bool]:
    """For each index, whether a "by" at or after it names an actor: "by the data protection officer".

    Worked out once per sentence, from the end, so that a long sentence with
    many passives is read once rather than once per passive.
    """
    found = [False] * (len(sentence) + 2)
    for index in range(len(sentence) - 1, -1, -1):
        found[index] = found[index + 1] or (
            sentence[index].lower == "by"
            and _names_actor(sentence[index + 1 : index + 3], excluded)
        )
    return found


def _names_actor(after: tuple[Word, ...], excluded: frozenset[str]) -> bool:
    """Whether the words after a "by" name someone or something that acts."""
    article = bool(after) and after[0].lower in _ARTICLES
    following = after[1:2] if article else after[:1]
    if not following or _DIGIT.match(following[0].text):
        return False
    word = following[0].lower
    if not article and word.endswith("ing"):
        return False  # "by using the API" says how, not who
    return word not in excluded or (article and word in _MEANS)

"""RK113 compound-requirement: one statement that asks for several things."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import WORDING, Context, Finding, Rule, RuleOptions
from reqkit.rules.text import STATEMENTS, prose
from reqkit.rules.wording._compound_words import (
    ACTION_VERBS,
    ALSO_NOUNS,
    ASKING,
    EXPLANATION_OPENERS,
    NOT_VERBS,
)
from reqkit.rules.wording._grammar import (
    DETERMINERS,
    SUBORDINATORS,
    Word,
    lowered_words,
    sentences,
    vocabulary,
    words,
    words_between,
)
from reqkit.rules.wording._joined_verbs import as_one_word, joined_intransitive, joins
from reqkit.rules.wording._terms import document_lists
from reqkit.rules.wording.passive_without_actor import is_participle

#: Modal verbs that each make a requirement on their own.
BINDING_MODALS = ("shall", "must")

_JOINERS = frozenset({"and", "or"})
# Verbs that show a clause of its own: "... and a voucher is generated",
# "... and the CRM shall ...".
_FINITE = frozenset({
    "is", "are", "was", "were", "shall", "must", "will", "should", "may", "can", "could", "would",
    "gets", "get",
})  # fmt: skip
_BETWEEN = frozenset({"then", "also", "additionally", "afterwards"})


@document_lists
class CompoundRequirement(Rule):
    """Flags requirement statements that ask for more than one thing.

    One requirement, one thought (INCOSE, ISO/IEC/IEEE 29148): each is
    estimated, built, tested, prioritised and changed on its own. "The form
    shall send the e-mail and update the CRM" is two pieces of work in two
    systems; when the CRM part slips, is the requirement done? Split it,
    and give each part its own acceptance criteria.

    Flagged: more than one "shall" or "must" in a statement, more than one
    sentence, actions joined by "and" or "or" after the modal ("shall send
    the e-mail and update the CRM": a verb from the `action-verbs` list
    followed by "the", "a", "each" or a similar word; "as well as" joins
    like "and"), two verbs without an object, each with its own adverb
    ("shall start quickly and play without lag"), two clauses with
    a subject and verb each ("sign-ups are sent to the CRM and a voucher is
    generated"), and passive actions joined after "shall be" ("shall be
    generated every Monday and sent to marketing"). Not flagged: "and"
    between nouns ("name and e-mail address", "the name and a phone number
    are required"), two participles side by side that make one step
    ("reviewed and approved"), verbs in a clause that describes something
    ("the slots that are free and match the filter", "when the visitor
    books and pays"), and a later sentence that explains or gives an
    example ("For example, ...", "This is because ...") or, without a modal
    verb or an order, gives the background ("The law requires allergen
    information for food sold online").

    Only requirement statements are checked: an acceptance criterion often
    and rightly pairs an action with its result ("a test visitor books a
    slot and receives the confirmation").

    Bad: "The booking form shall send a confirmation e-mail and update the CRM lead."
    Good: "The booking form shall send a confirmation e-mail within 5 minutes of booking."
    (and a second requirement for the CRM)
    """

    code = "RK113"
    name = "compound-requirement"
    friction = "F9"
    needs = ()
    levels = WORDING

    class Options(RuleOptions):
        action_verbs: tuple[str, ...] = ACTION_VERBS
        """Verbs that start a second action after "and" or "or" and before "the", "a" or "each"."""

        binding_modals: tuple[str, ...] = BINDING_MODALS
        """Modal verbs that each make a requirement; more than one in a statement is a compound."""

        explanation_openers: tuple[str, ...] = EXPLANATION_OPENERS
        """How a sentence that explains or gives an example begins; it is no second requirement."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: CompoundRequirement.Options = context.options  # type: ignore[assignment]
        verbs = {v.lower() for v in options.action_verbs}
        modals = {m.lower() for m in options.binding_modals}
        openers = tuple(sorted({_opener(o) for o in options.explanation_openers}, key=len))
        for field in prose(brief, (STATEMENTS,)):
            found = _compound(field.text, verbs, modals, openers)
            if found is not None:
                message, hint, span = found
                yield Finding(field.path, message, hint, span=span)


def _opener(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().replace(".", " ").split())


def _requirement_sentences(
    text: str, verbs: set[str], openers: tuple[tuple[str, ...], ...]
) -> list[tuple[int, int]]:
    """The sentences that ask for something; explanations and examples after the first are left out.

    A later sentence asks for something when it has a modal verb or opens
    with an action verb ("Send the voucher ..."), unless it opens as an
    explanation or an example does ("For example, ...", "This is because
    ...", the `explanation-openers`). Any other later sentence gives the
    background ("The law requires allergen information for food sold
    online"), which belongs in `rationale` but is no second requirement.
    """
    spans = list(sentences(text))
    kept = spans[:1]
    for start, end in spans[1:]:
        lowered = tuple(word.lower for word in words_between(text, start, end))
        if not lowered or any(lowered[: len(opener)] == opener for opener in openers):
            continue
        ordered = lowered[0] in verbs and lowered[1:2] and lowered[1] in DETERMINERS
        if ordered or not ASKING.isdisjoint(lowered):
            kept.append((start, end))
    return kept


def _compound(
    text: str, verbs: set[str], modals: set[str], openers: tuple[tuple[str, ...], ...]
) -> tuple[str, str, tuple[int, int]] | None:
    # Most statements have one sentence and one modal: the cheap checks come first.
    several = len(sentences(text)) > 1
    spans = _requirement_sentences(text, verbs, openers) if several else None
    counted: list[Word] = []
    if sum(word in modals for word in lowered_words(text)) > 1:
        counted = [
            w
            for w in words(text)
            if w.lower in modals and (spans is None or any(s <= w.start < e for s, e in spans))
        ]
    if len(counted) > 1:
        binding = counted
        second = binding[1]
        return (
            f'"{second.text}" appears {len(binding)} times: '
            f"this statement holds {len(binding)} requirements",
            "Write one requirement per statement, each with its own id and acceptance criteria.",
            (second.start, second.end),
        )
    if _JOINERS.isdisjoint(vocabulary(text)) and "well" not in vocabulary(text):
        joined = clause = None
    else:
        every = words(text)
        joined = _joined_action(every, verbs, modals)
        clause = None if joined else _joined_clause(every)
    if joined is not None:
        joiner, verb = joined
        return (
            f'Two actions in one requirement: "... {joiner.text} {verb.text} ..."',
            f'Split it: one requirement for the part before "{joiner.text}", '
            f'another for "{verb.text} ...", '
            "each with its own acceptance criteria.",
            (joiner.start, verb.end),
        )
    if clause is not None:
        joiner, verb = clause
        return (
            f'Two statements joined by "{joiner.text}": '
            f'"... {joiner.text} {text[joiner.end : verb.end].strip()} ..."',
            "Split it into two requirements, each saying which system does what, "
            "with its own acceptance criteria.",
            (joiner.start, verb.end),
        )
    if spans is not None and len(spans) > 1:
        start, end = spans[1]
        start = len(text) - len(text[start:].lstrip()) if text[start:].strip() else start
        return (
            f"{len(spans)} sentences in one requirement: a requirement is one sentence",
            "Keep the requirement in the first sentence; "
            "move the rest to its own requirement or to `rationale`.",
            (start, end),
        )
    return None


def _joined_action(
    every: list[Word], verbs: set[str], modals: set[str]
) -> tuple[Word, Word] | None:
    """An "and"/"or" after the modal joining a second action: "shall send X and update the Y"."""
    modal = next((i for i, w in enumerate(every) if w.lower in modals), None)
    if modal is None:
        return None
    passive = _joined_participle(every, modal) or joined_intransitive(every, modal)
    if passive is not None:
        return passive
    for index in range(modal + 2, len(every) - 2):
        word = every[index]
        if word.lower in SUBORDINATORS:
            return None  # the rest describes something; its verbs are not the requirement's
        if not joins(every, index):
            continue
        if word.lower == "as":
            word = as_one_word(every[index - 2 : index + 1])
        after = index + 1
        while after < len(every) - 1 and every[after].lower in _BETWEEN:
            after += 1
        verb, following = every[after], every[after + 1] if after + 1 < len(every) else None
        # The first action has its own object ("check the age and reject ..."), so a
        # verb after "and" is a second action, not a second verb of one object
        # ("buy and redeem gift cards").
        object_before = any(w.lower in DETERMINERS for w in every[modal + 1 : index])
        if following is not None and _second_action(
            verb.lower, following.lower, verbs, object_before
        ):
            return word, verb
    return None


def _second_action(word: str, following: str, verbs: set[str], object_before: bool) -> bool:
    """Whether ``word`` after "and" starts a second action, judged by the word after it.

    A listed verb before "the", "a", "it" and the like is one ("and update
    the CRM"). So is an unlisted word there, unless it ends in "s" or is a
    little word: after "and", a noun is seldom followed by "the", while a
    verb in its base form ("and copy the file", "and announce the winner")
    usually is.
    """
    if following not in DETERMINERS:
        # "and reject visitors under 16": a verb that is seldom a noun needs no article.
        return (
            object_before
            and word in verbs
            and word not in ALSO_NOUNS
            and following not in NOT_VERBS
        )
    if word in verbs:
        return True
    return not (
        word.endswith(("s", "ly"))
        or word in NOT_VERBS
        or word in SUBORDINATORS
        or not word.isalpha()
    )


def _joined_participle(every: list[Word], modal: int) -> tuple[Word, Word] | None:
    """A second passive action after "and"/"or": "shall be generated weekly and sent to marketing".

    Two participles side by side ("reviewed and approved") read as one
    action; words between them show two.
    """
    at = modal + 1
    if at >= len(every) or every[at].lower != "be":
        return None
    at += 1
    while at < len(every) and every[at].lower.endswith("ly"):
        at += 1
    if at >= len(every) or not is_participle(every[at].lower):
        return None
    for index in range(at + 2, len(every) - 1):
        word = every[index]
        if word.lower in SUBORDINATORS:
            return None
        if word.lower in _JOINERS and is_participle(every[index + 1].lower):
            return word, every[index + 1]
    return None


def _joined_clause(every: list[Word]) -> tuple[Word, Word] | None:
    """Two clauses, each with a subject and a verb: "Sign-ups are sent ... and a voucher is ..."."""
    seen_verb = False
    for index, word in enumerate(every):
        if word.lower in SUBORDINATORS:
            return None
        if word.lower in _FINITE:
            seen_verb = True
        if not seen_verb or word.lower not in _JOINERS or index + 2 >= len(every):
            continue
        if every[index + 1].lower not in DETERMINERS:
            continue
        verb = next((w for w in every[index + 2 : index + 6] if w.lower in _FINITE), None)
        if verb is not None:
            return word, verb
    return None

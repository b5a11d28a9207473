"""RK109 vague-pronoun: "it", "this", "they" with nothing in the requirement to refer to."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import WORDING, Context, Finding, Rule, RuleOptions
from reqkit.rules.text import CRITERIA, STATEMENTS, prose
from reqkit.rules.wording._grammar import (
    DETERMINERS,
    MODALS,
    Word,
    sentences,
    vocabulary,
    words_between,
)
from reqkit.rules.wording._terms import document_lists

#: Pronouns that stand for something said elsewhere (ISO/IEC/IEEE 29148: vague pronouns).
PRONOUNS = ("it", "this", "that", "they", "them", "these", "those")

#: Verbs that, right after "this", "that", "these" or "those", show them to be
#: the subject ("This is done ...") rather than a determiner ("This page ...").
SUBJECT_VERBS = (
    "is", "are", "was", "were", "has", "have", "does", "do", "needs", "need", "means", "happens",
    "applies", "apply", "works", "work", "includes", "include", "covers", "cover",
)  # fmt: skip

# "it", "they" and "them" are always pronouns; the demonstratives only sometimes.
_PERSONAL = frozenset({"it", "they", "them"})
# "It is possible to ...", "make it easy to ...", "it takes 2 minutes to ...": an empty "it".
_EMPTY_IT = frozenset({
    "possible", "impossible", "easy", "easier", "hard", "harder", "clear", "necessary",
    "mandatory", "difficult", "takes", "took",
})  # fmt: skip


@document_lists
class VaguePronoun(Rule):
    """Flags pronouns such as "it", "this" or "they" with nothing in the requirement to refer to.

    A requirement is read on its own: in a ticket, a test plan, a change
    request. "It shall load quickly" or "Build it in the new design" made
    sense next to the paragraph above, but in the ticket nobody knows what
    "it" is. Name the thing: the page, the form, the confirmation e-mail.

    Flagged: a pronoun that opens a sentence as its subject ("It shall ...",
    "This must ...", "They ..."), a pronoun just before the sentence's first
    modal verb ("When a member signs in, it shall ..."), and "it", "them"
    or "they" in a sentence where nothing before the pronoun could be what
    it stands for ("Build it in React", "Make it work"). Not flagged:
    determiners ("this page", "those visitors"), "that" joining a clause
    ("the page that lists events", "ensure that the form ..."), a pronoun
    after a noun it can stand for ("The app shall show members which offers
    they can redeem"), an empty "it" ("it takes 2 minutes to ..."), and
    "IT" in capitals, which is the department.

    Checked in requirement statements and acceptance criteria.

    Bad: "It shall load in under 2 seconds."
    Good: "The event page shall load in under 2 seconds."
    """

    code = "RK109"
    name = "vague-pronoun"
    friction = "F9"
    needs = ()
    levels = WORDING

    class Options(RuleOptions):
        pronouns: tuple[str, ...] = PRONOUNS
        """The pronouns checked."""

        subject_verbs: tuple[str, ...] = SUBJECT_VERBS
        """Verbs that make a demonstrative ("this", "those") the subject of a sentence."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: VaguePronoun.Options = context.options  # type: ignore[assignment]
        pronouns = {p.lower() for p in options.pronouns}
        verbs = {v.lower() for v in options.subject_verbs} | MODALS
        for field in prose(brief, (STATEMENTS, CRITERIA)):
            if pronouns.isdisjoint(vocabulary(field.text)):
                continue
            for start, end in sentences(field.text):
                sentence = words_between(field.text, start, end)
                for word in _vague(sentence, pronouns, verbs):
                    yield Finding(
                        field.path,
                        f'Pronoun "{word.text}" with nothing to refer to: '
                        "the requirement must make sense on its own",
                        'Name the thing it stands for, e.g. "The event page shall ..." '
                        'instead of "It shall ...".',
                        span=(word.start, word.end),
                    )


def _vague(sentence: tuple[Word, ...], pronouns: set[str], verbs: set[str]) -> Iterator[Word]:
    # Where the first modal, and the first word a pronoun could refer to, are:
    # one pass over the sentence rather than one per pronoun.
    count = len(sentence)
    first_modal = next((i for i, w in enumerate(sentence) if w.lower in MODALS), count)
    first_referent = min(
        next((i for i, w in enumerate(sentence) if w.lower in DETERMINERS), count),
        first_modal,
        next((i for i, w in enumerate(sentence) if i and w.text[0].isupper()), count),
    )
    for index, word in enumerate(sentence):
        lower = word.lower
        if lower not in pronouns or (word.text.isupper() and len(word.text) > 1):
            continue  # "IT", the department
        following = sentence[index + 1].lower if index + 1 < count else ""
        if lower == "it" and {w.lower for w in sentence[index + 1 : index + 4]} & _EMPTY_IT:
            continue
        if index == 0:
            if lower in _PERSONAL or following in verbs or not following:
                yield word
        elif following in MODALS and lower != "that" and first_modal >= index:
            yield word  # the subject of the main clause: "When a member signs in, it shall ..."
        elif lower in _PERSONAL and first_referent >= index:
            yield word  # nothing before the pronoun it could stand for

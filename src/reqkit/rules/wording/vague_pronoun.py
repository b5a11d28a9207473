"""RK109 vague-pronoun: "it", "their", "this" with nothing, or several things, to refer to."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import WORDING, Context, Finding, Rule, RuleOptions
from reqkit.rules.text import CRITERIA, STATEMENTS, mask_quoted, prose
from reqkit.rules.wording._antecedents import (
    Phrase,
    candidates,
    continues_subject,
    is_verb,
    noun_phrases,
)
from reqkit.rules.wording._clauses import benefit_start
from reqkit.rules.wording._grammar import MODALS, Word, sentences, vocabulary, words_between
from reqkit.rules.wording._pronoun_words import AUXILIARIES
from reqkit.rules.wording._terms import document_lists

#: Pronouns that stand for something said elsewhere (ISO/IEC/IEEE 29148: vague pronouns).
PRONOUNS = ("it", "its", "this", "that", "they", "their", "them", "these", "those")

#: Verbs that, right after "this", "that", "these" or "those", show them to be
#: the subject ("This is done ...") rather than a determiner ("This page ...").
SUBJECT_VERBS = (
    "is", "are", "was", "were", "has", "have", "does", "do", "needs", "need", "means", "happens",
    "applies", "apply", "works", "work", "includes", "include", "covers", "cover",
)  # fmt: skip

#: Pronouns that always stand for a noun of the statement.
_PERSONAL = frozenset({"it", "its", "they", "their", "them"})
# "make it possible to ...", "it takes 2 minutes to ...": an empty "it".
_EMPTY_IT = frozenset({
    "possible", "impossible", "easy", "easier", "hard", "harder", "clear", "necessary",
    "mandatory", "difficult", "takes", "took", "take",
})  # fmt: skip
# "It is important that ...", "It shall be possible to ...": "it" stands for the clause after.
_CLAUSE_AFTER = frozenset({"that", "to", "whether", "if", "how"})
# "It is the vendor's responsibility to ...": a duty named before the clause it stands for.
_DUTIES = frozenset({
    "responsibility", "job", "task", "duty", "goal", "aim", "objective", "purpose", "intention",
    "policy", "rule", "role", "expectation", "practice", "requirement",
})  # fmt: skip
_ADVERBS = frozenset({"not", "only", "also", "always", "never", "then"})
_BINDING = frozenset({"shall", "must", "will", "should", "may", "can", "could", "might"})


@document_lists
class VaguePronoun(Rule):
    """Flags pronouns such as "it", "its", "this" or "they" that may stand for nothing, or for several things.

    A requirement is read on its own: in a ticket, a test plan, a change
    request. "It shall load quickly" or "Build it in the new design" made
    sense next to the paragraph above, but in the ticket nobody knows what
    "it" is. And "The ERP shall send the order to the warehouse system when
    it is ready" leaves open which of the two is ready. Name the thing: the
    page, the order, the confirmation e-mail.

    Flagged: "it", "its", "they", "their" and "them" where the statement
    before them names nothing they can stand for, or several things ("it"
    and "its" a thing, "they", "their" and "them" a plural or a person); and
    "this", "that", "these" or "those" as the subject of the first sentence
    ("This must be ready ...") or just before its first modal verb. Not
    flagged: a pronoun with one thing to stand for ("The shop shall e-mail
    each buyer their invoice"; "show members which offers they can redeem",
    where only the members are people), an object pronoun that could only
    be the clause's own subject ("The tool shall validate the address and
    store it"), a subject pronoun opening a clause joined by "and", "but" or
    "or", which carries on the only subject before it ("The agency shall deliver the banners,
    and it shall resize them"), "it" in the benefit of a user story, which
    is what the story wants, an empty "it" ("It is important that ...", "It shall be
    possible to ...", "it takes 2 minutes"), determiners ("this page"),
    "that" joining a clause, a later sentence that explains ("This is
    because ..."), and "IT" in capitals, which is the department.

    Checked in requirement statements and acceptance criteria.

    Bad: "It shall load in under 2 seconds."
    Good: "The event page shall load in under 2 seconds."
    Bad: "The ERP shall send the order to the warehouse system when it is ready."
    Good: "The ERP shall send the order to the warehouse system when the order is packed."
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
            previous: tuple[Word, ...] = ()
            for number, (start, end) in enumerate(sentences(field.text)):
                sentence = words_between(field.text, start, end)
                read = _Sentence(mask_quoted(field.text), sentence, previous)
                for word, several in _vague(read, number, pronouns, verbs):
                    yield _finding(field.path, word, several)
                previous = sentence


class _Sentence:
    """A sentence and the one before it, with their noun phrases worked out when first asked."""

    def __init__(self, masked: str, words: tuple[Word, ...], previous: tuple[Word, ...]) -> None:
        self.masked = masked
        self.words = words
        self.previous = previous
        self._phrases: list[Phrase] | None = None
        self._earlier: list[Phrase] | None = None

    def phrases(self) -> list[Phrase]:
        if self._phrases is None:
            self._phrases = noun_phrases(self.masked, self.words)
        return self._phrases

    def earlier(self) -> list[Phrase]:
        if self._earlier is None:
            self._earlier = noun_phrases(self.masked, self.previous)
        return self._earlier


def _finding(path: tuple, word: Word, several: bool) -> Finding:
    if several:
        message = f'Pronoun "{word.text}" could stand for more than one thing in the requirement'
    else:
        message = (
            f'Pronoun "{word.text}" with nothing to refer to: '
            "the requirement must make sense on its own"
        )
    return Finding(
        path,
        message,
        'Name the thing it stands for, e.g. "the order" instead of "it", '
        '"The event page shall ..." instead of "It shall ...".',
        span=(word.start, word.end),
    )


def _vague(
    read: _Sentence, number: int, pronouns: set[str], verbs: set[str]
) -> Iterator[tuple[Word, bool]]:
    """The vague pronouns of one sentence, each with whether it has several antecedents."""
    sentence = read.words
    count = len(sentence)
    first_modal = next((i for i, w in enumerate(sentence) if w.lower in MODALS), count)
    explains = number > 0 and not any(w.lower in _BINDING for w in sentence)
    for index, word in enumerate(sentence):
        lower = word.lower
        if lower not in pronouns or (word.text.isupper() and len(word.text) > 1):
            continue  # "IT", the department
        if lower in _PERSONAL:
            if lower == "it" and _empty_it(sentence, index):
                continue
            found = _antecedents(read, index)
            if found != 1:
                yield word, found > 1
            continue
        if explains:
            continue  # "This is because ...": the sentence explains the one before
        following = sentence[index + 1].lower if index + 1 < count else ""
        if index == 0:
            if following in verbs or not following:
                yield word, False
        elif following in MODALS and lower != "that" and first_modal >= index:
            yield (
                word,
                False,
            )  # the subject of the main clause: "When a member signs in, this shall"


def _empty_it(sentence: tuple[Word, ...], index: int) -> bool:
    """Whether "it" stands for the clause after it: "It is important that", "It shall be possible to"."""
    after = [w.lower for w in sentence[index + 1 : index + 12]]
    if set(after[:3]) & _EMPTY_IT:
        return True
    at = 0
    while at < len(after) and (after[at] in MODALS or after[at] in _ADVERBS):
        at += 1
    if at < len(after) and after[at] in ("take", "takes", "took"):
        return True
    if at < len(after) and after[at] in ("is", "was", "be", "will"):
        at += 1
        while at < len(after) and after[at] in ("be", "not", "only", "also", "always"):
            at += 1
        if at + 1 < len(after) and after[at + 1] in _CLAUSE_AFTER:
            return True
        # "It is the responsibility of the vendor to host the site"
        return not _DUTIES.isdisjoint(after[at : at + 4]) and (
            "that" in after[at:] or "to" in after[at:]
        )
    return False


def _antecedents(read: _Sentence, index: int) -> int:
    """How many things the pronoun at ``index`` of the sentence could stand for.

    The sentence before it is searched first; if it names nothing that fits,
    the sentence before that ("The app shall show the card. It shall also ...").
    """
    sentence = read.words
    pronoun = sentence[index].lower
    following = sentence[index + 1].lower if index + 1 < len(sentence) else ""
    subject = following in MODALS or following in AUXILIARIES or is_verb(following)
    as_object = pronoun == "them" or (pronoun == "it" and not subject)
    here = [phrase for phrase in read.phrases() if phrase.end < index]
    # "The agency shall deliver the banners, and it shall resize them": a subject
    # pronoun that opens the next clause carries on the clause's only subject.
    joined = index and sentence[index - 1].lower in ("and", "but", "or")
    if subject and joined and continues_subject(pronoun, here):
        return 1
    found = candidates(pronoun, here, as_object)
    if found == 0 and read.previous:
        found = candidates(pronoun, read.earlier(), as_object)
    if found > 1 and pronoun in ("it", "its") and _in_benefit(read, sentence[index]):
        return 1  # "I want to schedule a post ... so that it goes out": what is wanted
    return found


def _in_benefit(read: _Sentence, word: Word) -> bool:
    """Whether ``word`` is in the benefit of a user story: "... so that it goes out"."""
    benefit = benefit_start(read.masked)
    return benefit is not None and word.start >= benefit

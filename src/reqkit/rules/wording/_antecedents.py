"""What a pronoun in a requirement could stand for: the noun phrases before it.

A requirement is read on its own, so "it" or "their" needs exactly one thing
in the statement it can mean. Without a part-of-speech tagger the noun
phrases are found with a few cheap signs, good enough to count candidates:

- a noun phrase is a run of content words (not a determiner, preposition,
  conjunction, modal, auxiliary or pronoun) with no punctuation inside;
- its head, which says singular or plural, is its last word;
- a run's first word is a verb after a modal, after "to" or after a subject
  pronoun ("shall send", "to download", "it validates"), and a predicate
  after "be" ("shall be available"); a known verb or a word ending in "-ed"
  after a noun ends the phrase ("members convert", "the leads assigned");
- a phrase followed by a modal or an auxiliary is a subject ("the till can").

Heads that name people (member, customer, team) can be "they" even when
singular, and are never "it"; units of time and measure ("30 days") stand
for nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from reqkit.rules.wording._grammar import MODALS, SUBORDINATORS, Word
from reqkit.rules.wording._pronoun_words import (
    AUXILIARIES,
    BE,
    CLAUSE_JOINERS,
    FUNCTION_WORDS,
    INFINITIVE_AFTER,
    NOUN_DETERMINERS,
    PEOPLE,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    UNITS,
    VERBS,
)


class Phrase(NamedTuple):
    """A noun phrase that a pronoun could stand for."""

    key: tuple[str, ...]  # its words in lower case: the same phrase twice is one thing
    plural: bool
    person: bool
    subject: bool
    end: int = 0  # the index of its last word


def _stem(word: str) -> str:
    """A plural or third-person form back to its base, roughly: "sends" -> "send"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def is_plural(head: str) -> bool:
    return head == "people" or (len(head) > 3 and _stem(head) != head)


def is_verb(word: str) -> bool:
    return word in VERBS or _stem(word) in VERBS or (word.endswith("ed") and len(word) > 4)


def _kind(word: Word) -> str:
    lower = word.lower
    if word.text == "IT":
        return "content"  # the department
    if lower in MODALS:
        return "modal"
    if lower in AUXILIARIES:
        return "aux"
    if lower in PRONOUNS:
        return "pronoun"
    if lower in NOUN_DETERMINERS or lower.endswith(("'s", "’s")):
        return "determiner"
    if lower in FUNCTION_WORDS:
        return "function"
    return "content"


def noun_phrases(text: str, words: Sequence[Word], before: int | None = None) -> list[Phrase]:
    """The noun phrases among ``words`` (consecutive words of ``text``) that end before ``before``.

    The words after ``before`` are still read: "Build it" is a verb because "it" follows.
    """
    kinds = [_kind(word) for word in words]
    phrases: list[Phrase] = []
    index = 0
    while index < len(words):
        if kinds[index] != "content":
            if kinds[index] == "determiner" and words[index].lower.endswith(("'s", "’s")):
                phrases.append(_possessor(words[index], index))
            index += 1
            continue
        end = index
        while end + 1 < len(words) and kinds[end + 1] == "content" and _joined(text, words, end):
            end += 1
        found = _split_run(words, kinds, index, end)
        owner = words[index - 1].lower if index and kinds[index - 1] == "determiner" else ""
        if found and owner.endswith(("'s", "’s")):
            # "the member's offer" and "the partner's offer" are two things
            found[0] = found[0]._replace(key=(owner, *found[0].key))
        phrases.extend(found)
        index = end + 1
    limit = len(words) if before is None else before
    return [phrase for phrase in phrases if phrase.key and phrase.end < limit]


def _joined(text: str, words: Sequence[Word], at: int) -> bool:
    """Whether only spaces or hyphens lie between word ``at`` and the next."""
    return not text[words[at].end : words[at + 1].start].strip(" -")


def _possessor(word: Word, at: int) -> Phrase:
    owner = word.lower[:-2]
    if _stem(owner) in UNITS:
        return Phrase((), False, False, False)  # "last year's campaign"
    return Phrase((owner,), is_plural(owner), _stem(owner) in PEOPLE, False, at)


def _split_run(words: Sequence[Word], kinds: list[str], start: int, end: int) -> list[Phrase]:
    """The noun phrases in one run of content words from ``start`` to ``end``."""
    before = _previous(kinds, words, start)
    determined = before == "determiner"
    following = kinds[start + 1] if start + 1 < len(kinds) else ""
    if not determined and (
        before in ("modal", "to", "subject", "aux")
        or (following in ("pronoun", "determiner") and words[start].lower in VERBS)
    ):
        # "shall send", "to download", "it validates", "shall be available",
        # and a verb before its object: "Build it ...", "Make the page ..."
        start += 1
    found: list[Phrase] = []
    first = start
    if (
        end > start
        and _opens_clause(words, start, determined)
        and _verb_before_object(words, kinds, end)
    ):
        # "When marketing hands the copy to ...": the clause's subject, then its verb
        found.append(_phrase(words, start, end - 1, subject=True))
        return [phrase for phrase in found if phrase.key]
    for at in range(start + 1, end + 1):
        if is_verb(words[at].lower) and at > first:
            found.append(_phrase(words, first, at - 1, subject=True))
            first = at + 1  # the verb; what follows is its object
    if first <= end:
        following = kinds[end + 1] if end + 1 < len(kinds) else ""
        found.append(_phrase(words, first, end, subject=following in ("modal", "aux")))
    return [phrase for phrase in found if phrase.key]


def _opens_clause(words: Sequence[Word], start: int, determined: bool) -> bool:
    """Whether the run (with its determiner) starts the sentence or follows "when", "once" ..."""
    at = start - 1 if determined else start
    return at == 0 or (at > 0 and words[at - 1].lower in SUBORDINATORS)


def _verb_before_object(words: Sequence[Word], kinds: list[str], end: int) -> bool:
    """Whether the last word of a run opening a clause is its verb: "-s" before "the" or "it"."""
    following = kinds[end + 1] if end + 1 < len(kinds) else ""
    word = words[end].lower
    return following in ("determiner", "pronoun") and word.endswith("s") and _stem(word) != word


def _previous(kinds: list[str], words: Sequence[Word], at: int) -> str:
    """What comes before a run: a determiner, a modal (over adverbs), "to", a subject pronoun."""
    back = at - 1
    while back >= 0 and words[back].lower in ("not", "only", "also", "never", "always", "then"):
        back -= 1
    if back < 0:
        return ""
    lower = words[back].lower
    if lower == "to":
        infinitive = back and words[back - 1].lower in INFINITIVE_AFTER
        return "to" if infinitive or is_verb(words[at].lower) else "function"
    if lower in CLAUSE_JOINERS and is_verb(words[at].lower):
        return "modal"  # "... and delete them", "the user who made the change"
    if kinds[back] == "pronoun":
        return "subject" if lower in SUBJECT_PRONOUNS else "pronoun"
    if kinds[back] == "aux":
        return "aux" if lower in BE else "modal"
    return kinds[back]


def _phrase(words: Sequence[Word], start: int, end: int, subject: bool) -> Phrase:
    key = tuple(word.lower for word in words[start : end + 1] if not word.lower.isdigit())
    if not key or _stem(key[-1]) in UNITS or key[-1] in UNITS:
        return Phrase((), False, False, subject, end)
    head = key[-1]
    person = _stem(head) in PEOPLE or head in PEOPLE
    return Phrase(key, is_plural(head), person, subject, end)


def candidates(pronoun: str, phrases: Sequence[Phrase], as_object: bool) -> int:
    """How many different things ``pronoun`` could stand for among ``phrases``.

    "it" and "its" stand for a thing, not a person; "they", "their" and
    "them" for a plural, or for one person ("each buyer ... their invoice").
    Among several plurals, a single one naming people is what "they" means
    ("show members which offers they can redeem"). An object pronoun does
    not stand for a subject ("the till can scan it": not the till), and
    "its" stands for the subject only when nothing else fits ("stored by
    the platform in its data centre": the platform); "their" may stand for
    either person ("the store manager shall tell the regional manager when
    their budget runs out").
    """
    if as_object or pronoun == "its":
        found = _count(pronoun, [p for p in phrases if not p.subject])
        if found or as_object:
            return found
    return _count(pronoun, phrases)


def _count(pronoun: str, phrases: Sequence[Phrase]) -> int:
    pool = list({phrase.key: phrase for phrase in phrases}.values())
    if pronoun in ("it", "its"):
        return sum(1 for p in pool if not p.plural and not p.person)
    plural = [p for p in pool if p.plural]
    if len(plural) > 1:
        people = [p for p in plural if p.person]
        return 1 if len(people) == 1 else len(plural)
    if plural:
        return 1
    return sum(1 for p in pool if p.person)


def continues_subject(pronoun: str, phrases: Sequence[Phrase]) -> bool:
    """Whether the only subject among ``phrases`` fits ``pronoun``: the clause it carries on.

    "it" fits a singular subject (an agency or a team too: "the agency ...,
    and it shall ..."), "they" a plural or a person. With two subjects
    ("the scheduler shall start the import after the export finishes, and
    it shall ...") either could carry on, so none does.
    """
    subjects = list({phrase.key: phrase for phrase in phrases if phrase.subject}.values())
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if pronoun in ("it", "its"):
        return not subject.plural
    return subject.plural or subject.person

"""Whether a modal verb sits in a clause that describes a noun rather than binds.

"Members who can show a student ID shall get a discount" binds with "shall";
"can" only says which members are meant. "The shop shall offer a list the
team can export" is the same with the "that" left out. A weak modal in such
a clause sets no requirement, so weak-modal leaves it alone.
"""

from __future__ import annotations

import bisect

from reqkit.rules.wording._grammar import DETERMINERS, sentence_of, word_starts, words

_BINDING = frozenset({"shall", "must", "will"})
_RELATIVES = frozenset({"who", "which", "whom", "whose", "that"})
#: Words that end a clause or join two: a describing clause does not reach past them.
_JOINS = frozenset({"and", "or", "but", "then", "if", "when", "while", "so", "because"})
#: Determiners that open a noun phrase; "that", "it" and "them" also stand alone.
_OPENERS = DETERMINERS - {"that", "it", "them", "this"}


def in_describing_clause(text: str, position: int) -> bool:
    """Whether the modal at ``position`` is in a relative clause of a binding sentence."""
    start, end = sentence_of(text, position)
    starts = word_starts(text)
    first, at = bisect.bisect_left(starts, start), bisect.bisect_left(starts, position)
    last = bisect.bisect_left(starts, end)
    lowered = [word.lower for word in words(text)[first:last]]
    at -= first
    before, after = lowered[:at], lowered[at + 1 :]
    if not _BINDING.isdisjoint(after) and _after_relative(before):
        return True  # "Members who can show a student ID shall get ..."
    return _after_reduced_relative(before)


def _after_relative(before: list[str]) -> bool:
    """A relative pronoun after a noun opens the clause the modal is in, with no binding verb since."""
    for index in range(len(before) - 1, 0, -1):
        word = before[index]
        if word in _BINDING or word in _JOINS:
            return False
        if word in _RELATIVES:
            noun = before[index - 1]
            return noun not in DETERMINERS and noun not in _BINDING and noun not in _JOINS
    return False


def _after_reduced_relative(before: list[str]) -> bool:
    """ "shall offer a list the team can export": a noun phrase right after another one."""
    binding = max((i for i, word in enumerate(before) if word in _BINDING), default=-1)
    if binding < 0:
        return False
    clause = before[binding + 2 :]  # the object, after the main verb
    if len(clause) < 4 or not _JOINS.isdisjoint(clause) or not _RELATIVES.isdisjoint(clause):
        return False
    subject = max((i for i, word in enumerate(clause) if word in _OPENERS), default=-1)
    if subject < 2 or subject == len(clause) - 1:
        return False
    described = clause[subject - 1]
    opened = any(word in _OPENERS for word in clause[: subject - 1])
    return opened and described not in DETERMINERS and described not in _BINDING

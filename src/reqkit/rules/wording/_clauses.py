"""The accepted shapes of a requirement sentence, which several wording rules must respect.

A user story (`As a member, I want ... so that I can ...`) and the EARS
templates (`When <trigger>, the <system> shall ...`, `While ...`, `If ...,
then ...`, `Where ...`) are good forms of a requirement. Their parts are not
what they look like to a rule reading word by word: the condition clause of
an EARS requirement is not a passive or a second requirement, and the
"can" of `so that I can ...` is not a weak modal. These helpers find those
parts, so that the rules agree on them.
"""

from __future__ import annotations

import re

from reqkit.rules.text import mask_quoted
from reqkit.rules.textcache import per_brief
from reqkit.rules.wording._grammar import Word

# "As a returning visitor, I want ...", "In order to ..., as a buyer I need ...".
_USER_STORY = re.compile(
    r"^\W*(?:in\s+order\s+to\b[^,.]{0,120},\s*)?as\s+(?:an?|the)\s+[^.]{1,120}?\bI\s+"
    r"(?:want|need|would\s+like|['’]d\s+like|wish|expect|can|am\s+able)\b",
    re.IGNORECASE,
)
_SO_THAT = re.compile(r"\bso\s+that\b|\bin\s+order\s+to\b", re.IGNORECASE)

#: Words that open a condition clause before the main clause (the EARS triggers, states,
#: unwanted behaviour and features, and their kin).
_CLAUSE_OPENERS = frozenset({
    "when", "whenever", "while", "if", "where", "once", "after", "before", "until", "unless",
    "since", "whether",
})  # fmt: skip


@per_brief
def is_user_story(text: str) -> bool:
    """Whether ``text`` is written as a user story: "As a <role>, I want <x> so that <y>"."""
    return _USER_STORY.match(mask_quoted(text)) is not None


def benefit_start(text: str) -> int | None:
    """Where the benefit clause of a user story starts ("so that ..."), or None."""
    if not is_user_story(text):
        return None
    found = _SO_THAT.search(mask_quoted(text))
    return found.start() if found else None


def main_clause_start(text: str, sentence: tuple[Word, ...]) -> int:
    """The index of the first word of the sentence's main clause.

    A sentence that opens with a condition ("When a lead is created, the CRM
    shall ...", "If the payment fails then ...") has its main clause after
    the comma or "then" that closes the condition; any other sentence starts
    with it (index 0).
    """
    if not sentence or sentence[0].lower not in _CLAUSE_OPENERS:
        return 0
    for index in range(1, len(sentence)):
        word = sentence[index]
        if word.lower == "then":
            return index + 1
        between = text[sentence[index - 1].end : word.start]
        if "," in between:
            return index
    return 0

"""How compound-requirement (RK113) finds actions joined without a plain "and" + object.

"shall greet the visitor as well as offer the promotions" joins two actions
with "as well as"; "shall start quickly and play without lag" joins two
verbs that take no object, so no article after "and" gives the second away.
"""

from __future__ import annotations

from reqkit.rules.wording._compound_words import NOT_VERBS
from reqkit.rules.wording._grammar import MODALS, SUBORDINATORS, Word

_JOINERS = frozenset({"and", "or"})


def joins(every: list[Word], index: int) -> bool:
    """Whether the word at ``index`` joins two parts: "and", "or", or the last word of "as well as"."""
    word = every[index].lower
    if word in _JOINERS:
        return True
    if word != "as" or index < 2:
        return False
    return every[index - 2].lower == "as" and every[index - 1].lower == "well"


def joined_intransitive(every: list[Word], modal: int) -> tuple[Word, Word] | None:
    """Two verbs with no object, each with its own adverb: "shall start quickly and play without lag".

    Right after the modal comes the first verb, then an adverb ("-ly") and
    "and"; the word after "and" is a second verb when an adverb or a
    preposition follows it, as a noun there would need an article.
    """
    verb, adverb, joiner = modal + 1, modal + 2, modal + 3
    if joiner + 2 >= len(every) or every[verb].lower in MODALS or every[verb].lower == "be":
        return None
    if not every[adverb].lower.endswith("ly") or every[joiner].lower not in _JOINERS:
        return None
    second, after = every[joiner + 1], every[joiner + 2].lower
    if not second.lower.isalpha() or second.lower.endswith(("s", "ly")):
        return None
    if second.lower in NOT_VERBS or second.lower in SUBORDINATORS:
        return None
    if after.endswith("ly") or after in _PREPOSITIONS:
        return every[joiner], second
    return None


_PREPOSITIONS = frozenset({
    "without", "with", "in", "on", "at", "for", "from", "to", "into", "across", "within",
    "offline", "online", "everywhere",
})  # fmt: skip


def as_one_word(parts: list[Word] | tuple[Word, ...]) -> Word:
    """Words side by side as one ("as well as"), so a finding names and marks them all."""
    text = " ".join(part.text for part in parts)
    return Word(parts[0].start, parts[-1].end, text, text.lower())

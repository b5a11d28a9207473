"""Whether a piece of the brief says anything: shared by the completeness rules.

The rules that ask for "enough words" and the placeholder rule must not both
report the same gap, so a text made of nothing but placeholders ("TBD") is
left to the placeholder rule, and the length rules count only the other words.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from reqkit.rules.completeness.placeholder_text import placeholder_finder

# A word: letters or digits, joined by inner hyphens or apostrophes ("no-shows", "don't").
_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")


def filled(text: str | None) -> bool:
    """True if ``text`` has something other than white space."""
    return bool(text and text.strip())


def is_blank(value: Any) -> bool:
    """True for a section with nothing written in it: absent, blank, or only empty parts."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, BaseModel):
        return all(is_blank(getattr(value, name)) for name in value.model_fields_set)
    if isinstance(value, dict):
        return not value
    if isinstance(value, (list, tuple)):
        return all(is_blank(item) for item in value)
    return False


def _without_placeholders(text: str) -> str:
    pieces, last = [], 0
    for match in placeholder_finder().find(text):
        pieces.append(text[last : match.start])
        last = match.end
    pieces.append(text[last:])
    return " ".join(pieces)


def word_count(text: str) -> int:
    """How many words ``text`` has, placeholders not counted."""
    return len(_WORD.findall(_without_placeholders(text)))


def in_words(count: int) -> str:
    """``count`` words, as a message says it: "1 word", "3 words"."""
    return f"{count} word" if count == 1 else f"{count} words"


def only_placeholders(text: str) -> bool:
    """True if ``text`` is nothing but placeholders, which the placeholder rule reports."""
    return filled(text) and bool(placeholder_finder().find(text)) and word_count(text) == 0

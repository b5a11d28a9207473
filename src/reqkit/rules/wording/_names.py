"""Names written in title case: "the Simple Booking widget", "the Fast Lane checkout".

Marketing names products, pages and offers with ordinary words: "Quick
Order", "Best Price Guarantee", "Instant Win". In such a name the word says
nothing about speed or quality, so a word-list rule that finds one should
let it be. A listed word is taken for part of a name when it is written in
title case (a capital, then small letters: "FAST" in capitals is emphasis,
not a name) and either stands inside a sentence, or starts one and is
followed by another title-case word ("Quick Order shall ...").
"""

from __future__ import annotations

from reqkit.rules.text import Match
from reqkit.rules.wording._grammar import starts_sentence, words_after


def title_case(word: str) -> bool:
    """A capital followed by at least one small letter: "Quick", "Best-Price", not "ASAP"."""
    return word[:1].isupper() and any(letter.islower() for letter in word)


def part_of_name(text: str, match: Match) -> bool:
    """Whether ``match`` in ``text`` is a word of a title-case name rather than a judgement."""
    if not title_case(match.text):
        return False
    if not starts_sentence(text, match.start):
        return True
    following = words_after(text, match.end, 1)
    return bool(following) and title_case(following[0].text)

"""What counts as a match of a listed word or phrase in a brief's prose.

Every wording rule relies on these semantics, so they are pinned down here
directly, apart from any one rule's word list.
"""

from __future__ import annotations

import pytest

from reqkit.rules.text import TermMatcher, mask_quoted


def found(terms: list[str], text: str, **options: bool) -> list[str]:
    return [match.text for match in TermMatcher(terms, **options).find(text)]


@pytest.mark.parametrize(
    ("terms", "text", "expected"),
    [
        # whole words only, in any letter case
        (["fast"], "The page shall load fast.", ["fast"]),
        (["fast"], "FAST loading", ["FAST"]),
        (["fast"], "The page shall load faster.", []),
        (["fast"], "A breakfast for visitors.", []),
        (["fast"], "fast_mode is a flag", []),
        # hyphens and white space between the words of a phrase are alike
        (["user friendly"], "A user-friendly form.", ["user-friendly"]),
        (["user-friendly"], "A user friendly form.", ["user friendly"]),
        (["user friendly"], "A user \n  friendly form.", ["user \n  friendly"]),
        (["user friendly"], "A userfriendly form.", []),
        # a word joined to another by a hyphen is part of a longer word
        (["friendly"], "A user-friendly form.", []),
        (["user"], "A user-friendly form.", []),
        # punctuation inside a listed term must be written as listed
        (["etc."], "Logos, banners etc. in the footer.", ["etc."]),
        (["etc."], "Logos, banners etc in the footer.", []),
        (["and/or"], "E-mail and/or SMS.", ["and/or"]),
        (["and/or"], "E-mail and / or SMS.", []),
        (["24/7"], "Support 24/7 during the show.", ["24/7"]),
        (["???"], "Hosting: ????", ["???"]),
        (["???"], "Hosting: ??", []),
        (["can't"], "The form can't be empty.", ["can't"]),
        # the longest listed phrase wins where one starts another
        (["quick", "quick win"], "A quick win for the team.", ["quick win"]),
        (
            ["as soon as", "as soon as possible"],
            "Go live as soon as possible.",
            ["as soon as possible"],
        ),
        # every occurrence, in order, without overlaps
        (["fast", "easy"], "Fast and easy, fast.", ["Fast", "easy", "fast"]),
        # nothing inside quotes or code spans
        (["fast"], 'The "Fast Track" lane shall open.', []),
        (["fast"], "Set `fast` to true; it is fast.", ["fast"]),
        (["fast"], "The 'Fast Lane' button.", []),
        (["fast"], "The “Fast Lane” button.", []),
        # an apostrophe inside a word is not a quotation mark
        (["fast"], "The visitor's page is fast, the team's too.", ["fast"]),
        # empty lists and texts
        ([], "anything", []),
        (["  "], "anything", []),
        (["fast"], "", []),
    ],
)
def test_matches(terms: list[str], text: str, expected: list[str]) -> None:
    assert found(terms, text) == expected


def test_offsets_point_into_the_original_text() -> None:
    text = 'The "Fast" page shall be user-friendly.'
    (match,) = TermMatcher(["user friendly"]).find(text)
    assert text[match.start : match.end] == "user-friendly" == match.text
    assert (match.start, match.end) == (25, 38)


def test_case_sensitive_matching_takes_terms_as_written() -> None:
    assert found(["TODO"], "TODO: todo list, Todo", case_sensitive=True) == ["TODO"]
    assert found(["TODO"], "TODO: todo list, Todo") == ["TODO", "todo", "Todo"]


def test_terms_are_kept_longest_first() -> None:
    assert TermMatcher(["a", "abc", "ab", "abc"]).terms == ("abc", "ab", "a")


def test_letters_beyond_ascii_are_letters() -> None:
    assert found(["schnell"], "Die Seite lädt schnell.") == ["schnell"]
    assert found(["lädt"], "Die Seite lädt schnell.") == ["lädt"]
    assert found(["öffnen"], "Wiederöffnen") == []


def test_mask_keeps_offsets() -> None:
    text = 'A "quoted" word and `code`.'
    masked = mask_quoted(text)
    assert len(masked) == len(text)
    assert "quoted" not in masked and "code" not in masked
    assert masked.startswith("A ") and masked.endswith(".")


@pytest.mark.parametrize(
    "text",
    [
        "The visitor's page and the team's list.",
        "'Fast Lane' opens",
        "The 'Fast Lane' button",
        "(‘Fast’) and “Easy”",
        'A "quoted" word',
        "Use `fast_mode`.",
        "rock'n'roll all night",
        "_'x' is a name",
        "ü'x' and é 'y'",
        "don't",
        "'",
        "end'",
    ],
)
def test_masking_only_skips_texts_that_hold_no_quotation(text):
    from reqkit.rules.text import _QUOTED

    assert mask_quoted(text) == _QUOTED.sub(lambda m: " " * len(m.group()), text)

"""Small pieces of plain English that rule messages share.

Messages name the item they are about and read like a sentence a colleague
would write: "Kim Baxter and Rob Fenwick", "two accountable people", a long
statement cut short rather than pasted whole into one line of output.
"""

from __future__ import annotations

from collections.abc import Sequence

_NUMBER_WORDS = (
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
)


def and_list(items: Sequence[str]) -> str:
    """``["A", "B", "C"]`` as ``"A, B and C"``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``count(2, "person", "people")`` as ``"two people"``; digits from 11 on."""
    word = _NUMBER_WORDS[number] if 0 <= number < len(_NUMBER_WORDS) else str(number)
    return f"{word} {noun if number == 1 else plural or noun + 's'}"


def quote(text: str, limit: int = 70) -> str:
    """``text`` on one line in double quotes, cut at a word boundary if it is long."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
        flat = cut.rstrip(",;:") + " …"
    return f'"{flat}"'


def percent(part: int, whole: int, limit: float | None = None) -> str:
    """``part`` out of ``whole`` as a percentage, e.g. ``"82 %"``.

    Rounded to a whole number, unless that would make a share just above
    ``limit`` look equal to it ("60 % is above 60 %"); then one decimal.
    """
    share = 100 * part / whole
    shown = f"{share:.0f}"
    if limit is not None and share > 100 * limit and float(shown) <= 100 * limit:
        shown = f"{share:.1f}"
    return f"{shown} %"

"""A list of texts in one spreadsheet cell, one per line, and back.

Most lists (acceptance criteria, linked goals, systems) hold short, one-line
items, and a cell with one item per line is what people write by hand. An
item that has line breaks of its own, surrounding spaces, or starts like a
bullet would not come back the same from that, so such lists are written as
bullets instead: each item starts with "• ", and its further lines are
indented by two spaces. Both forms read back exactly.

People also write their own bullets ("- ", "* ", "• ", "1. "); when every line
of a cell starts with the same kind of bullet, the bullets are taken off.
"""

from __future__ import annotations

import re

BULLET = "• "
_CONTINUED = "  "
_BULLETED = re.compile(r"([-*•–]|\d+[.)])[ \t]+(.*)", re.S)
_LOOKS_BULLETED = re.compile(r"([-*•–]|\d+[.)])[ \t]")


def _plain(item: str) -> bool:
    return (
        bool(item) and "\n" not in item and item == item.strip() and not _LOOKS_BULLETED.match(item)
    )


def lines_cell(items: list[str]) -> str:
    """The text of a cell holding ``items``: one per line, or bullets when they need them."""
    if all(_plain(item) for item in items):
        return "\n".join(items)
    return "\n".join(BULLET + item.replace("\n", "\n" + _CONTINUED) for item in items)


def cell_lines(text: str) -> list[str]:
    """The items a cell holds: its bullets, or its non-blank lines."""
    lines = text.replace("\r\n", "\n").split("\n")  # Windows line ends; a lone CR is text
    if lines[0].startswith(BULLET) and all(line.startswith((BULLET, _CONTINUED)) for line in lines):
        items: list[str] = []
        for line in lines:
            if line.startswith(BULLET):
                items.append(line[len(BULLET) :])
            else:
                items[-1] += "\n" + line[len(_CONTINUED) :]
        return items
    kept = [line.strip() for line in lines if line.strip()]
    matches = [_BULLETED.fullmatch(line) for line in kept]
    if kept and all(matches) and _same_bullets([m[1] for m in matches if m]):
        return [m[2].strip() for m in matches if m]
    return kept


def _same_bullets(marks: list[str]) -> bool:
    """One kind of bullet throughout: all "-", all "•", or all numbers."""
    kinds = {"number" if mark[0].isdigit() else mark for mark in marks}
    return len(kinds) == 1

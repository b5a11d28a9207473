"""Where a cursor is in a brief, read from indentation alone.

Completion is asked for while a line is half typed, so the document is often
not valid YAML at that moment and no parser can say which mapping the cursor
is in. Briefs are block-style YAML, where indentation says it: walking up
from the cursor line, the first key written further left is the parent, and
a ``- `` item marks a list in between. Flow collections (``{a: 1}``) are not
followed; nothing here is used to check a brief, only to help write one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.positions import Path

_LINE = re.compile(
    r"^(?P<indent> *)(?P<dashes>(?:-(?: +|$))*)"
    r"(?:(?P<key>[A-Za-z_][\w-]*) *:(?= |$)(?P<value> *[^#]*?)?)?"
    r" *(?P<comment>#.*)?$"
)


@dataclass(frozen=True)
class Line:
    """One line's structure: where its content starts, its key and its value."""

    dash: int | None  # column of the last "- " on the line, if it starts a list item
    key: str | None
    key_column: int  # where the key (or the content after the dashes) starts
    value: str = ""
    blank: bool = False


def read_line(text: str) -> Line | None:
    """The structure of one line, or None if it is not a key or list item (text, a scalar's tail)."""
    stripped = text.rstrip("\r\n")
    if not stripped.strip() or stripped.lstrip().startswith("#"):
        return Line(None, None, len(stripped) - len(stripped.lstrip()), blank=True)
    match = _LINE.match(stripped)
    if match is None:
        dashes = re.match(r"^( *)((?:- +)+)", stripped)
        if dashes is None:
            return None
        last = dashes.end(2) - len(dashes[2].split("-")[-1]) - 1
        return Line(last, None, dashes.end())
    indent, dashes = match["indent"], match["dashes"]
    dash = len(indent) + dashes.rfind("-") if dashes else None
    return Line(dash, match["key"], len(indent) + len(dashes), (match["value"] or "").strip())


def parent_path(lines: Sequence[str], row: int, column: int) -> Path | None:
    """The path of the mapping that a key written at ``column`` on line ``row`` belongs to.

    List items count as index 0 (which item does not matter for the schema).
    None when the place is inside a block of text (``|`` or ``>``), under a
    key that already has a value, or in a flow collection.
    """
    here = read_line(lines[row]) if row < len(lines) else None
    if here is not None and here.dash is not None and column <= here.key_column:
        return _climb(lines, row, [0], item=here.dash)
    return _climb(lines, row, [], mapping=column)


def list_path(lines: Sequence[str], row: int) -> Path | None:
    """The path of the list that the ``- `` item on line ``row`` is part of."""
    here = read_line(lines[row])
    if here is None or here.dash is None:
        return None
    return _climb(lines, row, [], item=here.dash)


def _climb(
    lines: Sequence[str], row: int, path: list[str | int], *, mapping: int = -1, item: int = -1
) -> Path | None:
    """Walk up from ``row``: inside a mapping at column ``mapping``, or a list item at ``item``."""
    for above in range(row - 1, -1, -1):
        line = read_line(lines[above])
        if line is None or line.blank:
            continue
        if mapping >= 0:
            if line.key_column > mapping:
                continue
            if line.key_column == mapping:
                if line.dash is not None:  # the first key of the item this mapping is
                    path.append(0)
                    mapping, item = -1, line.dash
                continue
            if line.key is None:  # a bare "-" whose item is this mapping
                if line.dash is None:
                    return None
                path.append(0)
                mapping, item = -1, line.dash
                continue
        else:
            if line.dash == item or line.key_column > item or line.key is None:
                continue  # an earlier item of the same list, or something inside one
            if line.key_column == item and (line.dash is not None or line.value):
                continue
        if line.value and line.value[0] not in "&!":
            return None  # a key with a value of its own (text, a flow collection) owns nothing
        path.append(str(line.key))
        if line.dash is not None:
            path.append(0)
            mapping, item = -1, line.dash
        else:
            mapping, item = line.key_column, -1
    return tuple(reversed(path))


def siblings(lines: Sequence[str], row: int, column: int) -> set[str]:
    """The keys already written in the mapping that a key at ``column`` on ``row`` would join."""
    here = read_line(lines[row])
    first_of_item = here is not None and here.dash is not None and here.key_column == column
    found: set[str] = set()
    for step in (1,) if first_of_item else (-1, 1):
        at = row + step
        while 0 <= at < len(lines):
            line = read_line(lines[at])
            at += step
            if line is None or line.blank or line.key_column > column:
                continue
            if line.key_column < column or (line.dash is not None and step == 1):
                break  # the end of the mapping, or the next item of the list
            if line.key is not None:
                found.add(line.key)
            if line.dash is not None:
                break  # going up: the first key of this item
    return found


_QUOTED = re.compile(r"""^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')""")


def comment_allowed(lines: Sequence[str], row: int) -> bool:
    """True when a ``#`` comment can end line ``row`` without becoming part of a value.

    Not on a line inside a block of text (``|``, ``>``), nor on the tail of a
    value folded over several lines, nor after a quoted value left open.
    """
    here = read_line(lines[row])
    if here is None or here.blank:
        return False
    written = lines[row].rstrip("\r\n")[here.key_column :]
    if here.key is not None:
        written = written[len(here.key) :].lstrip()[1:].lstrip()  # what follows "key:"
    if written[:1] in ("'", '"') and not _QUOTED.match(written):
        return False
    start = here.dash if here.dash is not None else here.key_column
    for above in range(row - 1, -1, -1):
        line = read_line(lines[above])
        if line is None or line.blank:
            continue
        if (line.dash if line.dash is not None else line.key_column) < start:
            return line.value[:1] not in ("|", ">")
    return True


@dataclass(frozen=True)
class Item:
    """Where one item of a top-level list is written: its rows and the column of its keys."""

    first: int
    last: int  # the last row with content (trailing blanks and comments belong to no item)
    column: int


def list_item(lines: Sequence[str], section: str, index: int) -> Item | None:
    """Item ``index`` of the top-level list ``section`` (``requirements``), if it is written in block style."""
    top = next(
        (
            row
            for row, text in enumerate(lines)
            if (line := read_line(text)) is not None
            and line.key == section
            and line.key_column == 0
            and not line.value
        ),
        None,
    )
    if top is None:
        return None
    dash: int | None = None
    count, first, last, column = -1, -1, -1, 0
    for row in range(top + 1, len(lines)):
        line = read_line(lines[row])
        if line is not None and line.blank:
            continue
        if line is not None and line.dash is None and line.key_column == 0:
            break  # the next section
        if line is not None and line.dash is not None and dash is None:
            dash = line.dash
        if line is not None and line.dash == dash:
            count += 1
            if count == index:
                first, column = row, line.key_column
            elif count > index:
                break
        if count == index:
            last = row
    return Item(first, last, column) if first >= 0 else None


def key_rows(lines: Sequence[str], item: Item, key: str) -> tuple[int, int] | None:
    """The first and last rows of ``key`` and its value within ``item``, if the item has it."""
    start = next(
        (
            row
            for row in range(item.first, item.last + 1)
            if (line := read_line(lines[row])) is not None
            and line.key == key
            and line.key_column == item.column
        ),
        None,
    )
    if start is None:
        return None
    end = start
    for row in range(start + 1, item.last + 1):
        line = read_line(lines[row])
        if line is None or line.blank:
            end = row if line is None else end
            continue
        if (line.dash if line.dash is not None else line.key_column) < item.column or (
            line.dash is None and line.key_column == item.column
        ):
            break
        end = row
    return start, end

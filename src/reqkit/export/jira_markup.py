"""Text in Jira's wiki markup, the markup its CSV importer reads in a Description.

A brief's text is prose, not markup: an asterisk, a bracket or a leading
``h1.`` in it must show as typed, not turn into bold, a link or a heading.
Jira escapes a character with a backslash. Brackets, braces, bars, bangs and
backslashes always mean markup, so they are always escaped; the characters
that mark bold, italics, strike-through and the like only do so at the edge
of a word, so only there are they escaped, and "e-mail" stays readable in the
raw field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ALWAYS = re.compile(r"([\\{}\[\]|!])")
_AT_WORD_EDGE = re.compile(r"(?:(?<=\s)|^)([*_+\-^~?#])|([*_+\-^~?#])(?=\s|$)", re.M)
_BREAK = " \\\\ "
_BLOCK_START = re.compile(r"^(\s*)(h[1-6]|bq|fn\d*)\.", re.M)


def escape(text: str) -> str:
    """``text`` shown as typed by Jira: every markup character escaped where it would act."""
    text = _ALWAYS.sub(r"\\\1", text)
    text = _AT_WORD_EDGE.sub(lambda m: "\\" + (m.group(1) or m.group(2)), text)
    return _BLOCK_START.sub(lambda m: f"{m.group(1)}{m.group(2)}\\.", text)


def paragraph(text: str) -> str:
    """Text as paragraphs; Jira keeps single line breaks as they are."""
    return escape(text.strip())


def heading(text: str) -> str:
    return f"h3. {escape(text)}"


def bullets(items: Iterable[str], numbered: bool = False) -> str:
    """A list; a line break inside an item becomes Jira's forced break, so the list holds."""
    mark = "#" if numbered else "*"
    return "\n".join(f"{mark} {escape(item.strip()).replace(chr(10), _BREAK)}" for item in items)


def section(title: str, body: str) -> str:
    """A heading and its body, or nothing when the body is empty."""
    return f"{heading(title)}\n{body}" if body.strip() else ""


def join(parts: Iterable[str]) -> str:
    """The non-empty parts, separated by blank lines."""
    return "\n\n".join(part for part in parts if part)

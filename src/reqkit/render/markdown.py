"""Escaping brief text for Markdown, and for the Mermaid chart inside it.

Everything a brief says is text, never markup: a requirement that contains
``|`` must not split a table cell, a ``<script>`` must stay visible as text,
``[click](javascript:...)`` must not become a link and a ``#`` must not turn a
line into a heading. The Markdown templates escape every value by default
(through the environment's ``finalize``); values that are already Markdown
are wrapped in :class:`MdSafe` so they pass through unchanged, as
``markupsafe.Markup`` does for HTML.
"""

from __future__ import annotations

import re
from typing import Any


class MdSafe(str):
    """Markdown produced by reqkit itself, to be written as it is."""

    __slots__ = ()


# Characters with a meaning in CommonMark or GitHub Flavored Markdown, escaped
# with a backslash. '<', '>' and '&' become entities instead: that works in
# every renderer, inside tables too, and never opens an HTML tag.
_INLINE = re.compile(r"[\\`*\[\]|#~$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|[<>&]")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
# What would start a list item, a numbered list or a setext underline.
_LINE_START = re.compile(r"^(\s*)([-+](?![\w])|=+(?=\s*$)|\d+(?=[.)](?:\s|$)))")
_WHITESPACE = re.compile(r"\s+")


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    return _ENTITIES.get(char) or "\\" + char


def _escape_line(text: str) -> str:
    escaped = _INLINE.sub(_escape_char, text)
    start = _LINE_START.match(escaped)
    if start is None:
        return escaped
    lead, marker = start.groups()
    if marker.isdigit():  # "2027. A year" would start a numbered list: escape the dot
        end = start.end()
        return escaped[:end] + "\\" + escaped[end:]
    return lead + "\\" + escaped[len(lead) :]


def md_inline(value: Any) -> MdSafe:
    """One line of plain text, safe anywhere: a table cell, a heading, a list item."""
    if isinstance(value, MdSafe):
        return value
    if value is None:
        return MdSafe("")
    return MdSafe(_escape_line(_WHITESPACE.sub(" ", str(value))))


def md_block(value: Any) -> MdSafe:
    """Text of several paragraphs; the line breaks the author typed are kept."""
    if value is None:
        return MdSafe("")
    paragraphs = re.split(r"\n\s*\n", str(value).strip())
    rendered = []
    for paragraph in paragraphs:
        lines = [
            _escape_line(_WHITESPACE.sub(" ", line).strip()) for line in paragraph.splitlines()
        ]
        rendered.append("\\\n".join(line for line in lines if line))
    return MdSafe("\n\n".join(p for p in rendered if p))


def md_finalize(value: Any) -> Any:
    """What every ``{{ ... }}`` in a Markdown template goes through."""
    if isinstance(value, MdSafe):
        return value
    return md_inline(value)


def md_raw(value: Any) -> MdSafe:
    """Mark template output (a macro's result) as Markdown already escaped."""
    return MdSafe("" if value is None else str(value))


def md_comment(value: Any) -> MdSafe:
    """Text for the inside of an HTML comment (``<!-- ... -->``) in a Markdown document.

    The comment carries outside text, such as the brief's file name, and a
    file may be named ``x--><img src=x onerror=...><!--.yaml``: with ``<``
    and ``>`` written as entities nothing can close the comment or open a
    tag, and one line keeps the comment where it is.
    """
    text = _WHITESPACE.sub(" ", "" if value is None else str(value))
    return MdSafe("".join(_ENTITIES.get(char, char) for char in text))


def md_link(label: Any, anchor: str) -> MdSafe:
    """A link to an anchor inside the document; the label is escaped."""
    return MdSafe(f"[{md_inline(label)}](#{anchor_id(anchor)})")


_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def anchor_id(text: str) -> str:
    """An id usable in HTML and in a URL fragment; ids in a brief already are."""
    return _ANCHOR_UNSAFE.sub("-", text).strip("-") or "item"


# Mermaid gantt: a task name ends at ':' and a line at ';' or '#'; a code
# fence or an HTML-like tag in a name could end the block or inject markup.
_MERMAID_UNSAFE = re.compile(r"[^\w .,()/'+&-]+")
_MERMAID_KEYWORDS = frozenset(
    [
        "title",
        "section",
        "datefmt",
        "dateformat",
        "axisformat",
        "tickinterval",
        "includes",
        "excludes",
        "todaymarker",
        "weekday",
        "weekend",
        "inclusiveenddates",
        "topaxis",
        "click",
        "call",
        "href",
        "acctitle",
        "accdescr",
    ]
)


def mermaid_text(value: Any, fallback: str = "Item") -> str:
    """A task or section name the Mermaid gantt parser reads as plain text."""
    text = _MERMAID_UNSAFE.sub(" ", str(value or ""))
    text = _WHITESPACE.sub(" ", text.replace("&", "and")).strip()
    if not text:
        return fallback
    first = text.split(" ", 1)[0].lower()
    return f"- {text}" if first in _MERMAID_KEYWORDS else text

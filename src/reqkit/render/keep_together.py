"""Marking dates, amounts and ids in the HTML so that print never breaks them.

Chromium may break a line after any hyphen, so a narrow table cell or the end
of a printed line turns ``2026-12-23`` into ``2026-12-`` and ``23``, and an
id like ``MKT-2027-001`` or an amount like ``450,000 EUR`` into two pieces.
Such values come from templates and from free text alike (a statement names a
date), so they are found in the finished page: each is wrapped in
``<span class="nb">``, which the print stylesheet keeps on one line. Only the
page printed to PDF is marked: the HTML document is for screens too, where a
phone may still need the break.

Only text between tags is touched; tags, attributes, comments and the content
of ``style``, ``script``, ``svg``, ``title`` and ``textarea`` elements are
copied as they are.
"""

from __future__ import annotations

import re

_UNTOUCHED = re.compile(
    r"<(style|script|svg|title|textarea)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>",
    re.DOTALL | re.IGNORECASE,
)

#: A date (2026-12-23, 2026-12), an id of capital letters or digits joined by
#: hyphens (REQ-004, MKT-2027-001), an amount with its currency (450,000 EUR, € 1,200).
TOKEN = re.compile(
    r"(?<![\w-])(?:"
    r"\d{4}-\d{2}(?:-\d{2})?"
    r"|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+"
    r"|\d[\d,.]*\s[A-Z]{3}"
    r"|[€$£¥]\s?\d[\d,.]*"
    r")(?![\w-])"
)

_OPEN, _CLOSE = '<span class="nb">', "</span>"


def keep_together(html: str) -> str:
    """``html`` with every date, id and amount in its text wrapped to stay on one line."""
    parts: list[str] = []
    position = 0
    for untouched in _UNTOUCHED.finditer(html):
        parts.append(_mark(html[position : untouched.start()]))
        parts.append(untouched.group(0))
        position = untouched.end()
    parts.append(_mark(html[position:]))
    return "".join(parts)


def _mark(text: str) -> str:
    if not text.strip():
        return text
    return TOKEN.sub(lambda found: _OPEN + found.group(0) + _CLOSE, text)

"""Text from a brief made safe to print: control characters shown, not obeyed.

A brief is text someone else wrote. An escape sequence in a statement
(``ESC [2J`` clears the screen, ``ESC ]8;;`` makes a link, ``ESC ]0;`` sets
the window title) or a bidirectional override (which reorders what a reader
sees) would act on the reader's terminal or on the CI log if it were printed
as it is. Every report meant for people (text, concise, github) and every
error message passes such text through :func:`visible` first, so that such
characters appear as ``\\x1b`` or ``\\u202e`` and do nothing.

Ordinary Unicode (accents, CJK, emoji, typographic quotes) is kept as it is,
and so is a tab, which only moves the cursor. A line break is shown as
``\\n`` where a finding must stay on one line (text, concise); the github
format keeps it, because GitHub's own escaping already turns it into ``%0A``
inside the annotation.
"""

from __future__ import annotations

import re

#: C0 controls but tab, DEL, C1 controls, and the invisible marks that reorder text
#: (bidirectional embeddings, overrides and isolates, left-/right-to-left marks).
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_BUT_LINE_BREAKS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_NAMED = {"\n": "\\n", "\r": "\\r"}


def visible(text: str, *, keep_line_breaks: bool = False) -> str:
    """``text`` with every control character written out as an escape, e.g. ``\\x1b``.

    With ``keep_line_breaks``, ``\\n`` and ``\\r`` are left for the caller to encode.
    """
    pattern = _CONTROL_BUT_LINE_BREAKS if keep_line_breaks else _CONTROL
    if not pattern.search(text):
        return text
    return pattern.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

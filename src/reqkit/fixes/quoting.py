"""RK012 wrong-type: text that YAML read as a number, a yes/no value, a date or a time.

``version: 1.10`` is read as the number 1.1 and ``id: no`` as "false"; the
person meant the characters they typed. Putting those characters in quotes
keeps exactly what was written, so the fix is safe. Only unquoted, untagged
values on one line are touched, and only where the field is text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from reqkit.fixes.edits import Edit, Fix
from reqkit.fixes.fields import wants_text
from reqkit.fixes.situation import Situation

CODE = "RK012"
_TYPED = (bool, int, float, dt.date)


def quoting_fixes(situation: Situation) -> Iterator[Fix]:
    for finding in situation.findings(CODE):
        path = situation.path_of(finding)
        if path is None or not isinstance(situation.value_at(path), _TYPED):
            continue
        if not wants_text(path):  # a number where a list is wanted: quotes would not help
            continue
        event = situation.raw_event(path)
        span = situation.span(path)
        if event is None or span is None or event.style or event.tag is not None:
            continue
        written = situation.text[span.start : span.end]
        if written != event.value or "\n" in written or '"' in written or "\\" in written:
            continue
        yield Fix(
            CODE,
            f'Quote {written} so it stays the text "{written}"',
            True,
            (Edit(span.start, span.end, f'"{written}"'),),
            finding.line,
            finding.column,
        )

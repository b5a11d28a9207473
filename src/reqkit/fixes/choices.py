"""RK013 invalid-value: a choice written in the wrong letter case (``side: IT``).

Choices are matched exactly, so that the brief, the JSON Schema editors use
and the linter agree on one spelling. When a value differs from exactly one
choice only in letter case, that choice is the one right answer: the fix
writes it as listed, keeping the value's quotes if it had any.
"""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.fixes.edits import Edit, Fix
from reqkit.fixes.fields import choices_at
from reqkit.fixes.situation import Situation
from reqkit.scalars import resolve_plain

CODE = "RK013"


def choice_case_fixes(situation: Situation) -> Iterator[Fix]:
    for finding in situation.findings(CODE):
        path = situation.path_of(finding)
        if path is None:
            continue
        value = situation.value_at(path)
        span = situation.span(path)
        if not isinstance(value, str) or span is None:
            continue
        matches = [c for c in choices_at(path) if c.lower() == value.lower() and c != value]
        if len(matches) != 1:
            continue
        edit = _rewrite(situation.text, span.start, span.end, value, matches[0])
        if edit is not None:
            yield Fix(
                CODE,
                f'Write "{matches[0]}" as the choice is listed',
                True,
                (edit,),
                finding.line,
                finding.column,
            )


def _rewrite(text: str, start: int, end: int, value: str, choice: str) -> Edit | None:
    written = text[start:end]
    if written == value:  # plain: the choice must still read as text unquoted
        shown = choice if resolve_plain(choice) == choice else f'"{choice}"'
        return Edit(start, end, shown)
    if len(written) == len(value) + 2 and written[0] in "'\"" and written[1:-1] == value:
        return Edit(start + 1, end - 1, choice)
    return None

"""Hover: what a finding means, or what a key of the brief is for.

On a finding the text is the rule's own documentation, the one ``reqkit
rules CODE`` prints; on a key it is the field's documentation from the
schema, the one the JSON Schema and the scaffold carry.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from reqkit.diagnostics import Diagnostic
from reqkit.lsp.outline import parent_path, read_line
from reqkit.lsp.schema import field_at


def finding_hover(found: Sequence[tuple[types.Range, Diagnostic]]) -> str | None:
    """Markdown for the findings under the cursor: each message, then its rule explained once."""
    if not found:
        return None
    from reqkit.catalogue import explain

    parts: list[str] = []
    explained: set[str] = set()
    for _, diagnostic in found:
        parts.append(f"**{diagnostic.code} {diagnostic.name}**: {_escape(diagnostic.message)}")
        if diagnostic.hint:
            parts.append(f"Hint: {_escape(diagnostic.hint)}")
    for _, diagnostic in found:
        if diagnostic.code not in explained:
            explained.add(diagnostic.code)
            parts.append(f"```text\n{explain(diagnostic.code).rstrip()}\n```")
    return "\n\n".join(parts)


def under_cursor(
    findings: Sequence[tuple[types.Range, Diagnostic]], position: types.Position
) -> list[tuple[types.Range, Diagnostic]]:
    """The findings whose range holds ``position`` (both ends included)."""
    at = (position.line, position.character)
    return [
        (span, diagnostic)
        for span, diagnostic in findings
        if (span.start.line, span.start.character) <= at <= (span.end.line, span.end.character)
    ]


def key_hover(lines: Sequence[str], row: int, column: int) -> str | None:
    """Markdown documenting the key under the cursor (code points), if the schema has it."""
    if row >= len(lines):
        return None
    line = read_line(lines[row])
    if line is None or line.key is None:
        return None
    if not line.key_column <= column <= line.key_column + len(line.key):
        return None
    place = parent_path(lines, row, line.key_column)
    field = field_at((*place, line.key)) if place is not None else None
    if field is None:
        return None
    parts = [f"**{field.name}**" + (" (required)" if field.required else "")]
    if field.doc:
        parts.append(_escape(field.doc))
    if field.choices:
        parts.append("One of: " + ", ".join(f"`{choice}`" for choice in field.choices))
    return "\n\n".join(parts)


def _escape(text: str) -> str:
    """Plain text safe in Markdown: no emphasis or links made of a brief's own characters."""
    for character in "\\*_[]<>":
        text = text.replace(character, "\\" + character)
    return text

"""Completion: the keys a mapping may still take, and the values a choice field allows.

Both come from the brief schema at the cursor's place in the document, found
by indentation (:mod:`reqkit.lsp.outline`) because a half-typed line is
seldom valid YAML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lsprotocol import types
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import ServerTextPosition

from reqkit.lsp.outline import list_path, parent_path, siblings
from reqkit.lsp.schema import Field, field_at, fields_at

_KEY_TYPED = re.compile(r"^(?P<lead> *(?:- +)*)(?P<partial>[A-Za-z_][\w-]*)?$")
_VALUE_TYPED = re.compile(
    r"^(?P<lead> *(?:- +)*)(?P<key>[A-Za-z_][\w-]*) *:(?P<space> *)(?P<partial>[\w-]*)$"
)
_ITEM_TYPED = re.compile(r"^ *(?:- +)+(?P<partial>[\w-]*)$")


@dataclass(frozen=True)
class Suggestion:
    """One completion: what to insert, and the columns (code points) of the text it replaces."""

    label: str
    insert: str
    start: int
    end: int
    is_key: bool
    documentation: str = ""
    detail: str = ""


def suggest(lines: Sequence[str], row: int, column: int) -> list[Suggestion]:
    """What may be written at the cursor (``column`` in code points on line ``row``)."""
    if row >= len(lines):
        return []
    typed = lines[row][:column]
    value = _VALUE_TYPED.match(typed)
    if value:
        place = parent_path(lines, row, len(value["lead"]))
        field = field_at((*place, value["key"])) if place is not None else None
        space = "" if value["space"] else " "
        return _values(field, space, column - len(value["partial"]), column)
    item = _ITEM_TYPED.match(typed)
    if item:
        place = list_path(lines, row)
        field = field_at(place) if place is not None else None
        if field is not None and field.choices and not fields_at((*place, 0)):
            return _values(field, "", column - len(item["partial"]), column)
    key = _KEY_TYPED.match(typed)
    if key:
        start = len(key["lead"])
        place = parent_path(lines, row, start)
        if place is None:
            return []
        written = siblings(lines, row, start)
        return [
            Suggestion(
                field.name,
                f"{field.name}: ",
                start,
                column,
                is_key=True,
                documentation=" ".join(field.doc.split()),
                detail="required" if field.required else "optional",
            )
            for field in fields_at(place)
            if field.name not in written
        ]
    return []


def _values(field: Field | None, space: str, start: int, end: int) -> list[Suggestion]:
    if field is None:
        return []
    return [
        Suggestion(choice, space + choice, start, end, is_key=False, detail=field.name)
        for choice in field.choices
    ]


def completion_list(document: TextDocument, position: types.Position) -> types.CompletionList:
    """The suggestions at ``position`` (client units), in the schema's order."""
    at = document.position_from_client_units(position)
    items = []
    for order, suggestion in enumerate(suggest(document.lines, at.line, at.character)):
        start = document.position_to_client_units(ServerTextPosition(at.line, suggestion.start))
        end = document.position_to_client_units(ServerTextPosition(at.line, suggestion.end))
        documentation = suggestion.documentation
        items.append(
            types.CompletionItem(
                label=suggestion.label,
                kind=(
                    types.CompletionItemKind.Property
                    if suggestion.is_key
                    else types.CompletionItemKind.EnumMember
                ),
                detail=suggestion.detail or None,
                documentation=(
                    types.MarkupContent(types.MarkupKind.PlainText, documentation)
                    if documentation
                    else None
                ),
                sort_text=f"{order:04d}",
                filter_text=suggestion.label,
                text_edit=types.TextEdit(types.Range(start, end), suggestion.insert),
            )
        )
    return types.CompletionList(is_incomplete=False, items=items)

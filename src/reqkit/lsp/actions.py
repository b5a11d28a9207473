"""Code actions on a finding: silence it on its line with a reason, or apply its fix.

The ignore comment is the one ``reqkit lint`` reads (:mod:`reqkit.waivers`);
reqkit reads nothing after the closing bracket, so the rest of the comment
is the place to say why. Fixes are the ones ``reqkit lint --fix`` applies,
planned by :mod:`reqkit.fixes`: safe ones as they are, the others marked
"(unsafe)", as ``--unsafe-fixes`` offers them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from lsprotocol import types

from reqkit.lsp.outline import comment_allowed, key_rows, list_item, read_line
from reqkit.rules import find_rule
from reqkit.waivers import IGNORE_COMMENT

if TYPE_CHECKING:
    from reqkit.fixes import Fix

REASON = "reason: <why this is acceptable>"

_REQUIREMENT = re.compile(r"^requirements\[(\d+)\]")

#: Turns a character offset into the text into a position in the client's units.
ToPosition = Callable[[int], types.Position]


def ignore_action(
    uri: str, lines: Sequence[str], diagnostic: types.Diagnostic, to_client: ToPosition
) -> types.CodeAction | None:
    """Add ``# reqkit: ignore[CODE]`` with a reason to the finding's line, or the code to one there.

    None where a comment cannot go: a line inside a block of text or a value
    folded over several lines, where ``#`` would become part of the text.
    """
    code = diagnostic.code
    row = diagnostic.range.start.line
    if not isinstance(code, str) or row >= len(lines) or not comment_allowed(lines, row):
        return None
    line = lines[row].rstrip("\r\n")
    offset = sum(len(text) for text in lines[:row])
    existing = IGNORE_COMMENT.search(line)
    if existing is not None:
        if existing["file"] or existing["rules"] is None:
            return None  # a file-level or bare comment already covers the line, or shadows ours
        at = existing.end("rules")
        insert = f", {code}" if existing["rules"].strip() else code
    else:
        at = len(line.rstrip())
        insert = f"  # reqkit: ignore[{code}] {REASON}"
    position = to_client(offset + at)
    edit = types.TextEdit(types.Range(position, position), insert)
    name = (diagnostic.data or {}).get("name") if isinstance(diagnostic.data, dict) else None
    return types.CodeAction(
        title=f"Ignore {code}{f' ({name})' if name else ''} on this line",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=types.WorkspaceEdit(changes={uri: [edit]}),
    )


def waiver_action(
    uri: str, lines: Sequence[str], diagnostic: types.Diagnostic, to_client: ToPosition
) -> types.CodeAction | None:
    """Add a waiver for the finding's rule, with a reason to fill in, to the requirement it is in.

    A waiver is the exception IT sees in the rendered brief, and the only
    kind that works inside a block of text, where no comment can go. Offered
    for lint rules (schema problems cannot be waived) in requirements
    written in block style.
    """
    data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
    place = _REQUIREMENT.match(str(data.get("path", "")))
    rule = find_rule(diagnostic.code) if isinstance(diagnostic.code, str) else None
    item = list_item(lines, "requirements", int(place[1])) if place else None
    if rule is None or item is None:
        return None
    entry = ["- rule: " + rule.name, "  " + REASON]
    written = key_rows(lines, item, "waivers")
    if written is None:
        pad = " " * item.column
        block = [f"{pad}waivers:", *(f"{pad}  {text}" for text in entry)]
        after = item.last
    else:
        start, after = written
        head = read_line(lines[start])
        listed = read_line(lines[start + 1]) if start < after else None
        if (
            head is None
            or head.value
            or (start < after and (listed is None or listed.dash is None))
        ):
            return None  # written in flow style, or not as a list: left to the author
        column = listed.dash if listed is not None and listed.dash is not None else item.column + 2
        block = [" " * column + text for text in entry]
    offset = sum(len(text) for text in lines[: after + 1])
    newline = "" if lines[after].endswith("\n") else "\n"
    position = to_client(offset)
    edit = types.TextEdit(types.Range(position, position), newline + "\n".join(block) + "\n")
    return types.CodeAction(
        title=f"Waive {rule.code} ({rule.name}) for this requirement, with a reason",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        edit=types.WorkspaceEdit(changes={uri: [edit]}),
    )


def fix_actions(
    uri: str,
    fixes: Sequence[Fix],
    wanted: Sequence[tuple[types.Diagnostic, tuple[int, int] | None]],
    to_client: ToPosition,
) -> list[types.CodeAction]:
    """A quick fix for each finding in ``wanted`` that one of ``fixes`` answers.

    A fix is matched to its finding by code and position: the finding's
    1-based line and column where the server knows them, else its line.
    """
    actions = []
    for diagnostic, where in wanted:
        for fix in fixes:
            if fix.code != diagnostic.code:
                continue
            if (fix.line, fix.column) == where or (
                where is None and fix.line - 1 == diagnostic.range.start.line
            ):
                actions.append(_fix_action(uri, fix, diagnostic, to_client))
    return actions


def _fix_action(
    uri: str, fix: Fix, diagnostic: types.Diagnostic, to_client: ToPosition
) -> types.CodeAction:
    edits = [
        types.TextEdit(types.Range(to_client(edit.start), to_client(edit.end)), edit.replacement)
        for edit in fix.edits
    ]
    return types.CodeAction(
        title=fix.title if fix.safe else f"{fix.title} (unsafe)",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=fix.safe,
        edit=types.WorkspaceEdit(changes={uri: edits}),
    )


#: The kind of the action that applies every safe fix at once, as editors ask for on save.
FIX_ALL = "source.fixAll.reqkit"


def wants(only: Sequence[str] | None, kind: str) -> bool:
    """Whether a request limited to the kinds ``only`` (None: any) asks for actions of ``kind``."""
    return only is None or any(kind == k or kind.startswith(f"{k}.") for k in only)


def fix_all_action(uri: str, lines: Sequence[str], fixed: str) -> types.CodeAction:
    """Replace the whole document with its fixed text: one edit, undone in one step."""
    end = types.Position(len(lines), 0)
    edit = types.TextEdit(types.Range(types.Position(0, 0), end), fixed)
    return types.CodeAction(
        title="Fix every problem reqkit can fix safely",
        kind=FIX_ALL,
        edit=types.WorkspaceEdit(changes={uri: [edit]}),
    )

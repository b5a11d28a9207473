"""Code actions on a finding: silence it on its line with a reason, or apply its fix.

The ignore comment is the one ``reqkit lint`` reads (:mod:`reqkit.waivers`);
reqkit reads nothing after the closing bracket, so the rest of the comment
is the place to say why. Fixes are the ones ``reqkit lint --fix`` applies,
planned by :mod:`reqkit.fixes`: safe ones as they are, the others marked
"(unsafe)", as ``--unsafe-fixes`` offers them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from lsprotocol import types

from reqkit.lsp.outline import comment_allowed
from reqkit.waivers import IGNORE_COMMENT

if TYPE_CHECKING:
    from reqkit.fixes import Fix

REASON = "reason: <why this is acceptable>"

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

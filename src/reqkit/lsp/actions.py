"""Code actions on a finding: silence it on its line with a reason, or apply its fix.

The ignore comment is the one ``reqkit lint`` reads (:mod:`reqkit.waivers`);
reqkit reads nothing after the closing bracket, so the rest of the comment
is the place to say why. Fixes are the ones ``reqkit lint --fix`` applies,
planned by :mod:`reqkit.fixes`: safe ones as they are, the others marked
"(unsafe)", as ``--unsafe-fixes`` offers them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lsprotocol import types

from reqkit.lsp.outline import comment_allowed
from reqkit.waivers import IGNORE_COMMENT

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
    text: str,
    location: Path,
    diagnostics: Sequence[types.Diagnostic],
    to_client: ToPosition,
) -> list[types.CodeAction]:
    """The ``--fix`` fixes for these findings, each matched to its finding by code and position."""
    plan = _planner()
    if plan is None or not diagnostics:
        return []
    actions = []
    for fix in plan(text, location, None, True):
        for diagnostic in diagnostics:
            if _same_place(fix, diagnostic):
                actions.append(_fix_action(uri, fix, diagnostic, to_client))
                break
    return actions


def _planner() -> Callable[..., list[Any]] | None:
    """``reqkit.fixes.plan_fixes``, where this reqkit has it."""
    try:
        from reqkit.fixes import plan_fixes  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return plan_fixes  # type: ignore[no-any-return,unused-ignore]


def _same_place(fix: Any, diagnostic: types.Diagnostic) -> bool:
    start = diagnostic.range.start
    return fix.code == diagnostic.code and fix.line - 1 == start.line


def _fix_action(
    uri: str, fix: Any, diagnostic: types.Diagnostic, to_client: ToPosition
) -> types.CodeAction:
    edits = [
        types.TextEdit(types.Range(to_client(edit.start), to_client(edit.end)), edit.replacement)
        for edit in fix.edits
    ]
    return types.CodeAction(
        title=fix.title if fix.safe else f"{fix.title} (unsafe)",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=bool(fix.safe),
        edit=types.WorkspaceEdit(changes={uri: edits}),
    )

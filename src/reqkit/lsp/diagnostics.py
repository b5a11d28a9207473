"""reqkit's findings as LSP diagnostics.

reqkit counts lines and columns from 1, in characters (code points), as
editors show them and as SARIF's ``unicodeCodePoints`` says; LSP counts from
0, by default in UTF-16 code units, so a character outside the Basic
Multilingual Plane (an emoji, say) before a finding counts twice. The
document's position codec, negotiated with the client, does the conversion.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec, ServerTextPosition, ServerTextRange

from reqkit.diagnostics import Diagnostic, Severity
from reqkit.errors import ReqkitError
from reqkit.formatters.sarif_rules import help_uri

SOURCE = "reqkit"

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def to_lsp(
    diagnostic: Diagnostic, lines: Sequence[str], codec: PositionCodec, docs_url: str | None
) -> types.Diagnostic:
    """One finding, with its range in the client's units and a link to its rule."""
    message = diagnostic.message
    if diagnostic.hint:
        message = f"{message}\n{diagnostic.hint}"
    return types.Diagnostic(
        range=lsp_range(diagnostic, lines, codec),
        message=message,
        severity=SEVERITIES[diagnostic.severity],
        code=diagnostic.code,
        code_description=(
            types.CodeDescription(href=help_uri(docs_url, diagnostic.code)) if docs_url else None
        ),
        source=SOURCE,
        data={"name": diagnostic.name, "path": diagnostic.path},
    )


def lsp_range(diagnostic: Diagnostic, lines: Sequence[str], codec: PositionCodec) -> types.Range:
    """The finding's span: 1-based code points to 0-based positions in the client's units.

    A finding without an end covers the rest of its line's word, so that an
    editor underlines something rather than nothing.
    """
    start = _position(diagnostic.line, diagnostic.column)
    if diagnostic.end_line is not None and diagnostic.end_column is not None:
        end = _position(diagnostic.end_line, diagnostic.end_column)
    else:
        end = ServerTextPosition(start.line, start.character + _word_length(lines, start))
    if (end.line, end.character) < (start.line, start.character):
        end = start
    return codec.range_to_client_units(lines, ServerTextRange(start, end))


def _position(line: int, column: int) -> ServerTextPosition:
    return ServerTextPosition(max(line - 1, 0), max(column - 1, 0))


def _word_length(lines: Sequence[str], at: ServerTextPosition) -> int:
    if at.line >= len(lines):
        return 0
    rest = lines[at.line][at.character :].rstrip("\r\n")
    return len(rest) - len(rest.lstrip()) + len(rest.strip().split(" ", 1)[0]) if rest else 0


def problem_diagnostic(problem: ReqkitError) -> types.Diagnostic:
    """A configuration that cannot be used, shown at the top of the brief it keeps from checking."""
    message = f"reqkit cannot check this brief: {problem.message}"
    if problem.hint:
        message = f"{message}\n{problem.hint}"
    return types.Diagnostic(
        range=types.Range(types.Position(0, 0), types.Position(0, 0)),
        message=message,
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )

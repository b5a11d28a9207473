"""Checking briefs: the library behind ``reqkit lint``.

Each file is read, validated and (once it is a valid brief) passed through the
lint rules; everything found becomes a diagnostic in one sorted report. A file
that cannot be read at all is recorded as unreadable rather than stopping the
run, so one bad path in a folder of briefs does not hide the others' problems.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reqkit.diagnostics import FileResult, Report, sort_diagnostics
from reqkit.errors import UnreadableInput
from reqkit.loader import load_brief


@dataclass(frozen=True)
class LintOptions:
    """What to check; filled from defaults, the config file and the command line."""

    stdin_filename: str = "<stdin>"


def lint_file(name: str, options: LintOptions | None = None) -> FileResult:
    """Check one brief; raises :class:`UnreadableInput` if it cannot be read."""
    options = options or LintOptions()
    display = options.stdin_filename if name == "-" else name
    loaded = load_brief(name, display)
    return FileResult(loaded.file, sort_diagnostics(loaded.diagnostics), loaded.text)


def lint_paths(names: Iterable[str], options: LintOptions | None = None) -> Report:
    """Check every named brief, collecting unreadable ones instead of stopping."""
    results: list[FileResult] = []
    failures: list[UnreadableInput] = []
    for name in names:
        try:
            results.append(lint_file(name, options))
        except UnreadableInput as failure:
            failures.append(failure)
    return Report(tuple(results), tuple(failures))

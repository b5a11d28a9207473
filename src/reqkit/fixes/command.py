"""The ``--fix`` and ``--diff`` parts of ``reqkit lint``: what to refuse, write and say.

``--diff`` shows the change and writes nothing; its exit status says whether
there is something to fix, as ``ruff --diff`` does, so CI can ask "is every
brief fixed?". ``--fix`` writes each changed brief, then the usual report
shows the findings that remain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from reqkit.diagnostics import ExitCode, Report
from reqkit.errors import UsageError, error_text
from reqkit.fixes.files import FixRun, unified_diff, write_fixed
from reqkit.reading import STDIN_NAME

if TYPE_CHECKING:
    from reqkit.lint_command import LintRequest


def check_fix_request(request: LintRequest) -> None:
    """Refuse combinations that cannot mean anything, before any brief is read."""
    if request.diff and request.output_format != "text":
        raise UsageError(
            f"--diff prints a unified diff, so it cannot be combined with --format "
            f"{request.output_format}",
            "Leave out --format, or use --fix to write the fixes and report what remains "
            "in that format.",
        )
    if request.diff and request.output is not None:
        raise UsageError(
            "--diff writes nothing, so it cannot be combined with -o/--output",
            "Redirect the diff instead: reqkit lint --diff > fixes.diff",
        )


def show_diff(run: FixRun, stdout: TextIO, stderr: TextIO) -> int:
    """Print the diff of every brief that would change; 1 if any would, else 0 (2: unreadable)."""
    for failure in run.report.unreadable:
        stderr.write(error_text(failure))
    for fixed in run.changed:
        stdout.write(unified_diff(fixed))
    count, files = run.fixed, len(run.changed)
    if count:
        stderr.write(
            f"Would fix {_problems(count)} in {files} file{'' if files == 1 else 's'}; "
            "run `reqkit lint --fix` to apply.\n"
        )
    else:
        stderr.write("Nothing to fix.\n")
    if run.report.unreadable:
        return int(ExitCode.USAGE)
    return int(ExitCode.FINDINGS if count else ExitCode.OK)


def write_all(run: FixRun, stdout: TextIO, stderr: TextIO) -> TextIO:
    """Write every fixed brief; the stream the report goes to (stderr when stdout holds a brief)."""
    for fixed in run.files:
        write_fixed(fixed, stdout)
    return stderr if any(f.name == STDIN_NAME for f in run.files) else stdout


def fixed_line(run: FixRun, report: Report) -> str:
    """``Fixed 3 problems (2 remaining).`` after the report."""
    remaining = len(report.diagnostics)
    if not run.fixed:
        return f"Nothing to fix ({remaining} remaining).\n"
    return f"Fixed {_problems(run.fixed)} ({remaining} remaining).\n"


def _problems(count: int) -> str:
    return f"{count} problem{'' if count == 1 else 's'}"

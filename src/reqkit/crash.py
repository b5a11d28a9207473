"""An unexpected error while checking one file, turned into a finding on that file.

reqkit has bugs like any program. When one trips over a brief, the person
running a check over a hundred briefs must still get the other ninety-nine
checked and reported, in whatever format CI reads, and must learn which file
to send with the bug report. So the loops over files (lint, render) catch
what no code path expected and record it here as an ordinary error finding
at the top of the file; the exit status is 1, as for any error.

With ``REQKIT_DEBUG`` set, the error is raised instead, traceback and all.
"""

from __future__ import annotations

import os

from reqkit.diagnostics import Diagnostic, FileResult
from reqkit.errors import ReqkitError
from reqkit.schema_checks import BY_CODE

#: The code of the finding; a caller can tell a failed check from a real result by it.
CRASH_CODE = "RK009"
_CHECK = BY_CODE[CRASH_CODE]


def is_unexpected(error: Exception) -> bool:
    """True for a bug to record as a finding; False for reqkit's own errors, and when debugging."""
    return not isinstance(error, ReqkitError) and not os.environ.get("REQKIT_DEBUG")


def crash_diagnostic(file: str, error: Exception) -> Diagnostic:
    """The finding that says reqkit could not check ``file`` because of ``error``."""
    detail = str(error).replace("\n", " ")
    detail = detail if len(detail) <= 200 else detail[:199] + "…"
    what = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return Diagnostic(
        file=file,
        line=1,
        column=1,
        code=_CHECK.code,
        name=_CHECK.name,
        severity=_CHECK.severity,
        message=f"reqkit could not check this file ({what}); please report it",
        hint="This is a bug in reqkit, not a problem in the brief. Run again with "
        "REQKIT_DEBUG=1 to see the details, and report them with the file.",
    )


def crash_result(file: str, error: Exception, text: str = "") -> FileResult:
    """A file's result that holds only the crash finding."""
    return FileResult(file, (crash_diagnostic(file, error),), text)

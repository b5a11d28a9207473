"""What ``reqkit import`` does once its options are parsed: import, then say what happened."""

from __future__ import annotations

from typing import TextIO

from reqkit.errors import error_text
from reqkit.importing import ImportRequest, run_import
from reqkit.importing.places import ImportFailed


def run_import_command(request: ImportRequest, out: TextIO, err: TextIO) -> None:
    """Write the brief and the next steps; each problem of a failed import goes to ``err``.

    Raises :class:`~reqkit.importing.places.ImportFailed` (exit status 2) after
    printing its problems, so that the summary comes last, where people look.
    """
    try:
        result = run_import(request)
    except ImportFailed as failed:
        for problem in failed.problems:
            err.write(error_text(problem.as_error()))
        raise
    noun = "requirement" if result.requirements == 1 else "requirements"
    out.write(
        f"Wrote {result.output}: {result.requirements} {noun} "
        f"from {request.source.name}{_sheets(result.sheets)}.\n"
    )
    for note in result.notes:
        out.write(f"Note: {note}\n")
    out.write(f"Next: reqkit lint {result.output}   (what is still missing for IT)\n")


def _sheets(names: list[str]) -> str:
    """Which sheets were read: named when they are few, counted when they are many."""
    if len(names) > 3:
        return f" ({len(names)} sheets)"
    if not names:
        return ""
    return " (sheet " + ", ".join(f'"{name}"' for name in names) + ")"

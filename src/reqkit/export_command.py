"""What ``reqkit export`` does once its options are parsed.

Briefs are read, validated and linted as ``reqkit lint`` and ``reqkit render``
read them (:mod:`reqkit.export.loading`); the chosen format turns them into
bytes (:mod:`reqkit.export`); the bytes go to standard output or to files
(:mod:`reqkit.export.targets`). Nothing is written unless every brief could
be exported and every target may be written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from reqkit.diagnostics import ExitCode
from reqkit.errors import UsageError
from reqkit.export import FORMATS, get_format
from reqkit.export.base import ExportItem, ExportOptions
from reqkit.export.targets import check_targets, plan_targets, prepare_folder
from reqkit.fsio import write_bytes_atomic
from reqkit.linter import Linter, LintOptions

#: File name extensions that name their format when --format is not given.
_SUFFIX_FORMATS = {
    ".csv": "csv",
    ".json": "json",
    ".reqif": "reqif",
    ".ics": "ics",
    ".xlsx": "xlsx",
}


@dataclass(frozen=True)
class ExportRequest:
    """Everything the export command was asked to do."""

    paths: tuple[str, ...]
    output_format: str | None = None
    output: Path | None = None
    date: dt.date | None = None
    force: bool = False
    config: Path | None = None
    isolated: bool = False
    stdin_filename: str = "<stdin>"
    color: bool = False
    stdout_is_terminal: bool = False

    @property
    def format(self) -> str:
        """The format asked for, else the one the -o file's extension names."""
        if self.output_format:
            return self.output_format
        suffix = self.output.suffix.lower() if self.output else ""
        if suffix in _SUFFIX_FORMATS:
            return _SUFFIX_FORMATS[suffix]
        raise UsageError(
            "which format? --format is missing",
            "Add --format " + ", ".join(FORMATS) + " (or name a -o file ending in .csv, .ics ...).",
        )


def export_date(items: Sequence[ExportItem]) -> dt.date:
    """The date an export carries without --date: its briefs' last change, else today.

    The same briefs then give the same bytes on any day, and the date is the
    one their findings are judged on (:mod:`reqkit.render.findings`).
    """
    dates = [i.brief.initiative.updated or i.brief.initiative.created for i in items]
    known = [date for date in dates if date is not None]
    return max(known) if len(known) == len(dates) and known else dt.date.today()


def run_export(request: ExportRequest, stdout: BinaryIO, stderr: TextIO) -> int:
    """Export the briefs, write or print the result, and return the exit status."""
    from reqkit.export.loading import load_for_export

    chosen = get_format(request.format)
    if request.output is None and chosen.binary and request.stdout_is_terminal:
        raise UsageError(
            f"a {chosen.name} file cannot be shown in the terminal",
            f"Name the file with -o brief.{chosen.suffix}, or redirect the output to a file.",
        )
    linter = Linter(
        LintOptions(
            today=request.date,
            config_file=request.config,
            isolated=request.isolated,
            stdin_filename=request.stdin_filename,
        )
    )
    loaded = load_for_export(request.paths, linter, request.stdin_filename, stderr, request.color)
    if loaded.status is not ExitCode.OK:
        return loaded.status
    targets = plan_targets(loaded.items, chosen, request.output)
    # The briefs found in named folders are inputs too: never written over.
    named = tuple(Path(name) for name in request.paths if name != "-")
    inputs = named + tuple(item.path for item in loaded.items)
    check_targets(targets, inputs, request.force)
    located = dict(zip([item.path for item in loaded.items], loaded.locations, strict=True))
    written = []
    for target in targets:
        config = linter.config_for(located[target.items[0].path])
        date = request.date or export_date(target.items)
        written.append((target, chosen.write(target.items, ExportOptions(date, config))))
    prepare_folder(targets, request.output)
    for target, data in written:
        if target.path is None:
            stdout.write(data)
            stdout.flush()
            continue
        write_bytes_atomic(target.path, data)
        stderr.write(f"Wrote {target.path}\n")
    return ExitCode.OK

"""Reading and linting the briefs to export, exactly as ``reqkit render`` does.

A brief that cannot be read stops the export with exit status 2; a brief that
reads but is not valid has its problems printed and stops it with status 1.
Either way nothing is written: an export that silently left a brief out would
look complete to the tool that imports it. A brief reqkit itself fails on is
reported as an RK009 finding, as lint and render report it, and also stops
the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from reqkit.brief_inputs import read_briefs
from reqkit.crash import CRASH_CODE
from reqkit.diagnostics import ExitCode, FileResult, Report
from reqkit.export.base import ExportItem
from reqkit.formatters import FormatOptions, get_formatter
from reqkit.linter import Linter
from reqkit.render.findings import document_findings


@dataclass(frozen=True)
class Loaded:
    """The briefs ready to export (each with its config's location), or why there are none."""

    items: tuple[ExportItem, ...]
    locations: tuple[Path, ...]
    status: ExitCode


def load_for_export(
    paths: tuple[str, ...], linter: Linter, stdin_filename: str, stderr: TextIO, color: bool
) -> Loaded:
    """Every brief named (folders searched), validated and linted; see the module docstring."""
    inputs, status = read_briefs(paths, linter, stdin_filename, stderr, color)
    if status is not ExitCode.OK:
        return Loaded((), (), status)
    found = document_findings([(i.loaded, i.location) for i in inputs], linter, stderr, color=color)
    crashed = [
        FileResult(i.loaded.file, (crash,), i.loaded.text)
        for i, findings in zip(inputs, found, strict=True)
        if (crash := next((d for d in findings if d.code == CRASH_CODE), None)) is not None
    ]
    if crashed:
        stderr.write(get_formatter("text")(Report(tuple(crashed)), FormatOptions(color=color)))
        return Loaded((), (), ExitCode.FINDINGS)
    items = tuple(
        ExportItem(_shown_path(i.name, stdin_filename), i.loaded.brief, tuple(findings))
        for i, findings in zip(inputs, found, strict=True)
        if i.loaded.brief is not None
    )
    return Loaded(items, tuple(i.location for i in inputs), ExitCode.OK)


def _shown_path(name: str, stdin_filename: str) -> Path:
    """The brief's file; standard input is ``stdin`` unless --stdin-filename names it."""
    if name != "-":
        return Path(name)
    return Path("stdin" if stdin_filename == "<stdin>" else stdin_filename)

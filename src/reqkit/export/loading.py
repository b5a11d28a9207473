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

from reqkit.crash import CRASH_CODE, crash_result, is_unexpected
from reqkit.diagnostics import ExitCode, FileResult, Report, sort_diagnostics
from reqkit.discovery import expand_paths
from reqkit.errors import UnreadableInput, UsageError, error_text
from reqkit.export.base import ExportItem
from reqkit.formatters import FormatOptions, get_formatter
from reqkit.linter import Linter
from reqkit.loader import LoadedBrief, load_brief
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
    names, folders = expand_paths(list(paths), linter.config_for)
    for failure in folders:
        stderr.write(error_text(failure))
    if not names and not folders:
        raise UsageError(
            "no briefs found in " + ", ".join(paths),
            "A brief is a .yaml or .yml file with an `initiative:` key; check the path.",
        )
    for name in names:
        # A misspelt rule or option in the config is an error here too, as in lint.
        linter.ruleset_for(linter.config_for(_location(name)))
    briefs: list[tuple[LoadedBrief, Path, str]] = []
    failed: list[FileResult] = []
    unreadable = len(folders)
    for name in names:
        display = stdin_filename if name == "-" else name
        try:
            loaded = load_brief(name, display, linter.config_for(_location(name)).locale)
        except UnreadableInput as failure:
            unreadable += 1
            stderr.write(error_text(failure))
            continue
        except Exception as error:  # a bug must not hide the other files' problems
            if not is_unexpected(error):
                raise
            failed.append(crash_result(display, error))
            continue
        if loaded.valid:
            briefs.append((loaded, _location(name), name))
        else:
            diagnostics = sort_diagnostics(loaded.diagnostics)
            failed.append(FileResult(loaded.file, diagnostics, loaded.text))
    found = document_findings([(b[0], b[1]) for b in briefs], linter, stderr, color=color)
    for (loaded, _, _), findings in zip(briefs, found, strict=True):
        crash = next((d for d in findings if d.code == CRASH_CODE), None)
        if crash is not None:
            failed.append(FileResult(loaded.file, (crash,), loaded.text))
    if failed:
        stderr.write(get_formatter("text")(Report(tuple(failed)), FormatOptions(color=color)))
    if unreadable:
        return Loaded((), (), ExitCode.USAGE)
    if failed:
        return Loaded((), (), ExitCode.FINDINGS)
    items = tuple(
        ExportItem(_shown_path(name, stdin_filename), loaded.brief, tuple(findings))
        for (loaded, _, name), findings in zip(briefs, found, strict=True)
        if loaded.brief is not None
    )
    return Loaded(items, tuple(b[1] for b in briefs), ExitCode.OK)


def _location(name: str) -> Path:
    """Where a brief's configuration is looked up: its file, or here for standard input."""
    return Path.cwd() if name == "-" else Path(name)


def _shown_path(name: str, stdin_filename: str) -> Path:
    """The brief's file; standard input is ``stdin`` unless --stdin-filename names it."""
    if name != "-":
        return Path(name)
    return Path("stdin" if stdin_filename == "<stdin>" else stdin_filename)

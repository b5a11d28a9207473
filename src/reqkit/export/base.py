"""The contract between ``reqkit export`` and each export format.

The command reads and lints the briefs once, with the same loader and linter
as ``reqkit lint``, and hands every format the same three things per brief:
its file, its validated model and its findings. A format turns them into
bytes and nothing else: it reads no files, asks no clock (the one date it may
print is :attr:`ExportOptions.date`) and writes nothing, so that the same
briefs always give the same bytes and the command alone decides where they go.

A format module exposes a module-level ``FORMAT`` object that satisfies
:class:`ExportFormat`; :mod:`reqkit.export` maps each format's name to its
module, imported only when that format is asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from reqkit.config import Config
from reqkit.diagnostics import Diagnostic
from reqkit.model import Brief


@dataclass(frozen=True)
class ExportItem:
    """One brief to export."""

    path: Path
    """The brief's file, as named on the command line (``stdin`` for standard input)."""

    brief: Brief
    """The validated brief."""

    findings: tuple[Diagnostic, ...]
    """The linter's findings for this brief at its own stage, as ``reqkit lint`` reports them."""


@dataclass(frozen=True)
class ExportOptions:
    """What every format may use besides the briefs."""

    date: dt.date
    """The only date a format may write: ``--date``, else the last ``updated`` (or
    ``created``) date of the briefs in the file, else today."""

    config: Config
    """The configuration that applies to the briefs (format settings live in ``[export.NAME]``)."""


class ExportFormat(Protocol):
    """One export format; see the module docstring for the rules every format keeps."""

    name: str
    """What ``--format`` calls it, e.g. ``csv``."""

    suffix: str
    """The file name extension without the dot, e.g. ``csv``."""

    description: str
    """One line for ``--help`` and error messages: what the file is for."""

    binary: bool
    """True when the bytes are not text a terminal can show (a workbook, say)."""

    one_file_per_brief: bool
    """False when one file can hold several briefs (csv, jira, ics)."""

    def write(self, items: Sequence[ExportItem], options: ExportOptions) -> bytes:
        """The exported file for ``items``; one item when ``one_file_per_brief``."""
        ...


def require_distinct_initiatives(items: Sequence[ExportItem], format_name: str) -> None:
    """Refuse briefs that share an initiative id where the id must name one brief in the file.

    Epics, calendar events and ReqIF identifiers are derived from the id, so
    two briefs with the same id would overwrite or duplicate each other in
    the tool that imports the file.
    """
    from reqkit.errors import UsageError

    seen: dict[str, Path] = {}
    for item in items:
        first = seen.setdefault(item.brief.initiative.id, item.path)
        if first != item.path:
            raise UsageError(
                f"{first} and {item.path} have the same initiative id "
                f"{item.brief.initiative.id}, which must name one brief in a {format_name} file",
                "Give each brief its own initiative id, or export them into a folder with -o DIR.",
            )

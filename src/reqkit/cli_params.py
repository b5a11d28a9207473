"""Options shared by several commands, and the choices the command line accepts.

Declared once so that ``lint`` and ``render`` spell ``--config``, ``--today``
and their friends the same way, with the same help.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated, Optional

import typer


class LintFormat(str, enum.Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"
    junit = "junit"
    concise = "concise"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"


class Stage(str, enum.Enum):
    draft = "draft"
    handoff = "handoff"
    approved = "approved"


class RenderFormat(str, enum.Enum):
    md = "md"
    html = "html"
    pdf = "pdf"
    docx = "docx"


class ExportFormatName(str, enum.Enum):
    """The formats of ``reqkit export``; the same names as :data:`reqkit.export.FORMATS`."""

    csv = "csv"
    jira = "jira"
    json = "json"
    reqif = "reqif"
    ics = "ics"
    xlsx = "xlsx"


class RulesFormat(str, enum.Enum):
    text = "text"
    json = "json"


class DiffFormat(str, enum.Enum):
    text = "text"
    md = "md"
    json = "json"


class Kind(str, enum.Enum):
    campaign = "campaign"
    platform = "platform"
    vendor = "vendor"
    minimal = "minimal"


ConfigFile = Annotated[
    Optional[Path],
    typer.Option(
        "--config", help="Use this config file instead of searching for one.", metavar="FILE"
    ),
]
Isolated = Annotated[
    bool, typer.Option(help="Ignore every config file; use the built-in defaults.")
]
StdinFilename = Annotated[
    Optional[str],
    typer.Option(help="The name to show for a brief read from standard input.", metavar="NAME"),
]
Force = Annotated[
    bool, typer.Option(help="Replace existing files even if reqkit did not write them.")
]
TemplateDir = Annotated[
    Optional[Path],
    typer.Option(help="A folder of templates that override the built-in ones.", metavar="DIR"),
]
DocumentDate = Annotated[
    Optional[str],
    typer.Option(
        help="Print this date (YYYY-MM-DD) in the document and mark it on the timeline.",
        metavar="DATE",
    ),
]
Today = Annotated[
    Optional[str],
    typer.Option(
        help="The date deadlines are checked against (YYYY-MM-DD), for reproducible CI.",
        metavar="DATE",
    ),
]


def parse_date(value: Optional[str]) -> Optional[dt.date]:
    """A date typed on the command line, or a usage error that says how to write it."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD") from None


def split_list(values: Optional[list[str]]) -> Optional[tuple[str, ...]]:
    """Rule lists may be given as repeated options or comma-separated."""
    if values is None:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())

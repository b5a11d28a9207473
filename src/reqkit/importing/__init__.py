"""``reqkit import``: a spreadsheet (.xlsx or .csv) to a brief, or every reason it cannot be one.

The sheets are read into the brief's data (:mod:`reqkit.importing.assemble`),
written as YAML, and that text is then read back by the same loader every
command uses: a value the schema refuses, or a link to a goal that does not
exist, is reported at the cell it came from. Nothing is written unless the
whole brief is valid and reads back as exactly the values taken from the
cells; a brief that exists is replaced only with ``force``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reqkit.errors import ReqkitError, UsageError
from reqkit.importing.assemble import Assembled, assemble
from reqkit.importing.places import ImportFailed, ImportProblem, Place
from reqkit.importing.sources import read_grids
from reqkit.importing.yaml_text import ordered, yaml_text
from reqkit.positions import dotted

#: What the initiative's required fields say when neither the sheet nor an option gives them.
PLACEHOLDERS = {"title": "TODO: the initiative's title", "owner": "TODO: your name"}


@dataclass(frozen=True)
class ImportRequest:
    """The options of ``reqkit import``."""

    source: Path
    output: Path
    id: str | None = None
    title: str | None = None
    owner: str | None = None
    sheet: str | None = None
    force: bool = False
    today: dt.date | None = None


@dataclass
class ImportResult:
    """What was written, and what the person should know about it."""

    output: Path
    requirements: int
    sheets: list[str]
    notes: list[str] = field(default_factory=list)


def run_import(request: ImportRequest) -> ImportResult:
    """Read the spreadsheet, check the brief it makes, and write it; see the module docs."""
    from reqkit.scaffold import schema_path_for, write_brief

    _check_output(request)
    shown = str(request.source)
    assembled = assemble(read_grids(request.source), request.sheet, shown)
    _initiative(assembled, request)
    if assembled.problems:
        raise ImportFailed(shown, assembled.problems)
    header = (
        f"# yaml-language-server: $schema={schema_path_for(request.output)}\n"
        f"# Imported by reqkit from {request.source.name}; run `reqkit lint "
        f"{request.output.name}` for what is still missing.\n"
        "# yamllint disable rule:line-length\n"
        "---\n"
    )
    text = yaml_text(assembled.data, header)
    _check_reads_back(text, assembled, request)
    write_brief(request.output, text, force=request.force)
    requirements = len(assembled.data.get("requirements") or [])
    return ImportResult(request.output, requirements, assembled.sheets, assembled.notes)


def _check_output(request: ImportRequest) -> None:
    """Refuse at once what would fail only after the whole spreadsheet was read."""
    folder = request.output.parent
    if not folder.is_dir():
        raise UsageError(
            f"cannot write {request.output}: the folder {folder} does not exist",
            "Create the folder first, or choose another path.",
        )
    if request.output.exists() and not request.output.is_dir() and not request.force:
        raise UsageError(
            f"{request.output} already exists; nothing was written",
            "Choose another name, or pass --force to replace it.",
        )
    if request.output.resolve() == request.source.resolve():
        raise UsageError(
            f"refusing to write over the spreadsheet {request.source}",
            "Name the brief to write, e.g. -o briefs/leads.yaml.",
        )


def _initiative(assembled: Assembled, request: ImportRequest) -> None:
    """The initiative's id, title and owner: from the options, else the sheet, else TODO."""
    initiative = assembled.data.setdefault("initiative", {})
    flags = {"id": request.id, "title": request.title, "owner": request.owner}
    for key, value in flags.items():
        if value is not None:
            initiative[key] = value
            assembled.places[("initiative", key)] = Place(f"--{key}", None, 0)
    filled = [key for key in ("title", "owner") if not initiative.get(key)]
    for key in filled:
        initiative[key] = PLACEHOLDERS[key]
    if not initiative.get("id"):
        from reqkit.scaffold import brief_id

        named = request.title or initiative["title"]
        base = request.source.stem if named == PLACEHOLDERS["title"] else named
        initiative["id"] = brief_id(base, request.today or dt.date.today())
        filled.insert(0, "id")
    if filled:
        options = " ".join(f"--{key}" for key in filled)
        assembled.notes.append(
            f"The sheet does not give the initiative's {', '.join(filled)}: "
            f"filled in for now (set {'it' if len(filled) == 1 else 'them'} with {options})."
        )
    initiative.setdefault("stage", "draft")


def _check_reads_back(text: str, assembled: Assembled, request: ImportRequest) -> None:
    """Load the text as every command does; report its errors at their cells."""
    from reqkit.config import find_config_file, load_config
    from reqkit.diagnostics import Severity
    from reqkit.loader import load_text

    locale = load_config(find_config_file(request.output.parent.resolve())).locale
    loaded = load_text(text, str(request.output), locale)
    by_path = {dotted(path): place for path, place in assembled.places.items()}
    problems = [
        _at_cell(d.path, d.message, d.hint, by_path, str(request.source))
        for d in loaded.diagnostics
        if d.severity is Severity.ERROR
    ]
    if problems:
        raise ImportFailed(str(request.source), problems)
    if loaded.data != ordered(assembled.data):  # pragma: no cover - a bug in the YAML writer
        raise ReqkitError(
            "the brief written would not read back as the values in the spreadsheet; "
            "nothing was written",
            "Please report this with the spreadsheet, so that it can be fixed.",
        )


def _at_cell(
    path: str, message: str, hint: str | None, by_path: dict[str, Place], file: str
) -> ImportProblem:
    """The problem at the cell (or, failing that, the row) its value came from."""
    trail = path
    while trail:
        if trail in by_path:
            return ImportProblem(by_path[trail], _sentence(message), hint)
        cut = max(trail.rfind("."), trail.rfind("["))
        trail = trail[:cut] if cut > 0 else ""
    return ImportProblem(Place(file, None, 0), f"{path}: {_sentence(message)}", hint)


def _sentence(message: str) -> str:
    return message[:1].lower() + message[1:] if message[1:2].islower() else message

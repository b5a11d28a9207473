"""What ``reqkit init`` does: prepare a docs repository for briefs.

A file that already exists is never touched: init says so, and with
``--dry-run`` shows how it differs from what init would write, so the user
can merge by hand. After writing, init renders the briefs into
``docs/briefs`` so that the workflow's check of the rendered documents
passes on the repository as it stands; every step of the generated workflow
is meant to pass on a fresh repository.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
from pathlib import Path
from typing import TextIO

from reqkit.distribution import parse_install
from reqkit.errors import UsageError
from reqkit.fsio import write_atomic
from reqkit.init_files import BRIEFS, RENDERED, how_it_installs, planned_files

RENDER_COMMAND = f"reqkit render --format md --output {RENDERED.as_posix()} {BRIEFS.as_posix()}"


def run_init(
    folder: Path,
    out: TextIO,
    today: dt.date | None = None,
    install: str | None = None,
    dry_run: bool = False,
) -> list[Path]:
    """Write the files of a docs repository into ``folder``; returns those written.

    ``install`` is what the workflow and pre-commit install reqkit from (see
    :func:`reqkit.distribution.parse_install`); with ``dry_run`` nothing is
    written and ``out`` gets each new file and each difference as a diff.
    """
    if folder.exists() and not folder.is_dir():
        raise UsageError(
            f"{folder} is a file, not a folder", "Name the repository folder to prepare."
        )
    how = parse_install(install)
    planned = {path: make() for path, make in planned_files(today or dt.date.today(), how).items()}
    lines = [f"{'Would prepare' if dry_run else 'Prepared'} {folder} for briefs."]
    diffs: list[str] = []
    written: list[Path] = []
    for relative, text in planned.items():
        target = folder / relative
        current = _read(target)
        if current == text:
            lines.append(f"  same   {relative.as_posix()} (already what reqkit init writes)")
        elif current is not None:
            hint = "differences below" if dry_run else "reqkit init --dry-run shows the differences"
            lines.append(f"  kept   {relative.as_posix()} (already there; {hint})")
            diffs.append(_diff(relative, current, text))
        elif dry_run:
            lines.append(f"  would write {relative.as_posix()}")
            diffs.append(_diff(relative, None, text))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, text)
            written.append(relative)
            lines.append(f"  wrote  {relative.as_posix()}")
    lines += _render_documents(folder, dry_run)
    lines += how_it_installs(how)
    lines += _next_steps(folder)
    out.write("\n".join(lines) + "\n")
    if dry_run:
        out.write("".join(diffs))
    return [folder / path for path in written]


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        if path.is_dir():
            raise UsageError(
                f"{path} is a folder, where reqkit init writes a file",
                "Move it aside, or run reqkit init in another folder.",
            ) from None
        raise UsageError(f"cannot read {path}: {error}") from None


def _diff(relative: Path, current: str | None, text: str) -> str:
    name = relative.as_posix()
    lines = difflib.unified_diff(
        [] if current is None else current.splitlines(keepends=True),
        text.splitlines(keepends=True),
        fromfile="/dev/null" if current is None else f"{name} (yours)",
        tofile=f"{name} (reqkit init)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _render_documents(folder: Path, dry_run: bool) -> list[str]:
    """Render the briefs, so that the workflow's check of the documents passes."""
    target = folder / RENDERED
    if target.exists() and any(target.iterdir()):
        return [f"  kept   {RENDERED.as_posix()}/ (already there; the workflow checks it)"]
    if dry_run:
        return [f"  would render the briefs into {RENDERED.as_posix()}/ ({RENDER_COMMAND})"]
    from reqkit.render.command import RenderRequest, run_render

    made_folder = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    errors = io.StringIO()
    request = RenderRequest(paths=(str(folder / BRIEFS),), output_format="md", output=target)
    try:
        status = run_render(request, io.StringIO(), errors)
    except UsageError as error:
        status, errors = 2, io.StringIO(f"{error.message}\n")
    if status == 0:
        rendered = sorted(target.iterdir())
        return [f"  wrote  {(RENDERED / p.name).as_posix()}" for p in rendered]
    if made_folder:
        target.rmdir()
    reason = errors.getvalue().strip().splitlines()[-1:] or ["the briefs could not be rendered"]
    return [
        f"  did not render {RENDERED.as_posix()}/: {reason[0]}",
        f"  fix the briefs, then run: {RENDER_COMMAND}",
    ]


def _next_steps(folder: Path) -> list[str]:
    def at(path: Path) -> str:
        return (folder / path).as_posix()

    steps = [
        (f"reqkit new {at(BRIEFS)}", "start a brief"),
        (f"reqkit lint {at(BRIEFS)}", "check every brief"),
        (
            f"reqkit render --format md --output {at(RENDERED)} {at(BRIEFS)}",
            "update the rendered documents the workflow checks",
        ),
        ("pre-commit install", "check briefs before each commit"),
    ]
    width = max(len(command) for command, _ in steps) + 2
    return ["Next steps:", *(f"  {command.ljust(width)}{why}" for command, why in steps)]

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
import shutil
import tempfile
from pathlib import Path
from typing import TextIO

from reqkit.distribution import parse_install
from reqkit.errors import UsageError
from reqkit.fsio import file_in_the_way, make_folder, write_atomic
from reqkit.init_files import (
    BRIEFS,
    CONFIG,
    FIRST_BRIEF,
    RENDERED,
    how_it_installs,
    planned_files,
)

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
            make_folder(target.parent)
            write_atomic(target, text)
            written.append(relative)
            lines.append(f"  wrote  {relative.as_posix()}")
    rendered, rendered_diffs = _render_documents(folder, dry_run, planned)
    lines += rendered
    diffs += rendered_diffs
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
        blocking = file_in_the_way(path)
        if blocking is not None:
            raise UsageError(
                f"cannot use {path}: {blocking} is a file, where reqkit init needs a folder",
                f"Move or rename the file {blocking}, or run reqkit init in another folder.",
            ) from None
        raise UsageError(
            f"cannot read {path}: {error}",
            "Check that you may read the files in the repository folder.",
        ) from None


def _diff(relative: Path, current: str | None, text: str) -> str:
    name = relative.as_posix()
    lines = difflib.unified_diff(
        [] if current is None else current.splitlines(keepends=True),
        text.splitlines(keepends=True),
        fromfile="/dev/null" if current is None else f"{name} (yours)",
        tofile=f"{name} (reqkit init)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _render_documents(
    folder: Path, dry_run: bool, planned: dict[Path, str]
) -> tuple[list[str], list[str]]:
    """Render the briefs, so that the workflow's check of the documents passes.

    A dry run renders a copy of the briefs and the config (as init would
    leave them) in a scratch folder, to show the documents it would write.
    Returns the report lines and, for a dry run, the diffs.
    """
    target = folder / RENDERED
    if target.exists() and any(target.iterdir()):
        return [f"  kept   {RENDERED.as_posix()}/ (already there; the workflow checks it)"], []
    if not dry_run:
        made = [f for f in (target, *target.parents) if not f.exists()]
        problem = _render(folder)
        if problem is None:
            return [
                f"  wrote  {(RENDERED / p.name).as_posix()}" for p in sorted(target.iterdir())
            ], []
        for made_folder in made:  # innermost first
            made_folder.rmdir()
        return _not_rendered(problem), []
    with tempfile.TemporaryDirectory(prefix="reqkit-init-") as scratch:
        shadow = Path(scratch)
        if (folder / BRIEFS).is_dir():
            shutil.copytree(folder / BRIEFS, shadow / BRIEFS)
        for relative in (CONFIG, FIRST_BRIEF):
            current = _read(folder / relative)
            (shadow / relative).parent.mkdir(parents=True, exist_ok=True)
            (shadow / relative).write_text(current or planned[relative], encoding="utf-8")
        problem = _render(shadow)
        if problem is not None:
            return _not_rendered(problem), []
        documents = sorted((shadow / RENDERED).iterdir())
        lines = [f"  would write {(RENDERED / p.name).as_posix()}" for p in documents]
        diffs = [_diff(RENDERED / p.name, None, p.read_text(encoding="utf-8")) for p in documents]
        return lines, diffs


def _render(root: Path) -> str | None:
    """Render ``root``'s briefs into its docs folder; the problem, if there was one."""
    from reqkit.render.command import RenderRequest, run_render

    make_folder(root / RENDERED)
    errors = io.StringIO()
    request = RenderRequest(paths=(str(root / BRIEFS),), output_format="md", output=root / RENDERED)
    try:
        if run_render(request, io.StringIO(), errors) == 0:
            return None
    except UsageError as error:
        return error.message
    last = errors.getvalue().strip().splitlines()[-1:]
    return last[0] if last else "the briefs could not be rendered"


def _not_rendered(problem: str) -> list[str]:
    return [
        f"  did not render {RENDERED.as_posix()}/: {problem}",
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

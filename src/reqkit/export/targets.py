"""Where exported files go, and how they get there without harm.

Without ``-o`` the export goes to standard output, unless it is binary and
standard output is a terminal. ``-o FILE`` receives one file; ``-o DIR`` (an
existing folder, a name ending in ``/``, or several briefs in a format that
holds one brief per file) receives ``<brief stem>.<suffix>`` for each brief.
Every target is checked before anything is written: an input is never
overwritten, an existing file only with ``--force``, and each file is
replaced in one step (:mod:`reqkit.fsio`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reqkit.errors import UsageError
from reqkit.export.base import ExportFormat, ExportItem
from reqkit.fsio import check_may_write, file_in_the_way, make_folder


@dataclass(frozen=True)
class Target:
    """The briefs that go into one file, and the file (None: standard output)."""

    path: Path | None
    items: tuple[ExportItem, ...]


def plan_targets(
    items: Sequence[ExportItem], chosen: ExportFormat, output: Path | None
) -> tuple[Target, ...]:
    """One target per file to write; see the module docstring."""
    several = len(items) > 1
    if output is None:
        if several and chosen.one_file_per_brief:
            raise UsageError(
                f"{len(items)} briefs cannot all be printed as {chosen.name}: "
                "the format holds one brief per file",
                "Write them into a folder with -o FOLDER; each brief gets its own file.",
            )
        return (Target(None, tuple(items)),)
    if not _means_folder(output, several and chosen.one_file_per_brief):
        return (Target(output, tuple(items)),)
    named_like_a_file = output.suffix.lower() == f".{chosen.suffix}" and not output.is_dir()
    if named_like_a_file or (output.exists() and not output.is_dir()):
        raise UsageError(
            f"{output} is a file name, but {len(items)} briefs in {chosen.name} need a folder",
            "Name a folder with -o; each brief gets its own file in it.",
        )
    targets = tuple(Target(output / f"{item.path.stem}.{chosen.suffix}", (item,)) for item in items)
    seen: dict[Path, Path] = {}
    for target in targets:
        assert target.path is not None
        first = seen.setdefault(target.path, target.items[0].path)
        if first != target.items[0].path:
            raise UsageError(
                f"{first} and {target.items[0].path} would both be written to {target.path}",
                "Rename one of the briefs, or export them into separate folders.",
            )
    return targets


def _means_folder(output: Path, needs_folder: bool) -> bool:
    return needs_folder or output.is_dir() or str(output).endswith(("/", os.sep))


def check_targets(targets: Sequence[Target], inputs: Sequence[Path], force: bool) -> None:
    """Refuse, before anything is written, every target that must not be written."""
    sources = tuple(path for path in inputs if path.exists())
    for target in targets:
        if target.path is None:
            continue
        check_may_write(target.path, force=True, ownership=_unknown, inputs=sources)
        if target.path.exists() and not force:
            raise UsageError(
                f"{target.path} already exists",
                "Pass --force to replace it, or choose another path.",
            )
        blocking = file_in_the_way(target.path)
        if blocking is not None:
            raise UsageError(
                f"cannot write {target.path}: {blocking} is a file, not a folder",
                f"Move or rename the file {blocking}, or choose another path.",
            )


def prepare_folder(targets: Sequence[Target], output: Path | None) -> None:
    """Create the folder that ``-o DIR`` names, once every target has been checked."""
    if output is not None and any(t.path is not None and t.path.parent == output for t in targets):
        make_folder(output)


def _unknown(data: bytes) -> str:
    """Exported files carry no mark of reqkit, so an existing one is replaced only when forced."""
    return "foreign"

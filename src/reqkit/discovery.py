"""Which files a run checks, when the user names folders as well as files.

A named file is always checked. A named folder is searched recursively for
briefs: YAML files matching the configured ``include`` globs, not matching
``exclude``, not ignored by git (``.gitignore`` files are honoured, as the
user expects from every other tool in the repository), and whose first YAML
document has an ``initiative`` key (see :mod:`reqkit.sniffing`), so that
``mkdocs.yml`` or a CI workflow beside the briefs is not mistaken for a
broken brief.

Nothing is skipped without a word: a folder that cannot be listed is
returned as unreadable, and a YAML file that cannot be examined (no read
permission, not text, a named pipe) is kept, so that the reader says why it
cannot be checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from reqkit.config import Config
from reqkit.errors import UnreadableInput
from reqkit.sniffing import looks_like_brief

_SKIPPED_FOLDERS = frozenset(
    {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv"}
)


class Found(NamedTuple):
    """The files a run checks, and the folders it could not search."""

    files: list[str]
    unreadable: list[UnreadableInput]


def expand_paths(names: Sequence[str], config_for: Any, only_briefs: bool = False) -> Found:
    """Files to check, in the order given, folders expanded in sorted order, no repeats.

    With ``only_briefs``, named files that are not briefs are skipped too, as a
    folder search skips them: for tools such as pre-commit that pass every
    YAML file of a commit.
    """
    seen: set[str] = set()
    files: list[str] = []
    unreadable: list[UnreadableInput] = []
    for name in names:
        if name == "-" or not os.path.isdir(name):
            keep = (
                not only_briefs
                or name == "-"
                or not os.path.isfile(name)
                or looks_like_brief(Path(name))
            )
            found = [name] if keep else []
        else:
            found = list(_walk(Path(name), config_for(Path(name)), unreadable))
        for item in found:
            key = item if item == "-" else os.path.normpath(item)
            if key not in seen:
                seen.add(key)
                files.append(item)
    return Found(files, unreadable)


def _walk(top: Path, config: Config, unreadable: list[UnreadableInput]) -> Iterator[str]:
    from pathspec import GitIgnoreSpec

    include = GitIgnoreSpec.from_lines(config.include)
    exclude = GitIgnoreSpec.from_lines(config.exclude)
    root = config.root.resolve()
    ignores: list[tuple[Path, Any]] = _parent_gitignores(top.resolve(), GitIgnoreSpec)

    def report(error: OSError) -> None:
        unreadable.append(folder_error(error, top))

    for folder, dirs, files in os.walk(top, onerror=report):
        here = Path(folder)
        absolute = here.resolve()
        ignores = [(base, spec) for base, spec in ignores if _within(absolute, base)]
        local = here / ".gitignore"
        if local.is_file():
            ignores.append((absolute, _gitignore(local, GitIgnoreSpec)))
        dirs[:] = sorted(
            d
            for d in dirs
            if d not in _SKIPPED_FOLDERS
            and not d.startswith(".")
            and not _ignored(absolute / d, ignores, directory=True)
            and not _excluded(absolute / d, root, exclude, directory=True)
        )
        for name in sorted(files):
            path = absolute / name
            if (
                include.match_file(name)
                and not _excluded(path, root, exclude)
                and not _ignored(path, ignores)
                and looks_like_brief(path)
            ):
                yield str(here / name)


def _parent_gitignores(top: Path, spec_class: Any) -> list[tuple[Path, Any]]:
    """.gitignore files above the folder, up to the repository root."""
    found = []
    for folder in top.parents:
        path = folder / ".gitignore"
        if path.is_file():
            found.append((folder, _gitignore(path, spec_class)))
        if (folder / ".git").exists():
            break
    return list(reversed(found))


def _gitignore(path: Path, spec_class: Any) -> Any:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    return spec_class.from_lines(lines)


def _within(path: Path, base: Path) -> bool:
    return path == base or base in path.parents


def _ignored(path: Path, ignores: list[tuple[Path, Any]], directory: bool = False) -> bool:
    for base, spec in ignores:
        if _within(path, base) and path != base:
            relative = path.relative_to(base).as_posix() + ("/" if directory else "")
            if spec.match_file(relative):
                return True
    return False


def _excluded(path: Path, root: Path, exclude: Any, directory: bool = False) -> bool:
    if not _within(path, root):
        return bool(exclude.match_file(path.name + ("/" if directory else "")))
    relative = path.relative_to(root).as_posix() + ("/" if directory else "")
    return bool(exclude.match_file(relative))


def folder_error(error: OSError, top: Path) -> UnreadableInput:
    """A folder that could not be searched, as an unreadable input naming it."""
    name = error.filename or str(top)
    reason = "permission denied" if isinstance(error, PermissionError) else error.strerror
    return UnreadableInput(
        str(name),
        f"this folder could not be searched for briefs ({reason})",
        "Ask for read access to the folder, or exclude it in the configuration "
        "(`exclude` in .reqkit.toml).",
    )

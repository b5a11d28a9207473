"""Where a reported file is, for formats that other programs read.

People read a file name as they typed it. CI systems need it anchored: the
GitHub runner matches a path against the checkout, SARIF wants a URI relative
to a named root. Nothing here touches the file system, so a report looks the
same whether or not its files still exist.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath
from urllib.parse import quote

from reqkit.formatters import FormatOptions


def working_directory(options: FormatOptions) -> PurePath:
    """The folder relative file names are read from: absolute, without ``..`` or ``.`` parts."""
    return PurePath(os.path.abspath(options.working_directory or Path.cwd()))


def absolute_path(file: str, root: PurePath) -> PurePath:
    """``file`` as an absolute path, taking a relative one from ``root``."""
    path = PurePath(file)
    return _normal(path if path.is_absolute() else root / path)


def relative_uri(file: str, root: PurePath) -> str | None:
    """``file`` as a URI reference relative to ``root``, or None if it lies outside it."""
    try:
        relative = absolute_path(file, root).relative_to(root)
    except ValueError:
        return None
    return quote(relative.as_posix(), safe="/")


def folder_uri(folder: PurePath) -> str:
    """A ``file:`` URI of a folder, ending in a slash as URI bases must."""
    uri = folder.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _normal(path: PurePath) -> PurePath:
    return PurePath(os.path.normpath(path))

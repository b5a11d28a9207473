"""A template loader that serves only regular files inside the folders it was given.

``--template-dir`` names a folder the user trusts for templates, not the
whole disk: a link inside it that points elsewhere (``header.md.j2 ->
/etc/passwd``) must not let an include print a file from outside. jinja2's
own loader already refuses ``..`` in a template name but follows links, and
opens whatever it finds, so a named pipe in the folder would block a render
for ever. This loader resolves each candidate and serves it only if it is a
regular file whose real path lies inside the real path of its folder.
"""

from __future__ import annotations

import os
import posixpath
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

import jinja2
from jinja2.loaders import split_template_path

from reqkit.errors import UsageError


class TemplateOutsideFolder(UsageError):
    """A template that is a link out of its folder, or not a regular file."""


class ConfinedLoader(jinja2.BaseLoader):
    """Loads templates from ``folders`` in order, never from outside them."""

    def __init__(self, folders: Sequence[str | Path]) -> None:
        self.folders = [str(folder) for folder in folders]

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder in self.folders:
            candidate = posixpath.join(folder, *pieces)
            if not os.path.lexists(candidate):
                continue
            return _read_inside(candidate, folder, template)
        raise jinja2.TemplateNotFound(template)

    def list_templates(self) -> list[str]:
        found = set()
        for folder in self.folders:
            for top, _, files in os.walk(folder):
                for name in files:
                    relative = os.path.relpath(os.path.join(top, name), folder)
                    found.add(relative.replace(os.sep, "/"))
        return sorted(found)


def _read_inside(candidate: str, folder: str, template: str) -> tuple[str, str, Callable[[], bool]]:
    real, root = os.path.realpath(candidate), os.path.realpath(folder)
    if os.path.commonpath([real, root]) != root:
        raise TemplateOutsideFolder(
            f"template {template} in {folder} is a link to {real}, outside the template folder",
            "Copy the file into the template folder instead of linking to it.",
        )
    descriptor = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise TemplateOutsideFolder(
                f"template {template} in {folder} is not a regular file",
                "Templates are read only from regular files; replace it with one.",
            )
        contents = handle.read().decode("utf-8")
    mtime = status.st_mtime

    def uptodate() -> bool:
        try:
            return os.path.getmtime(real) == mtime
        except OSError:
            return False

    return contents, os.path.normpath(candidate), uptodate

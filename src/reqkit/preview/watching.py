"""Which files the preview watches, and waiting for them to change.

A change to the brief, to the config file that applies to it, or to any file
in the template folder redraws the page. Folders are watched rather than
files, because many editors save by writing a new file and renaming it over
the old one, which a watch on the old file would miss.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

#: How long a burst of file events is gathered into one redraw, in milliseconds.
DEBOUNCE_MS = 150


class WatchedFiles:
    """The files whose changes matter, and the folders to watch to see them."""

    def __init__(self, files: Iterable[Path], template_dirs: Iterable[Path]) -> None:
        self.files = {path.resolve() for path in files}
        self.trees = tuple(path.resolve() for path in template_dirs if path.is_dir())

    def folders(self) -> list[Path]:
        found = {path.parent for path in self.files if path.parent.is_dir()}
        for tree in self.trees:
            found.update(Path(top) for top, _, _ in os.walk(tree))
        return sorted(found)

    def matters(self, path: str) -> bool:
        changed = Path(path).resolve()
        return changed in self.files or any(changed.is_relative_to(t) for t in self.trees)


def watch(watched: WatchedFiles, on_change: Callable[[], None], stop: threading.Event) -> None:
    """Call ``on_change`` after each burst of changes to ``watched``, until ``stop`` is set."""
    import watchfiles  # only the preview and the watch mode need it

    for changes in watchfiles.watch(
        *watched.folders(),
        watch_filter=lambda _change, path: watched.matters(path),
        debounce=DEBOUNCE_MS,
        step=50,
        stop_event=stop,
        recursive=False,
        raise_interrupt=False,
    ):
        if changes:
            on_change()

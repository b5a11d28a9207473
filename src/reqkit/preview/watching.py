"""Which files the preview watches, and waiting for them to change.

A change to the brief, to the config file that applies to it, or to any file
in the template folder redraws the page. Folders are watched rather than
files, because many editors save by writing a new file and renaming it over
the old one, which a watch on the old file would miss. Each folder is watched
on its own, not with everything below it: the brief's folder may be the top
of a large repository.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from reqkit.watch import Watched

#: How long a burst of file events is gathered into one redraw, in milliseconds.
DEBOUNCE_MS = 150


def watched_files(files: Iterable[Path], template_dirs: Iterable[Path]) -> Watched:
    """The brief and its config, and every file of the template folders."""
    trees = (path.resolve() for path in template_dirs if path.is_dir())
    return Watched(
        frozenset(path.resolve() for path in files), frozenset(trees), in_trees=lambda _: True
    )


def _folders(watched: Watched) -> list[Path]:
    found = {path.parent for path in watched.files if path.parent.is_dir()}
    for tree in watched.trees:
        found.update(Path(top) for top, _, _ in os.walk(tree))
    return sorted(found)


def watch(watched: Watched, on_change: Callable[[], None], stop: threading.Event) -> None:
    """Call ``on_change`` after each burst of changes to ``watched``, until ``stop`` is set."""
    import watchfiles  # only the preview and the watch mode need it

    for changes in watchfiles.watch(
        *_folders(watched),
        watch_filter=lambda _change, path: watched.matters(Path(path).resolve()),
        debounce=DEBOUNCE_MS,
        step=50,
        stop_event=stop,
        recursive=False,
        raise_interrupt=False,
    ):
        if changes:
            on_change()

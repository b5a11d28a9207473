"""``reqkit lint --watch``: check once, then again each time a brief or a config is saved.

The folders that hold the named briefs (and the config files that apply to
them) are watched rather than the files themselves: editors often save by
writing a new file and renaming it over the old one, which a watch on the
file itself would lose. Only changes to briefs (.yaml, .yml) and config
files start a new check. Ctrl-C ends the watch; it is the normal way to
stop, so the exit status is 0. watchfiles is imported only here.
"""

from __future__ import annotations

import datetime as dt
import signal
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from reqkit.config import CONFIG_NAMES, find_config_file
from reqkit.errors import ReqkitError, UsageError, error_text
from reqkit.process import is_terminal

#: Changes within this many milliseconds are checked together (an editor's save is several).
DEBOUNCE_MS = 200
_CLEAR = "\x1b[2J\x1b[H"
_BRIEF_SUFFIXES = (".yaml", ".yml")


def watch_lint(
    paths: Iterable[str],
    config: Path | None,
    check: Callable[[], int],
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """Run ``check`` now and after every relevant change, until Ctrl-C; return 0."""
    names = list(paths)
    if "-" in names:
        raise UsageError(
            "--watch cannot watch standard input", "Name the brief files or folders to watch."
        )
    missing = [name for name in names if not Path(name).exists()]
    if missing:
        raise UsageError(
            f"{missing[0]}: no such file or folder to watch",
            "Check the spelling and the folder you run reqkit from.",
        )
    folders, watched = _targets(names, config)
    terminal = is_terminal(stdout)
    if threading.current_thread() is threading.main_thread():
        # Ctrl-C is how a watch ends, not an interruption: a plain KeyboardInterrupt.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    import watchfiles

    try:
        _run(check, stdout, stderr)
        for changes in watchfiles.watch(
            *folders,
            watch_filter=lambda _change, path: watched.matters(Path(path)),
            debounce=DEBOUNCE_MS,
            raise_interrupt=True,
        ):
            if terminal:
                stdout.write(_CLEAR)
            changed = sorted({Path(path).name for _, path in changes})
            stamp = dt.datetime.now().strftime("%H:%M:%S")
            stdout.write(f"[{stamp}] {', '.join(changed)} changed; checking again\n")
            _run(check, stdout, stderr)
    except KeyboardInterrupt:
        stderr.write("Stopped watching.\n")
    return 0


def _run(check: Callable[[], int], stdout: TextIO, stderr: TextIO) -> None:
    """One check; a problem with the invocation (a broken config) is shown, and the watch goes on."""
    try:
        check()
    except ReqkitError as error:
        stderr.write(error_text(error))
    stdout.write("Watching for changes; press Ctrl-C to stop.\n")
    stdout.flush()
    stderr.flush()


def _targets(names: list[str], config: Path | None) -> tuple[list[Path], Watched]:
    """The folders to watch, and which changes in them matter."""
    folders: dict[Path, None] = {}
    files: set[Path] = set()
    trees: set[Path] = set()
    for name in names or ["."]:
        path = Path(name).resolve()
        if path.is_dir():
            trees.add(path)
            folders[path] = None
        else:
            files.add(path)
            folders[path.parent] = None
        found = config.resolve() if config else find_config_file(path)
        if found is not None:
            files.add(found)
            folders[found.parent] = None
    return list(folders), Watched(frozenset(files), frozenset(trees))


def is_brief_or_config(path: Path) -> bool:
    """Whether a file in a watched folder is one lint reads: a brief or a config file."""
    return path.suffix in _BRIEF_SUFFIXES or path.name in CONFIG_NAMES


@dataclass(frozen=True)
class Watched:
    """Which saved files matter: those named, and those in named folders that ``in_trees`` takes.

    ``lint --watch`` takes briefs and configs in the folders it checks;
    ``reqkit preview`` takes every file of its template folder.
    """

    files: frozenset[Path]
    trees: frozenset[Path]
    in_trees: Callable[[Path], bool] = is_brief_or_config

    def matters(self, path: Path) -> bool:
        if path in self.files:
            return True
        if not self.in_trees(path):
            return False
        return any(tree == path.parent or tree in path.parents for tree in self.trees)

"""One writer at a time for a brief that is read, changed and written back.

Two ``reqkit approve`` runs on one brief each read the file, add their
sign-off and write it back; without a lock the second write silently drops
the first sign-off. :func:`locked` makes them take turns.

On POSIX the lock is an ``flock`` on the brief itself: the kernel releases it
when the process ends, however it ends, so a crashed run never blocks the
next one and no lock file is left in the repository. Because a write replaces
the file (a new inode), a run that waited re-opens the file after getting the
lock and starts again if it locked the old one.

On Windows, where a replaced file cannot stay open, the lock is a file
``.NAME.reqkit-lock`` next to the brief, created exclusively and removed when
done. One older than :data:`STALE_AFTER` seconds belongs to a run that died
(an approve takes well under a second) and is taken over.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reqkit.errors import UsageError

#: How long to wait for another run before giving up, in seconds.
WAIT = 30.0
#: Age in seconds after which a Windows lock file is taken to be left by a dead run.
STALE_AFTER = 60.0
_POLL = 0.02


@contextmanager
def locked(path: Path, wait: float = WAIT) -> Iterator[None]:
    """Hold the write lock of the existing file ``path`` (its real path) while inside."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        with _lock_file(path, wait):
            yield
        return
    with _flocked(path, wait):
        yield


@contextmanager
def _flocked(path: Path, wait: float) -> Iterator[None]:
    import fcntl

    deadline = time.monotonic() + wait
    while True:
        fd = os.open(path, os.O_RDONLY)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise _busy(path) from None
                    time.sleep(_POLL)
            if _same_file(path, fd):
                yield
                return
        finally:
            os.close(fd)  # closing releases the lock


def _same_file(path: Path, fd: int) -> bool:
    """Whether ``path`` still names the file open as ``fd`` (a writer may have replaced it)."""
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


@contextmanager
def _lock_file(path: Path, wait: float) -> Iterator[None]:
    lock = path.with_name(f".{path.name}.reqkit-lock")
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime > STALE_AFTER:
                    lock.unlink()
                    continue
            except OSError:
                continue
            if time.monotonic() > deadline:
                raise _busy(path) from None
            time.sleep(_POLL)
            continue
        os.write(fd, str(os.getpid()).encode("ascii"))
        os.close(fd)
        break
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)


def _busy(path: Path) -> UsageError:
    return UsageError(
        f"{path} is being changed by another reqkit run; nothing was written",
        "Wait for the other run to finish, then run the command again.",
    )

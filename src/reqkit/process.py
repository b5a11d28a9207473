"""How the ``reqkit`` process meets its surroundings: Ctrl-C, closed streams, gone readers.

None of these is a bug in reqkit, so none ends in a traceback:

- Ctrl-C at any moment, start-up included, ends the run with "reqkit:
  interrupted" and exit status 130 (128 + SIGINT), as shells expect. The
  first Ctrl-C still unwinds the program, so files being written are cleaned
  up; a second one while that happens is ignored.
- A reader that goes away (``reqkit lint | head -1``) ends the run quietly
  with exit status 141 (128 + SIGPIPE), what a shell reports for ``cat``.
- A standard stream that was closed when reqkit started (``>&-``, ``<&-``)
  is reopened on the null device, so no file reqkit opens later can take its
  number; writing to closed output or reading closed input is a plain error.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import sys
from typing import Any

#: Exit statuses a shell gives a process ended by SIGINT and by SIGPIPE.
INTERRUPTED = 130
READER_GONE = 141

_state = {"interrupted": False}


def _on_interrupt(signum: int, frame: Any) -> None:
    _state["interrupted"] = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the first Ctrl-C is enough
    raise KeyboardInterrupt


def is_terminal(stream: object) -> bool:
    """Whether ``stream`` is a terminal that understands colour and screen control."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def watch_interrupts() -> None:
    """Note Ctrl-C, so that it is recognised even where a library turns it into something else."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_interrupt)


def was_interrupted() -> bool:
    """Whether Ctrl-C was pressed during this run."""
    return _state["interrupted"]


class ClosedStreamError(OSError):
    """Output to, or input from, a standard stream that was closed when reqkit started."""


class ClosedStream:
    """Stands in for a standard stream that was closed when the process started."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.closed = False
        self.encoding = "utf-8"

    def _fail(self, *args: Any, **kwargs: Any) -> Any:
        raise ClosedStreamError(errno.EBADF, f"{self.name} is closed")

    write = read = _fail

    def readline(self, *args: Any) -> str:
        return ""  # a prompt reading closed input sees the end of input

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise ClosedStreamError(errno.EBADF, f"{self.name} is closed")

    @property
    def buffer(self) -> ClosedStream:
        return self


class PieceByPieceWriter(io.TextIOWrapper):
    """Standard output that hands long texts to the system in pieces.

    A report is written as one string. Written in one go to a pipe whose
    reader has gone (``| head -1``), the part that does not fit is dropped
    without an error; in pieces, the next piece fails, so reqkit can tell
    the reader has gone and end with the status that says so.
    """

    PIECE = 64 * 1024

    def write(self, text: str) -> int:
        if len(text) <= self.PIECE:
            return super().write(text)
        for start in range(0, len(text), self.PIECE):
            super().write(text[start : start + self.PIECE])
        return len(text)


def write_output_in_pieces() -> None:
    """Replace ``sys.stdout`` by a :class:`PieceByPieceWriter` on the same file."""
    stdout = sys.stdout
    if not isinstance(stdout, io.TextIOWrapper):
        return
    stdout.flush()
    sys.stdout = PieceByPieceWriter(
        stdout.buffer,
        encoding=stdout.encoding,
        errors=stdout.errors,
        line_buffering=stdout.line_buffering,
    )


def guard_standard_streams() -> None:
    """Reopen closed standard streams on the null device and let reqkit see them as closed."""
    for number, name, label in (
        (0, "stdin", "standard input"),
        (1, "stdout", "standard output"),
        (2, "stderr", "standard error"),
    ):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(number)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != number:  # pragma: no cover - a lower number was free
                os.dup2(opened, number)
                os.close(opened)
        setattr(sys, name, ClosedStream(label))
    write_output_in_pieces()


def reader_gone(error: BaseException | None = None) -> bool:
    """Whether output failed because its reader went away (a broken pipe).

    The command-line library catches a broken pipe itself and leaves
    ``sys.stdout`` wrapped so that later flushes stay silent: that wrapper
    tells the story after the fact.
    """
    if isinstance(error, OSError) and error.errno == errno.EPIPE:
        return True
    return any(type(s).__name__ == "PacifyFlushWrapper" for s in (sys.stdout, sys.stderr))


def closed_output(error: BaseException) -> bool:
    """Whether ``error`` is a write to a standard stream that was closed."""
    return isinstance(error, ClosedStreamError)


def silence_output() -> None:
    """Point standard output and error at the null device: nothing more can reach a reader."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
    except OSError:  # pragma: no cover - nothing more can be done
        pass


def say(message: str) -> None:
    """Write a line on standard error, if anyone is there to read it."""
    with contextlib.suppress(OSError):
        os.write(2, message.encode("utf-8", "replace"))

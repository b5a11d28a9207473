"""Turning a file name into text, or into a clear reason why that is impossible.

Everything that can go wrong before YAML is even looked at lands here: the
file is missing, is a folder, is binary, is not UTF-8 or is too big. Each of
these is an :class:`~reqkit.errors.UnreadableInput` (exit status 2), pointing
at the offending byte where there is one.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from pathlib import Path

from reqkit.errors import UnreadableInput

#: Far above any real brief (20,000 requirements take about 8 MB), low enough
#: that a mistaken argument (a video, a database dump) fails at once.
MAX_BYTES = 32 * 1024 * 1024

STDIN_NAME = "-"


def read_brief_text(name: str | Path, display: str | None = None) -> str:
    """Read a brief as text; ``-`` reads standard input."""
    shown = display or str(name)
    if str(name) == STDIN_NAME:
        try:
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        except OSError as error:
            raise UnreadableInput(
                display or "<stdin>",
                f"standard input cannot be read ({error.strerror or error})",
                "Pipe a brief in, e.g. `reqkit lint - < brief.yaml`, or name the file.",
            ) from None
        return decode(data, display or "<stdin>")
    path = Path(name)
    try:
        if path.is_dir():
            raise UnreadableInput(
                shown,
                "this is a folder, not a file",
                "Name the brief file, or pass the folder to `reqkit lint` to check every brief in it.",
            )
        data = _read_regular_file(path, shown)
    except FileNotFoundError:
        raise UnreadableInput(
            shown, "no such file", "Check the spelling and the folder you run reqkit from."
        ) from None
    except PermissionError:
        raise UnreadableInput(
            shown,
            "permission denied",
            "Ask for read access to the file, or copy it somewhere you can read.",
        ) from None
    except IsADirectoryError:  # pragma: no cover - caught by is_dir above on most systems
        raise UnreadableInput(shown, "this is a folder, not a file") from None
    except OSError as error:
        raise UnreadableInput(shown, f"the file cannot be read ({error.strerror})") from None
    return decode(data, shown)


def _read_regular_file(path: Path, shown: str) -> bytes:
    """The bytes of ``path`` if it is a regular file; never waits on a pipe or a device.

    Opening without blocking and then asking the open file what it is leaves
    no gap in which a named pipe could take the file's place.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableInput(
                shown,
                f"this is {describe_special(status.st_mode)}, not a regular file",
                "Name the brief file itself; reqkit reads only regular files.",
            )
        if status.st_size > MAX_BYTES:
            raise UnreadableInput(
                shown,
                f"the file is too big to be a brief ({status.st_size / 1_048_576:.0f} MB; "
                f"the limit is {MAX_BYTES // 1_048_576} MB)",
                "Check that you named the right file; split a huge brief into several.",
            )
        return handle.read(MAX_BYTES + 1)


def describe_special(mode: int) -> str:
    """What a file that is not a regular file is, in plain words."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def decode(data: bytes, shown: str) -> str:
    """Decode UTF-8 (with or without a byte order mark), explaining any failure."""
    if len(data) > MAX_BYTES:
        raise UnreadableInput(
            shown,
            f"the input is too big to be a brief (more than {MAX_BYTES // 1_048_576} MB)",
            "Check that you passed the right file.",
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnreadableInput(
            shown,
            "the file is saved as UTF-16 text",
            "Save it as UTF-8 (most editors offer this under 'Save with encoding').",
            line=1,
            column=1,
        )
    nul = data.find(b"\x00", 0, 8192)
    if nul != -1:
        line, column = _position(data, nul)
        raise UnreadableInput(
            shown,
            "this looks like a binary file, not a YAML brief",
            "Briefs are plain text files ending in .yaml or .yml.",
            line=line,
            column=column,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _position(data, error.start)
        byte = data[error.start]
        raise UnreadableInput(
            shown,
            f"the file is not valid UTF-8 text (byte 0x{byte:02x})",
            "Save the file as UTF-8; it was probably written in a legacy encoding such as Windows-1252.",
            line=line,
            column=column,
        ) from None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (counted in characters) of a byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column

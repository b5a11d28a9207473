"""Problems with how reqkit was called, as opposed to problems in a brief.

These end a command with exit status 2. They carry a hint because the person
reading them is usually one edit away from a working command.
"""

from __future__ import annotations

from reqkit.visible import visible


class ReqkitError(Exception):
    """Base of every error reqkit reports to a person instead of a traceback."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


def error_text(error: ReqkitError) -> str:
    """How every command prints an error: ``reqkit: error: WHERE: WHAT`` and the hint.

    A file name or a value quoted in the message may hold control characters;
    they are shown escaped, never sent to the terminal.
    """
    where = f"{error.location}: " if isinstance(error, UnreadableInput) else ""
    text = f"reqkit: error: {visible(where + error.message)}\n"
    return text + (f"  hint: {visible(error.hint)}\n" if error.hint else "")


class UsageError(ReqkitError):
    """A bad option, a bad configuration file or an impossible request."""


class UnreadableInput(ReqkitError):
    """A file that cannot be read as text: missing, a folder, binary, not UTF-8, too big.

    ``line`` and ``column`` point at the offending byte when there is one.
    """

    def __init__(
        self,
        file: str,
        message: str,
        hint: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message, hint)
        self.file = file
        self.line = line
        self.column = column

    @property
    def location(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"

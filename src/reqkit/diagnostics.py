"""The one stream of problems that every part of reqkit reports into.

YAML syntax errors, schema errors and lint findings all become a
:class:`Diagnostic`, so that every output format, the exit status and the
summary treat them alike. Problems with the invocation itself (a missing file,
a bad option) are not diagnostics: they are :class:`~reqkit.errors.UsageError`
and end the run with exit status 2.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reqkit.errors import UnreadableInput


class Severity(str, enum.Enum):
    """How much a problem matters; ordered so that ``error`` ranks highest."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Read a severity a user typed, accepting any letter case."""
        try:
            return cls(text.strip().lower())
        except ValueError:
            valid = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {text!r}; use one of: {valid}") from None


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class ExitCode(enum.IntEnum):
    """The exit statuses reqkit promises to scripts and CI."""

    OK = 0
    FINDINGS = 1
    USAGE = 2


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem at one place in one brief.

    ``line`` and ``column`` are 1-based, as editors show them. ``path`` is the
    dotted path of the YAML node (``requirements[3].statement``) so that tools
    can find the spot again after the file was reformatted.
    """

    file: str
    line: int
    column: int
    code: str
    name: str
    severity: Severity
    message: str
    path: str = ""
    hint: str | None = None
    friction: str | None = None
    end_line: int | None = None
    end_column: int | None = None

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)

    def to_dict(self) -> dict[str, object]:
        """The stable wire form documented in the README (format version 1)."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "friction": self.friction,
            "message": self.message,
            "path": self.path,
            "hint": self.hint,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """Rules that did not run on a brief because a part they need has errors.

    ``blocked`` pairs each rule's code with the dotted paths of the parts with
    errors that stopped it. Fixing those errors lets the rules run.
    """

    blocked: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def rules(self) -> tuple[str, ...]:
        """The codes of the rules skipped."""
        return tuple(code for code, _ in self.blocked)

    @property
    def because(self) -> tuple[str, ...]:
        """Every part with errors that stopped a rule, once each."""
        parts = {part for _, parts in self.blocked for part in parts}
        return tuple(sorted(parts, key=_in_reading_order))

    def __bool__(self) -> bool:
        return bool(self.blocked)


def _in_reading_order(path: str) -> list[str | int]:
    """A dotted path's sort key that puts requirements[2] before requirements[10]."""
    return [int(piece) if piece.isdigit() else piece for piece in re.split(r"(\d+)", path)]


@dataclass(frozen=True, slots=True)
class FileResult:
    """What checking one file produced, with its text kept for code excerpts."""

    file: str
    diagnostics: tuple[Diagnostic, ...]
    text: str = ""
    skipped: Skipped = field(default_factory=Skipped)


@dataclass(frozen=True)
class Report:
    """The results of one run over one or more files."""

    files: tuple[FileResult, ...] = ()
    unreadable: tuple[UnreadableInput, ...] = field(default=())
    hidden: int = 0
    """How many findings were left out as less severe than ``--min-severity``."""

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for f in self.files for d in f.diagnostics]

    def counts(self) -> Counter[Severity]:
        return Counter(d.severity for d in self.diagnostics)

    def summary(self) -> dict[str, int]:
        counts = self.counts()
        return {
            "files": len(self.files) + len(self.unreadable),
            "checked": len(self.files),
            "files_with_problems": sum(1 for f in self.files if f.diagnostics),
            "unreadable": len(self.unreadable),
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "info": counts[Severity.INFO],
            "rules_skipped": sum(len(f.skipped.rules) for f in self.files),
        }

    def at_least(self, severity: Severity) -> Report:
        """This report without the findings less severe than ``severity``.

        The exit status of the result follows what it still holds: a finding
        that is not reported does not fail a run.
        """
        kept = tuple(
            FileResult(
                f.file,
                tuple(d for d in f.diagnostics if d.severity.rank >= severity.rank),
                f.text,
            )
            for f in self.files
        )
        left_out = sum(len(f.diagnostics) for f in self.files) - sum(
            len(f.diagnostics) for f in kept
        )
        return Report(kept, self.unreadable, self.hidden + left_out)

    def exit_code(self, fail_on: Severity = Severity.ERROR) -> ExitCode:
        """2 if any file could not be read, else 1 if a problem reaches ``fail_on``."""
        if self.unreadable:
            return ExitCode.USAGE
        if any(d.severity.rank >= fail_on.rank for d in self.diagnostics):
            return ExitCode.FINDINGS
        return ExitCode.OK


def sort_diagnostics(items: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """Order problems as a reader meets them in the file."""
    return tuple(sorted(items, key=lambda d: d.sort_key))


def count_by_code(items: Sequence[Diagnostic]) -> list[tuple[str, str, int]]:
    """(code, name, how many) for ``--statistics``, most frequent first."""
    counter = Counter((d.code, d.name) for d in items)
    return [(code, name, n) for (code, name), n in counter.most_common()]

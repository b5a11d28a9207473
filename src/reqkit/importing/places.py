"""Where a value came from in the spreadsheet, and the problems reported there.

Every message of ``reqkit import`` names the file, the sheet, the row and the
column, as people find a cell: ``leads.xlsx: sheet "Requirements", row 7,
column C (Priority): "urgent" is not a priority``.
"""

from __future__ import annotations

from dataclasses import dataclass

from reqkit.errors import ReqkitError
from reqkit.importing.headers import letter


@dataclass(frozen=True)
class Place:
    """A row of a sheet, or one cell of it when ``col`` is set (0-based)."""

    file: str
    sheet: str | None  # None for a CSV file
    row: int  # 1-based, as spreadsheets number rows
    col: int | None = None
    header: str = ""

    def cell(self, col: int, header: str) -> Place:
        return Place(self.file, self.sheet, self.row, col, header)

    def __str__(self) -> str:
        parts = [f'sheet "{self.sheet}"'] if self.sheet is not None else []
        if self.row:
            parts.append(f"row {self.row}")
        if self.col is not None:
            parts.append(
                f"column {letter(self.col)}" + (f" ({self.header})" if self.header else "")
            )
        return f"{self.file}: " + ", ".join(parts) if parts else self.file


@dataclass(frozen=True)
class ImportProblem:
    """One thing in the spreadsheet that keeps it from becoming a brief."""

    place: Place
    message: str
    hint: str | None = None

    def as_error(self) -> ReqkitError:
        return ReqkitError(f"{self.place}: {self.message}", self.hint)


class ImportFailed(ReqkitError):
    """The spreadsheet has problems; nothing was written. Each one is in ``problems``."""

    def __init__(self, source: str, problems: list[ImportProblem]) -> None:
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(
            f"{source}: {count} {noun} found; nothing was written",
            "Fix the cells named above and run reqkit import again.",
        )
        self.problems = in_sheet_order(problems)


def in_sheet_order(problems: list[ImportProblem]) -> list[ImportProblem]:
    """Problems sheet by sheet (in the order first met), then row by row, left to right."""
    sheets: dict[str | None, int] = {}
    for problem in problems:
        sheets.setdefault(problem.place.sheet, len(sheets))

    def key(problem: ImportProblem) -> tuple[int, int, int]:
        place = problem.place
        return (sheets[place.sheet], place.row, -1 if place.col is None else place.col)

    return sorted(problems, key=key)

"""Reading a spreadsheet file into plain grids of cells: .xlsx through openpyxl, .csv by hand.

Nothing is interpreted here beyond what the file format itself says (a
number, a date, a formula); headers and meanings are the business of
:mod:`reqkit.importing.tables`. A file that is not a spreadsheet reqkit can
read is a plain error, never a traceback.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reqkit.errors import UsageError
from reqkit.export.formula_guard import unguard

SUFFIXES = (".xlsx", ".xlsm", ".csv")
#: How a workbook stores a control character XML cannot hold (a carriage return is
#: _x000D_). openpyxl leaves these as they are; it does turn the escaped form of a
#: literal "_x0041_" back into that text, so only control characters are decoded.
_ESCAPED = re.compile(r"_x(00[01][0-9A-Fa-f]|FFF[EF])_")


@dataclass(frozen=True)
class Raw:
    """One cell as the file holds it; ``formula`` when it holds a formula, not a value."""

    value: Any
    formula: bool = False


@dataclass(frozen=True)
class Grid:
    """One sheet of the file: its name (``None`` for a CSV file) and its rows, top to bottom."""

    name: str | None
    rows: list[list[Raw]]


def read_grids(path: Path) -> list[Grid]:
    """Every sheet of the spreadsheet at ``path``, in the workbook's order."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise UsageError(f"{path} does not exist", "Check the path of the spreadsheet to import.")
    if path.is_dir():
        raise UsageError(f"{path} is a folder", "Name a .xlsx or .csv file to import.")
    if suffix not in SUFFIXES:
        raise UsageError(
            f"{path} is not a spreadsheet reqkit can read",
            "Import a workbook (.xlsx) or a CSV file (.csv); in a spreadsheet program, use "
            "Save As and choose one of them.",
        )
    if suffix == ".csv":
        return [_read_csv(path)]
    return _read_workbook(path)


def _read_workbook(path: Path) -> list[Grid]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise UsageError(
            f"{path} is not a readable .xlsx workbook ({_reason(error)})",
            "Open it in a spreadsheet program and save it again as an Excel workbook (.xlsx); "
            "an old .xls file must be saved as .xlsx first.",
        ) from None
    try:
        return [
            Grid(sheet.title, [[_raw(cell) for cell in row] for row in sheet.iter_rows()])
            for sheet in book.worksheets
        ]
    finally:
        book.close()


def _reason(error: BaseException) -> str:
    text = str(error).strip().rstrip(".")
    return text[:1].lower() + text[1:] if text else type(error).__name__


def _raw(cell: Any) -> Raw:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f":
        return Raw(str(value), formula=True)
    if isinstance(value, str) and "_x" in value:
        value = _ESCAPED.sub(lambda match: chr(int(match[1], 16)), value)
    elif isinstance(value, (int, float)) and "%" in (getattr(cell, "number_format", "") or ""):
        # 0.2 shown as 20 %: the number is not what the person typed or sees, so the
        # cell is read as the text they see, which a number column then refuses.
        value = f"{value * 100:g}%"
    return Raw(value)


def _read_csv(path: Path) -> Grid:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UsageError(
            f"{path}:{line}: the file is not UTF-8 text (byte 0x{data[error.start]:02x})",
            'Save it again as "CSV UTF-8 (comma delimited)" in Excel, or with the UTF-8 '
            "character set in LibreOffice or Google Sheets.",
        ) from None
    if "\x00" in text:
        raise UsageError(
            f"{path} is not a CSV file (it holds binary data)",
            "Import a CSV text file or an .xlsx workbook.",
        )
    reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(text))
    try:
        # The CSV exports guard formula-like text with an apostrophe: take it off.
        rows = [[Raw(unguard(value)) for value in row] for row in reader]
    except csv.Error as error:
        raise UsageError(
            f"{path}:{reader.line_num}: the CSV cannot be read ({_reason(error)})",
            "Check for a quote that is opened and never closed.",
        ) from None
    return Grid(None, rows)


def _dialect(text: str) -> type[csv.Dialect]:
    """RFC 4180 quoting, with commas or the semicolons or tabs some spreadsheet programs write."""
    first = text.split("\n", 1)[0]
    counts = {mark: first.count(mark) for mark in (",", ";", "\t")}
    delimiter = max(counts, key=lambda mark: counts[mark])
    if not counts[delimiter] or delimiter == ",":
        return csv.excel

    class Delimited(csv.excel):
        pass

    Delimited.delimiter = delimiter
    return Delimited

"""``--format csv``: the requirements sheet, for any spreadsheet or script.

One row per requirement with every field (:mod:`reqkit.export.columns`),
after an ``Initiative`` column so that several briefs share one sheet. The
file is UTF-8 with a byte-order mark, because Excel reads a CSV file without
one in the computer's legacy code page and garbles every accent; rows end in
CRLF as RFC 4180 asks. Cells that a spreadsheet would run as formulas are
written as text (:mod:`reqkit.export.formula_guard`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reqkit.export.base import ExportItem, ExportOptions
from reqkit.export.columns import REQUIREMENT_HEADERS, findings_by_requirement, requirement_cells
from reqkit.export.formula_guard import guard

INITIATIVE_HEADER = "Initiative"


def csv_bytes(rows: Iterable[Sequence[str]], *, bom: bool) -> bytes:
    """Rows as CSV (RFC 4180 quoting, CRLF), every cell guarded against formulas."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([guard(cell) for cell in row])
    return ("\ufeff" if bom else "").encode("utf-8") + buffer.getvalue().encode("utf-8")


def requirement_rows(items: Sequence[ExportItem]) -> Iterable[list[str]]:
    """The header, then a row per requirement of each brief in turn."""
    yield [INITIATIVE_HEADER, *REQUIREMENT_HEADERS]
    for item in items:
        requirements = item.brief.requirements
        for requirement, findings in zip(
            requirements, findings_by_requirement(requirements, item.findings), strict=True
        ):
            yield [item.brief.initiative.id, *requirement_cells(requirement, findings)]


@dataclass(frozen=True)
class CsvFormat:
    name: str = "csv"
    suffix: str = "csv"
    description: str = "the requirements sheet for spreadsheets"
    binary: bool = False
    one_file_per_brief: bool = False

    def write(self, items: Sequence[ExportItem], options: ExportOptions) -> bytes:
        return csv_bytes(requirement_rows(items), bom=True)


FORMAT = CsvFormat()

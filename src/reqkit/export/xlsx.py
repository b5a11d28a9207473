"""``--format xlsx``: a workbook people can filter and edit, with a sheet per section.

The layout is :mod:`reqkit.export.xlsx_layout`, the cells
:mod:`reqkit.export.xlsx_rows`, the writing :mod:`reqkit.export.xlsx_book`.
``reqkit import`` reads the workbook back into the same brief.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.export.base import ExportItem, ExportOptions


@dataclass(frozen=True)
class XlsxFormat:
    name: str = "xlsx"
    suffix: str = "xlsx"
    description: str = "a workbook with a sheet per section, for spreadsheets"
    binary: bool = True
    one_file_per_brief: bool = True

    def write(self, items: Sequence[ExportItem], options: ExportOptions) -> bytes:
        from reqkit.export.xlsx_book import workbook_bytes

        (item,) = items
        return workbook_bytes(item.brief, item.findings, options.date)


FORMAT = XlsxFormat()

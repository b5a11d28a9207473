"""Export formats: a brief handed on to spreadsheets, trackers, requirements tools, calendars.

The registry below maps each ``--format`` name to the module that writes it.
A module is imported only when its format is used, so a format's library
(openpyxl, icalendar, reqif) costs nothing to the other commands. Each module
exposes ``FORMAT``, an :class:`~reqkit.export.base.ExportFormat`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from reqkit.errors import UsageError

if TYPE_CHECKING:
    from reqkit.export.base import ExportFormat

#: Format name -> the module that writes it, in the order ``--help`` lists them.
FORMATS: dict[str, str] = {
    "csv": "reqkit.export.csv_format",
    "jira": "reqkit.export.jira",
    "json": "reqkit.export.json_format",
    "reqif": "reqkit.export.reqif_format",
    "ics": "reqkit.export.ics",
    "xlsx": "reqkit.export.xlsx",
}


def get_format(name: str) -> ExportFormat:
    """The format called ``name``, or a plain error naming the formats there are."""
    module_name = FORMATS.get(name)
    if module_name is None:
        raise UsageError(
            f'unknown export format "{name}"', "Use --format " + ", ".join(FORMATS) + "."
        )
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        missing = error.name or ""
        if missing == module_name or module_name.startswith(missing + "."):
            raise UsageError(
                f"the {name} export is not available in this version of reqkit",
                "Choose another --format: " + ", ".join(n for n in FORMATS if n != name) + ".",
            ) from None
        raise UsageError(
            f"the {name} export needs the Python package {missing}, which is not installed",
            f"Install it with: pip install {missing}",
        ) from None
    return module.FORMAT  # type: ignore[no-any-return]

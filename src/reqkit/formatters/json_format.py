"""The JSON report: a stable wire format for scripts and other tools.

The shape is documented in the README and versioned: fields may be added in
version 1, never renamed or removed.
"""

from __future__ import annotations

import json

from reqkit.diagnostics import Report, sort_diagnostics
from reqkit.formatters import FormatOptions

WIRE_VERSION = 1


def format_report(report: Report, options: FormatOptions) -> str:
    payload = {
        "version": WIRE_VERSION,
        "diagnostics": [],
        "summary": report.summary(),
        "unreadable": [
            {
                "file": failure.file,
                "line": failure.line,
                "column": failure.column,
                "message": failure.message,
                "hint": failure.hint,
            }
            for failure in report.unreadable
        ],
        "skipped": [
            {
                "file": result.file,
                "rules": list(result.skipped.rules),
                "because": list(result.skipped.because),
            }
            for result in report.files
            if result.skipped
        ],
    }
    text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    diagnostics = sort_diagnostics(report.diagnostics)
    if not diagnostics:
        return text
    # Each finding is encoded on its own: json's indenting encoder collects every
    # piece of the whole document before joining them, which for tens of
    # thousands of findings costs far more memory than the report itself.
    items = ",\n".join(
        "    " + json.dumps(d.to_dict(), indent=2, ensure_ascii=False).replace("\n", "\n    ")
        for d in diagnostics
    )
    empty = '\n  "diagnostics": [],\n'
    start = text.index(empty)
    return f'{text[:start]}\n  "diagnostics": [\n{items}\n  ],\n{text[start + len(empty) :]}'

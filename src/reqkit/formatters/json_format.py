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
        "diagnostics": [d.to_dict() for d in sort_diagnostics(report.diagnostics)],
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
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"

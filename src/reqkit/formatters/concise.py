"""One line per finding, for people who know the rules by heart.

``file:line:col: severity CODE [name] message``: no excerpt, no hint, one
finding per line, so the report can be read, grepped and counted like a
compiler's. Files that could not be read get a line of their own, and the
closing lines are the same as in the text report (after the counts by rule
with ``--statistics``). Text from the brief is shown
with its control characters escaped, as in the text report.
"""

from __future__ import annotations

from reqkit.diagnostics import Diagnostic, Report, count_by_code, sort_diagnostics
from reqkit.errors import UnreadableInput
from reqkit.formatters import FormatOptions, skipped_sentence
from reqkit.formatters.text import summary_line
from reqkit.visible import visible


def format_report(report: Report, options: FormatOptions) -> str:
    lines = [] if options.quiet else [finding_line(d) for d in sort_diagnostics(report.diagnostics)]
    if not options.quiet:
        lines += [_unreadable_line(failure) for failure in report.unreadable]
    if options.statistics:
        lines += [f"{n:>6}  {code}  {name}" for code, name, n in count_by_code(report.diagnostics)]
    lines += [visible(skipped_sentence(r.file, r.skipped)) for r in report.files if r.skipped]
    lines.append(summary_line(report))
    return "".join(line + "\n" for line in lines)


def finding_line(d: Diagnostic) -> str:
    """``file:line:col: severity CODE [name] message`` for one finding."""
    return (
        f"{visible(d.file)}:{d.line}:{d.column}: {d.severity.value} {d.code} [{d.name}] "
        f"{visible(d.message)}"
    )


def _unreadable_line(failure: UnreadableInput) -> str:
    return f"{visible(failure.location)}: error [unreadable] {visible(failure.message)}"

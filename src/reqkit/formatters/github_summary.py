"""The job summary of a GitHub Actions run: counts per brief and every finding.

Annotations are capped at 10 of each kind per step; the summary page of a
run is where the whole report fits. ``reqkit lint --format github`` appends
(never overwrites: other steps write there too) a Markdown section to the
file ``GITHUB_STEP_SUMMARY`` names: a table of errors, warnings and notes per
brief, then a table with every finding.

GitHub refuses a summary over 1 MiB per step, so a very long findings table
stops short of that with a line saying how many rows were left out. Every
cell is escaped: a pipe or a newline in a message cannot break the table,
and Markdown or HTML in a brief is shown as written, not rendered.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from reqkit.diagnostics import Report, Severity, sort_diagnostics
from reqkit.errors import UsageError
from reqkit.formatters import skipped_sentence
from reqkit.formatters.text import summary_line
from reqkit.visible import visible

#: Stay well below GitHub's limit of 1 MiB per step, leaving room for other steps' text.
SIZE_LIMIT = 900_000
_SEVERITY_LABEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# Characters that mean something in Markdown: a backslash shows them as written.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def append_job_summary(report: Report, path: Path) -> None:
    """Append the summary of ``report`` to the job summary file at ``path``."""
    try:
        with path.open("a", encoding="utf-8") as summary:
            summary.write(job_summary(report))
    except OSError as error:
        raise UsageError(
            f"cannot write the job summary to {path}: {error.strerror or error}",
            "GITHUB_STEP_SUMMARY should name a file the runner created; unset it to skip.",
        ) from None


def job_summary(report: Report, limit: int = SIZE_LIMIT) -> str:
    """The Markdown section for one run of ``reqkit lint``."""
    lines = ["## reqkit lint", "", markdown_cell(summary_line(report)), ""]
    for result in report.files:
        if result.skipped:  # which rules a part with errors kept from running
            lines += [markdown_cell(skipped_sentence(result.file, result.skipped)), ""]
    lines += _counts(report)
    lines += _findings(report, limit - sum(len(line) + 1 for line in lines))
    return "\n".join(lines) + "\n"


def markdown_cell(text: str) -> str:
    """``text`` as the content of one table cell: one line, shown as written."""
    return "<br>".join(_inline(visible(part)) for part in text.splitlines() or [""])


def _inline(text: str) -> str:
    text = _MARKDOWN.sub(r"\\\1", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _counts(report: Report) -> list[str]:
    lines = ["| Brief | Errors | Warnings | Notes |", "| --- | ---: | ---: | ---: |"]
    for result in report.files:
        counts = Counter(d.severity for d in result.diagnostics)
        lines.append(
            f"| {markdown_cell(result.file)} | {counts[Severity.ERROR]} | "
            f"{counts[Severity.WARNING]} | {counts[Severity.INFO]} |"
        )
    for failure in report.unreadable:
        lines.append(f"| {markdown_cell(failure.file)} | could not be read | | |")
    return [*lines, ""]


def _findings(report: Report, budget: int) -> list[str]:
    rows = [
        f"| {markdown_cell(failure.location)} | error | | {markdown_cell(failure.message)} |"
        for failure in report.unreadable
    ]
    rows += [
        f"| {markdown_cell(f'{d.file}:{d.line}:{d.column}')} | {_SEVERITY_LABEL[d.severity]} "
        f"| {d.code} {markdown_cell(d.name)} | {markdown_cell(d.message)} |"
        for d in sort_diagnostics(report.diagnostics)
    ]
    if not rows:
        return []
    lines = [
        "### Findings",
        "",
        "| Where | Severity | Rule | Message |",
        "| --- | --- | --- | --- |",
    ]
    budget -= sum(len(line.encode("utf-8")) + 1 for line in lines) + 200
    for shown, row in enumerate(rows):
        budget -= len(row.encode("utf-8")) + 1
        if budget < 0:
            left = len(rows) - shown
            lines += [
                "",
                f"{left} more findings are not listed: the summary would be too big. "
                "Run `reqkit lint` locally or upload a SARIF report to see them all.",
            ]
            break
        lines.append(row)
    return [*lines, ""]

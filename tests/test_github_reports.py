"""The github format within GitHub's limits: 10 annotations of each kind, and a job summary."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app
from reqkit.diagnostics import Diagnostic, FileResult, Report, Severity
from reqkit.formatters import FormatOptions
from reqkit.formatters.github import ANNOTATION_LIMIT, format_report
from reqkit.formatters.github_summary import job_summary, markdown_cell

runner = CliRunner()


def finding(line: int, severity: Severity, file: str = "brief.yaml") -> Diagnostic:
    return Diagnostic(file, line, 1, "RK101", "vague-term", severity, "Vague term")


def report_of(errors: int, warnings: int, notes: int) -> Report:
    diagnostics = [
        *(finding(100 + i, Severity.INFO) for i in range(notes)),
        *(finding(200 + i, Severity.WARNING) for i in range(warnings)),
        *(finding(300 + i, Severity.ERROR) for i in range(errors)),
    ]
    return Report((FileResult("brief.yaml", tuple(diagnostics)),))


def commands(output: str) -> list[str]:
    return [line.split(" ", 1)[0] for line in output.splitlines() if line.startswith("::")]


def test_at_most_ten_annotations_of_each_kind_errors_first():
    output = format_report(report_of(12, 15, 3), FormatOptions())
    kinds = commands(output)
    assert kinds == ["::error"] * 10 + ["::warning"] * 10 + ["::notice"] * 3
    assert "reqkit: 2 more errors, 5 more warnings not annotated" in output
    plain = [line for line in output.splitlines() if line.startswith("  brief.yaml:")]
    assert [int(line.split(":")[1]) for line in plain] == [310, 311, 210, 211, 212, 213, 214]
    assert output.splitlines()[-1] == "reqkit: 12 errors, 15 warnings, 3 notes in 1 file"


def test_no_extra_line_when_every_finding_is_annotated():
    output = format_report(report_of(ANNOTATION_LIMIT, 0, ANNOTATION_LIMIT), FormatOptions())
    assert "not annotated" not in output
    assert len(commands(output)) == 2 * ANNOTATION_LIMIT


def test_a_plain_line_cannot_become_a_command():
    report = Report((FileResult("::error::x.yaml", (finding(1, Severity.ERROR),) * 11),))
    output = format_report(report, FormatOptions())
    assert len(commands(output)) == ANNOTATION_LIMIT


def test_job_summary_counts_per_brief_and_lists_every_finding():
    report = Report(
        (
            FileResult(
                "a.yaml",
                (finding(1, Severity.ERROR, "a.yaml"), finding(2, Severity.INFO, "a.yaml")),
            ),
            FileResult("b.yaml", ()),
        )
    )
    text = job_summary(report)
    assert "| a.yaml | 1 | 0 | 1 |" in text
    assert "| b.yaml | 0 | 0 | 0 |" in text
    rows = [line for line in text.splitlines() if line.startswith("| a.yaml:")]
    assert rows == [
        "| a.yaml:1:1 | error | RK101 vague-term | Vague term |",
        "| a.yaml:2:1 | note | RK101 vague-term | Vague term |",
    ]


def test_markdown_cells_cannot_break_the_table():
    cell = markdown_cell("a | b\nc <script> & *bold* [link](x) \x1b[2J")
    assert "\n" not in cell and "<script>" not in cell
    assert cell.count("|") == cell.count("\\|") == 1
    assert cell == ("a \\| b<br>c &lt;script&gt; &amp; \\*bold\\* \\[link\\]\\(x\\) \\\\x1b\\[2J")


def test_a_long_summary_stops_below_githubs_limit():
    report = report_of(0, 500, 0)
    text = job_summary(report, limit=10_000)
    assert len(text.encode("utf-8")) <= 10_000
    left = re.search(r"(\d+) more findings are not listed", text)
    assert left
    rows = [line for line in text.splitlines() if line.startswith("| brief.yaml:")]
    assert len(rows) + int(left[1]) == 500


@pytest.fixture
def brief(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.yaml").write_text(
        MINIMAL.replace("shall show the event date", "should be user-friendly"), encoding="utf-8"
    )
    return tmp_path


def lint_github(summary: str):
    return runner.invoke(
        app,
        ["lint", "--isolated", "--today", "2026-12-01", "--format", "github", "brief.yaml"],
        env={"GITHUB_STEP_SUMMARY": summary, "NO_COLOR": "1"},
    )


def test_lint_appends_the_job_summary(brief):
    summary = brief / "summary.md"
    summary.write_text("## An earlier step\n\n", encoding="utf-8")
    first = lint_github(str(summary))
    lint_github(str(summary))
    text = summary.read_text(encoding="utf-8")
    assert first.exit_code == 0
    assert text.startswith("## An earlier step\n\n## reqkit lint\n")
    assert text.count("## reqkit lint") == 2
    assert "| brief.yaml:7:25 | note | RK102 weak-modal |" in text
    rows = [line for line in text.splitlines() if line.startswith("| brief.yaml:")]
    notes = int(re.search(r"(\d+) notes in 1 file", text)[1])
    assert len(rows) == 2 * notes  # both runs, every finding


def test_lint_writes_no_summary_without_the_variable(brief):
    assert lint_github("").exit_code == 0
    assert not (brief / "summary.md").exists()


def test_an_unwritable_summary_is_a_plain_error(brief):
    result = lint_github(str(brief / "missing" / "summary.md"))
    assert result.exit_code == 2
    assert "cannot write the job summary" in result.stderr
    assert "Traceback" not in result.output

"""reqkit lint -o writes over its own previous report, never over a brief or a stranger's file."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app

runner = CliRunner()
FORMATS = ("text", "concise", "json", "sarif", "junit", "github")


@pytest.fixture
def briefs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "b.yaml").write_text(MINIMAL.replace("MKT-1", "MKT-2"), encoding="utf-8")
    return folder


def lint(*arguments):
    return runner.invoke(app, ["lint", *arguments])


def test_a_brief_found_in_a_linted_folder_is_never_overwritten(briefs):
    before = (briefs / "a.yaml").read_bytes()
    for extra in ([], ["--force"]):
        result = lint("briefs", "-f", "json", "-o", "briefs/a.yaml", *extra)
        assert result.exit_code == 2
        assert "refusing to write the report over the brief briefs/a.yaml" in result.stderr
        assert (briefs / "a.yaml").read_bytes() == before


def test_a_named_brief_is_refused_before_anything_is_checked(briefs):
    result = lint("briefs/a.yaml", "-o", "briefs/a.yaml")
    assert result.exit_code == 2
    assert "over the brief" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("output_format", FORMATS)
def test_the_previous_report_is_replaced_in_every_format(briefs, output_format):
    report = briefs.parent / f"report.{output_format}"
    first = lint("briefs", "-f", output_format, "-o", str(report))
    assert first.exit_code == 0, first.output
    (briefs / "b.yaml").unlink()
    second = lint("briefs", "-f", output_format, "-o", str(report))
    assert second.exit_code == 0, second.output
    assert "b.yaml" not in report.read_text(encoding="utf-8")


def test_an_empty_file_may_be_replaced(briefs):
    report = briefs.parent / "report.txt"
    report.write_text("", encoding="utf-8")
    assert lint("briefs", "-o", str(report)).exit_code == 0
    assert "in 2 files" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content",
    [
        "# Meeting notes\nWe agreed on the launch date.\n",
        '{"name": "my-package", "version": "1.0.0"}\n',
        "<?xml version='1.0'?>\n<project/>\n",
        "initiative:\n  id: MKT-9\n",
    ],
)
def test_another_file_is_refused_unless_forced(briefs, content):
    other = briefs.parent / "notes.md"
    other.write_text(content, encoding="utf-8")
    refused = lint("briefs", "-f", "json", "-o", str(other))
    assert refused.exit_code == 2
    assert "is not a report from reqkit lint" in refused.stderr
    assert "--force" in refused.stderr
    assert other.read_text(encoding="utf-8") == content
    forced = lint("briefs", "-f", "json", "-o", str(other), "--force")
    assert forced.exit_code == 0
    assert '"diagnostics"' in other.read_text(encoding="utf-8")


def test_a_report_into_a_missing_folder_is_a_plain_error(briefs):
    result = lint("briefs", "-o", "no/such/folder/report.txt")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert "internal error" not in result.output


def test_a_link_that_leads_to_a_brief_is_refused_too(briefs):
    link = briefs.parent / "report.json"
    link.symlink_to(briefs / "a.yaml")
    before = (briefs / "a.yaml").read_bytes()
    result = lint("briefs", "-f", "json", "-o", str(link), "--force")
    assert result.exit_code == 2
    assert "over the brief" in result.stderr
    assert (briefs / "a.yaml").read_bytes() == before and link.is_symlink()


def test_a_report_through_a_link_is_written_to_the_linked_file(briefs):
    real = briefs.parent / "reports" / "lint.json"
    real.parent.mkdir()
    link = briefs.parent / "lint.json"
    link.symlink_to(real)
    assert lint("briefs", "-f", "json", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and '"diagnostics"' in real.read_text(encoding="utf-8")

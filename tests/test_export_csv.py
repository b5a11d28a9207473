"""``reqkit export --format csv``: the requirements sheet, and text that must stay text."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from reqkit.cli import app
from reqkit.export.columns import REQUIREMENT_HEADERS
from reqkit.export.formula_guard import FORMULA_STARTS, guard, unguard
from reqkit.loader import load_brief

runner = CliRunner()
DATA = ROOT / "tests" / "data" / "export"
BRIEFS = sorted(EXAMPLES.glob("*.yaml")) + sorted(DATA.glob("*.yaml"))
TRICKY = DATA / "tricky-text.yaml"


def export_csv(*paths, date="2027-01-20") -> bytes:
    result = runner.invoke(
        app, ["export", *map(str, paths), "-f", "csv", "--date", date], env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def rows_of(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.name)
def test_every_requirement_becomes_a_row_with_every_field(path):
    brief = load_brief(path).brief
    data = export_csv(path)
    rows = rows_of(data)
    assert list(rows[0]) == ["Initiative", *REQUIREMENT_HEADERS]
    assert [unguard(r["ID"]) for r in rows] == [r.id for r in brief.requirements]
    for row, requirement in zip(rows, brief.requirements, strict=True):
        assert unguard(row["Statement"]) == requirement.statement
        assert row["Priority"] == requirement.priority
        criteria = unguard(row["Acceptance criteria"])
        assert criteria == "\n".join(requirement.acceptance_criteria)
        assert row["Goals"] == ", ".join(requirement.goals)
        assert row["Depends on"] == ", ".join(requirement.depends_on)
        assert row["Initiative"] == brief.initiative.id


def test_the_findings_column_holds_each_requirements_own_findings():
    rows = rows_of(export_csv(EXAMPLES / "weak-brief.yaml"))
    result = runner.invoke(
        app,
        ["lint", str(EXAMPLES / "weak-brief.yaml"), "-f", "json", "--today", "2027-01-20"],
    )
    reported = json.loads(result.stdout)["diagnostics"]
    first = [d for d in reported if d["path"].startswith("requirements[0]")]
    assert first, "the example's first requirement has findings"
    cell = rows[0]["Findings"].splitlines()
    assert len(cell) == len(first)
    for line, finding in zip(cell, first, strict=True):
        assert line.startswith(f"{finding['code']} {finding['name']} ({finding['severity']}): ")


def test_several_briefs_share_one_sheet():
    rows = rows_of(export_csv(*sorted(EXAMPLES.glob("*.yaml"))))
    initiatives = {r["Initiative"] for r in rows}
    assert len(initiatives) == 4


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_cell_that_would_run_as_a_formula_is_written_as_text(start):
    assert guard(start + "1") == "'" + start + "1"
    assert unguard(guard(start + "1")) == start + "1"
    assert guard("plain " + start) == "plain " + start


def test_formula_like_text_reaches_the_sheet_as_text():
    rows = rows_of(export_csv(TRICKY))
    by_id = {r["ID"]: r for r in rows}
    assert by_id["REQ-1"]["Statement"] == '\'=HYPERLINK("http://x","y")'
    assert by_id["REQ-1"]["Rationale"] == "'+1 because the board asked"
    assert by_id["REQ-1"]["Acceptance criteria"].startswith("'-2 items")
    assert by_id["REQ-3"]["Statement"] == "'\rCarriage return first"
    for row in rows:
        for value in row.values():
            assert not value.startswith(FORMULA_STARTS), value


def test_unicode_and_line_breaks_survive():
    rows = rows_of(export_csv(TRICKY))
    second = next(r for r in rows if r["ID"] == "REQ-2")
    assert "日本語 and Ελληνικά" in second["Statement"]
    assert "🚀" in second["Statement"]
    assert second["Statement"].count("\n") == 1
    assert second["Systems"].splitlines() == ["CMS, the new one", "=cmd|' /C calc'!A0"]

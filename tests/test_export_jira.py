"""``reqkit export --format jira``: the layout Jira's CSV importer reads, and its settings."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from reqkit.cli import app
from reqkit.export.formula_guard import FORMULA_STARTS
from reqkit.export.jira import DEFAULT_PRIORITIES, SUMMARY_LIMIT
from reqkit.export.jira_markup import escape
from reqkit.loader import load_brief

runner = CliRunner()
DATA = ROOT / "tests" / "data" / "export"
BRIEFS = sorted(EXAMPLES.glob("*.yaml")) + sorted(DATA.glob("*.yaml"))


def export_jira(*args) -> bytes:
    result = runner.invoke(
        app,
        ["export", *map(str, args), "-f", "jira", "--date", "2027-01-20"],
        env={"NO_COLOR": "1"},
    )
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def read(data: bytes) -> tuple[list[str], list[list[str]]]:
    assert not data.startswith(b"\xef\xbb\xbf"), "a BOM would become part of the first header"
    header, *rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    return header, rows


def cells(header: list[str], row: list[str], name: str) -> list[str]:
    return [value for column, value in zip(header, row, strict=True) if column == name and value]


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.name)
def test_an_epic_then_one_linked_issue_per_requirement(path):
    brief = load_brief(path).brief
    data = export_jira(path)
    header, rows = read(data)
    assert not any(cell.startswith(FORMULA_STARTS) for row in rows for cell in row)
    assert header[:6] == ["Issue Id", "Parent", "Issue Type", "Summary", "Description", "Priority"]
    epic, *issues = rows
    column = {name: header.index(name) for name in header}
    assert epic[column["Issue Type"]] == "Epic"
    assert epic[column["Epic Name"]] == brief.initiative.id
    assert len(issues) == len(brief.requirements)
    ids = {row[column["Issue Id"]] for row in rows}
    assert len(ids) == len(rows), "Issue Id must be unique in the file"
    by_requirement = {}
    for row, requirement in zip(issues, brief.requirements, strict=True):
        assert row[column["Parent"]] == epic[column["Issue Id"]]
        assert row[column["Epic Link"]] == epic[column["Epic Name"]]
        assert row[column["Issue Type"]] == "Story"
        assert row[column["Priority"]] == DEFAULT_PRIORITIES[requirement.priority]
        assert row[column["Summary"]].startswith(f"{requirement.id}: ")
        assert len(row[column["Summary"]]) <= SUMMARY_LIMIT and "\n" not in row[column["Summary"]]
        assert "h3. Statement" in row[column["Description"]]
        assert brief.initiative.id in cells(header, row, "Labels")
        by_requirement[requirement.id] = row[column["Issue Id"]]
    for row, requirement in zip(issues, brief.requirements, strict=True):
        expected = [by_requirement[d] for d in requirement.depends_on]
        assert cells(header, row, "Blocked By") == expected


def test_the_description_holds_statement_rationale_and_criteria():
    header, rows = read(export_jira(EXAMPLES / "trade-show-microsite.yaml"))
    description = rows[1][header.index("Description")]
    brief = load_brief(EXAMPLES / "trade-show-microsite.yaml").brief
    requirement = brief.requirements[0]
    assert f"h3. Statement\n{escape(requirement.statement)}" in description
    assert f"h3. Rationale\n{escape(requirement.rationale)}" in description
    for criterion in requirement.acceptance_criteria:
        assert f"# {escape(criterion)}" in description


def test_several_briefs_give_one_epic_each():
    _header, rows = read(export_jira(*sorted(EXAMPLES.glob("*.yaml"))))
    epics = [row for row in rows if row[2] == "Epic"]
    assert len(epics) == 4
    epic_ids = {row[0] for row in epics}
    assert all(row[1] in epic_ids for row in rows if row[2] != "Epic")


def test_two_briefs_with_one_initiative_id_are_refused(tmp_path):
    first = tmp_path / "a.yaml"
    second = tmp_path / "b.yaml"
    text = (EXAMPLES / "weak-brief.yaml").read_text(encoding="utf-8")
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["export", str(first), str(second), "-f", "jira"])
    assert result.exit_code == 2
    assert "same initiative id" in result.stderr


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("*bold* and _it_", r"\*bold\* and \_it\_"),
        ("e-mail and 30-minute", "e-mail and 30-minute"),
        ("a [link] {code} | bar!", r"a \[link\] \{code\} \| bar\!"),
        ("h1. not a heading", r"h1\. not a heading"),
        ("- not a list", r"\- not a list"),
        ("back\\slash", r"back\\slash"),
    ],
)
def test_prose_is_escaped_where_jira_would_read_markup(text, shown):
    assert escape(text) == shown


def test_priorities_and_issue_type_come_from_the_config(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text((EXAMPLES / "trade-show-microsite.yaml").read_text(encoding="utf-8"))
    (tmp_path / ".reqkit.toml").write_text(
        '[export.jira]\nissue-type = "Task"\n[export.jira.priorities]\nmust = "Blocker"\n',
        encoding="utf-8",
    )
    header, rows = read(export_jira(brief))
    must = next(r for r in rows[1:] if r[header.index("Summary")].startswith("REQ-001"))
    should = next(r for r in rows[1:] if r[header.index("Summary")].startswith("REQ-002"))
    assert must[header.index("Priority")] == "Blocker"
    assert should[header.index("Priority")] == "High"
    assert must[header.index("Issue Type")] == "Task"


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ('[export.jira]\npriority = {must = "High"}\n', 'unknown setting "priority"'),
        ('[export.jira.priorities]\nmusst = "High"\n', 'Did you mean "must"'),
        ("[export.jira.priorities]\nmust = 3\n", "must be a name"),
        ('[export.jiraa]\nissue-type = "Task"\n', 'Did you mean "jira"'),
        ('export = "jira"\n', "one table per format"),
    ],
)
def test_a_bad_export_setting_is_an_error_for_people(tmp_path, toml, words):
    brief = tmp_path / "brief.yaml"
    brief.write_text((EXAMPLES / "weak-brief.yaml").read_text(encoding="utf-8"))
    (tmp_path / ".reqkit.toml").write_text(toml, encoding="utf-8")
    result = runner.invoke(app, ["export", str(brief), "-f", "jira"])
    assert result.exit_code == 2
    assert words in result.stderr
    assert ".reqkit.toml" in result.stderr
    assert "Traceback" not in result.output

"""``reqkit import``: workbooks from the export come back whole; sheets people wrote become drafts."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from reqkit.cli import app
from reqkit.loader import load_brief

runner = CliRunner()
DATA = Path(__file__).parent / "data" / "export"
ROUND_TRIP = [
    *sorted(EXAMPLES.glob("*.yaml")),
    DATA / "xlsx-every-field.yaml",
    DATA / "xlsx-tricky.yaml",
    DATA / "every-section.yaml",
    DATA / "tricky-text.yaml",
]


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], env={"NO_COLOR": "1"})


def imported(sheet: Path, *extra: object) -> Path:
    target = sheet.with_suffix(".yaml")
    result = run("import", sheet, "-o", target, *extra)
    assert result.exit_code == 0, result.output
    return target


@pytest.mark.parametrize("original", ROUND_TRIP, ids=lambda p: p.stem)
def test_an_exported_workbook_comes_back_as_the_same_brief(original, tmp_path):
    sheet = tmp_path / "brief.xlsx"
    assert run("export", original, "-f", "xlsx", "-o", sheet).exit_code == 0
    back = imported(sheet)
    compared = run("diff", original, back)
    assert compared.exit_code == 0, compared.output
    assert "No changes." in compared.stdout
    # Beyond what diff compares: every field, exactly.
    assert load_brief(back).brief == load_brief(original).brief


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


PERSON_ROWS = [
    ["Lead capture requirements, Q3"],  # a title above the table
    [],
    ["Req ID", "Requirement", "Priority (MoSCoW)", "Acceptance Criteria", "Linked goals", "Effort"],
    [
        "R-1",
        "The form shall send each lead to the CRM within 5 minutes.",
        "Must have",
        "- The lead shows in the CRM\n- The owner gets an e-mail",
        "G1",
        3,
    ],
    ["R-2", "The form shall offer a consent box.", "Nice to have", None, None, None],
    ["R-3", "The page shall load in 2 seconds.", "Won't", "1. first\n2. second", "G1, G2", 0.5],
    [None, None, None, None, None, None],
    ["R-4", "2027-03-01", "S", None, None, None],
]


def test_a_sheet_people_wrote_becomes_a_valid_draft(tmp_path):
    sheet = write_xlsx(tmp_path / "leads.xlsx", PERSON_ROWS, "Backlog")
    result = run(
        "import",
        sheet,
        "-o",
        tmp_path / "leads.yaml",
        "--title",
        "Lead form",
        "--owner",
        "Dana Fischer",
        "--id",
        "MKT-1",
    )
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.stdout and "4 requirements" in result.stdout
    assert "goals the file does not describe (G1, G2)" in result.stdout
    text = (tmp_path / "leads.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert 'statement: "2027-03-01"' in text  # a date-like text stays text
    loaded = load_brief(tmp_path / "leads.yaml")
    assert loaded.valid, loaded.diagnostics
    brief = loaded.brief
    assert (brief.initiative.id, brief.initiative.title, brief.initiative.stage) == (
        "MKT-1",
        "Lead form",
        "draft",
    )
    assert [r.priority for r in brief.requirements] == ["must", "could", "wont", "should"]
    assert brief.requirements[0].acceptance_criteria == [
        "The lead shows in the CRM",
        "The owner gets an e-mail",
    ]
    assert brief.requirements[2].acceptance_criteria == ["first", "second"]
    assert brief.requirements[2].goals == ["G1", "G2"]
    assert brief.requirements[2].estimate_days == 0.5
    assert run("lint", tmp_path / "leads.yaml").exit_code in (0, 1)  # lint guides the rest


def test_a_csv_with_semicolons_and_no_id_column_is_numbered(tmp_path):
    sheet = write_csv(
        tmp_path / "wishes.csv",
        [
            ["Description", "Priority", "Rationale"],
            ["The shop shall accept PayPal.", "M", "=SUM(1)"],
            ["The shop shall show stock.", "should", "line one\nline two"],
        ],
        delimiter=";",
    )
    result = run("import", sheet, "-o", tmp_path / "wishes.yaml")
    assert result.exit_code == 0, result.output
    assert "numbered REQ-001 to REQ-002" in result.stdout
    assert "--title --owner" in result.stdout
    brief = load_brief(tmp_path / "wishes.yaml").brief
    assert [r.id for r in brief.requirements] == ["REQ-001", "REQ-002"]
    assert brief.requirements[0].rationale == "=SUM(1)"  # CSV text is text
    assert brief.requirements[1].rationale == "line one\nline two"
    assert brief.initiative.owner.startswith("TODO")


def test_the_csv_export_reads_back_with_its_initiative_and_guarded_cells(tmp_path):
    original = DATA / "tricky-text.yaml"
    sheet = tmp_path / "tricky.csv"
    assert run("export", original, "-f", "csv", "-o", sheet).exit_code == 0
    brief = load_brief(imported(sheet)).brief
    before = load_brief(original).brief
    assert brief.initiative.id == before.initiative.id
    # The CSV file keeps one criterion per line, so a criterion with a line break
    # of its own comes back as two; every other field comes back as it was.
    kept = {"id", "statement", "priority", "rationale", "depends_on", "systems"}
    assert [r.model_dump(include=kept) for r in brief.requirements] == [
        r.model_dump(include=kept) for r in before.requirements
    ]


BAD_ROWS = [
    ["ID", "Statement", "Priority", "Notes"],
    ["R-1", "The form shall send leads to the CRM.", "urgent", None],
    ["R-1", '=HYPERLINK("http://x","y")', "shuold", None],
    ["R-3", None, "must", None],
]


def test_every_bad_cell_is_named_and_nothing_is_written(tmp_path):
    sheet = write_xlsx(tmp_path / "leads.xlsx", BAD_ROWS, "Requirements")
    book = openpyxl.load_workbook(sheet)
    book["Requirements"]["B3"] = '=HYPERLINK("http://x","y")'  # a real formula
    book.save(sheet)
    result = run("import", sheet, "-o", tmp_path / "leads.yaml")
    assert result.exit_code == 2
    errors = result.stderr
    where = 'leads.xlsx: sheet "Requirements", '
    assert where + 'row 1, column D (Notes): the column "Notes" is not a field' in errors
    assert where + 'row 2, column C (Priority): "urgent" is not a priority' in errors
    assert "hint: Write one of: must, should, could, wont." in errors
    assert where + 'row 3, column A (ID): the id "R-1" is used twice (first in row 2)' in errors
    assert where + "row 3, column B (Statement): the cell holds a formula" in errors
    assert 'row 3, column C (Priority): "shuold" is not a priority' in errors
    assert 'Did you mean "should"?' in errors
    assert errors.rstrip().endswith("run reqkit import again.")
    assert "5 problems found; nothing was written" in errors
    assert "Traceback" not in result.output
    assert not (tmp_path / "leads.yaml").exists()


def test_problems_the_schema_finds_are_named_at_their_cell(tmp_path):
    rows = [["ID", "Statement", "Priority", "Goals"], ["R 1", "Text.", "must", None]]
    sheet = write_xlsx(tmp_path / "a.xlsx", rows, "Requirements")
    book = openpyxl.load_workbook(sheet)
    goals = book.create_sheet("Goals")
    goals.append(["Id", "Statement"])
    goals.append(["G1", "More leads."])
    book["Requirements"]["D2"] = "G9"
    book["Requirements"].append(["R-2", None, "could"])
    book.save(sheet)
    result = run("import", sheet, "-o", tmp_path / "a.yaml", "--title", "T", "--owner", "O")
    assert result.exit_code == 2
    assert 'sheet "Requirements", row 2, column A (ID):' in result.stderr
    assert 'row 2, column D (Goals): the goal id "G9" is not defined in goals' in result.stderr
    assert 'sheet "Requirements", row 3:' in result.stderr  # the statement is missing
    assert not (tmp_path / "a.yaml").exists()


def test_dates_yes_no_and_missing_columns_are_checked(tmp_path):
    sheet = write_xlsx(
        tmp_path / "plan.xlsx",
        [
            ["Name", "Date", "Hard"],
            ["Launch", "03/04/2027", "maybe"],
            ["Test", dt.datetime(2027, 3, 1, 14, 30), "yes"],
        ],
        "Milestones",
    )
    book = openpyxl.load_workbook(sheet)
    book.create_sheet("Goals").append(["Statement"])
    book["Goals"].append(["More leads."])
    book.save(sheet)
    result = run("import", sheet, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 2
    errors = result.stderr
    assert 'sheet "Milestones", row 2, column B (Date): "03/04/2027" is not a date' in errors
    assert "YYYY-MM-DD" in errors
    assert 'row 2, column C (Hard): "maybe" is not yes or no' in errors
    assert 'row 3, column B (Date): "2027-03-01 14:30:00" has a time of day' in errors
    assert 'sheet "Goals", row 1: the sheet has no "Id" column' in errors


def test_an_existing_brief_is_replaced_only_with_force(tmp_path):
    sheet = write_csv(
        tmp_path / "a.csv", [["ID", "Statement", "Priority"], ["R1", "Text.", "must"]]
    )
    target = tmp_path / "a.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = run("import", sheet, "-o", target)
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert run("import", sheet, "-o", target, "--force").exit_code == 0
    assert "R1" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.xlsx", None, "missing.xlsx does not exist"),
        ("notes.txt", b"hello", "is not a spreadsheet reqkit can read"),
        ("fake.xlsx", b"hello", "is not a readable .xlsx workbook"),
        ("latin.csv", "ID,Statement,Priority\nR1,Café,must\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_files_that_are_not_readable_spreadsheets_are_plain_errors(
    tmp_path, name, content, message
):
    source = tmp_path / name
    if content is not None:
        source.write_bytes(content)
    result = run("import", source, "-o", tmp_path / "out.yaml")
    assert result.exit_code == 2
    assert message in result.stderr and "hint:" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_sheet_option_picks_the_requirements_sheet(tmp_path):
    sheet = write_xlsx(tmp_path / "b.xlsx", [["Notes only"]], "Cover")
    book = openpyxl.load_workbook(sheet)
    book.create_sheet("Backlog").append(["Requirement", "Priority"])
    book["Backlog"].append(["The app shall work offline.", "Could"])
    book.save(sheet)
    assert run("import", sheet, "-o", tmp_path / "b.yaml", "--sheet", "Nope").exit_code == 2
    result = run("import", sheet, "-o", tmp_path / "b.yaml", "--sheet", "Backlog")
    assert result.exit_code == 0, result.output
    assert load_brief(tmp_path / "b.yaml").brief.requirements[0].priority == "could"


def test_the_installed_command_exports_and_imports_end_to_end(tmp_path):
    reqkit = shutil.which("reqkit", path=str(Path(sys.executable).parent))
    assert reqkit is not None
    env = {**os.environ, "NO_COLOR": "1"}
    original = EXAMPLES / "weak-brief.yaml"
    sheet, back = tmp_path / "w.xlsx", tmp_path / "w.yaml"
    for args in (
        ["export", str(original), "-f", "xlsx", "-o", str(sheet)],
        ["import", str(sheet), "-o", str(back)],
    ):
        done = subprocess.run([reqkit, *args], capture_output=True, text=True, env=env, check=False)
        assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {back}: 12 requirements from w.xlsx (21 sheets).\nNext:")
    assert load_brief(back).brief == load_brief(original).brief


def test_a_title_naming_a_column_is_not_taken_for_the_header_and_other_sheets_are_named(tmp_path):
    rows = [["Requirements"], ["ID", "Requirement", "Priority"], ["R1", "The app shall work.", "M"]]
    sheet = write_xlsx(tmp_path / "c.xlsx", rows, "Requirements")
    book = openpyxl.load_workbook(sheet)
    book.create_sheet("Notes").append(["Call Sam on Monday"])
    book.save(sheet)
    result = run("import", sheet, "-o", tmp_path / "c.yaml")
    assert result.exit_code == 0, result.output
    assert 'Not read: "Notes"' in result.stdout
    brief = load_brief(tmp_path / "c.yaml").brief
    assert [(r.id, r.priority) for r in brief.requirements] == [("R1", "must")]


def test_an_empty_sheet_and_sheet_for_a_csv_file_are_plain_errors(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    result = run("import", empty, "-o", tmp_path / "e.yaml")
    assert result.exit_code == 2
    assert "empty.csv: the sheet is empty" in result.stderr
    result = run("import", empty, "-o", tmp_path / "e.yaml", "--sheet", "Backlog")
    assert result.exit_code == 2
    assert "has no sheets to choose from" in result.stderr
    assert not (tmp_path / "e.yaml").exists()


def test_two_columns_for_one_field_are_refused_rather_than_one_picked(tmp_path):
    rows = [["Requirement", "Description", "Priority"], ["The app shall work.", "More.", "must"]]
    result = run("import", write_csv(tmp_path / "d.csv", rows), "-o", tmp_path / "d.yaml")
    assert result.exit_code == 2
    assert (
        'd.csv: row 1, column B (Description): the column "Description" gives the statement '
        "again (column A already does)"
    ) in result.stderr


def test_a_workbook_edited_and_saved_by_a_spreadsheet_program_shows_its_edits_in_diff(tmp_path):
    original = EXAMPLES / "loyalty-app.yaml"
    sheet = tmp_path / "edited.xlsx"
    assert run("export", original, "-f", "xlsx", "-o", sheet).exit_code == 0
    book = openpyxl.load_workbook(sheet)  # opened and saved again, as a person would
    requirements = book["Requirements"]
    assert requirements["C3"].value == "must"
    requirements["C3"] = "Should"
    requirements.append(["REQ-099", "The app shall show the opening hours.", "could"])
    book.save(sheet)
    back = imported(sheet)
    compared = run("diff", original, back)
    assert compared.exit_code == 1
    assert "REQ-002 re-prioritised from must to should" in compared.stdout
    assert "REQ-099 added (could)" in compared.stdout


def test_a_percentage_cell_is_refused_rather_than_read_as_a_fraction(tmp_path):
    sheet = write_xlsx(tmp_path / "g.xlsx", [["Id", "Statement"], ["G1", "More leads."]], "Goals")
    book = openpyxl.load_workbook(sheet)
    metrics = book.create_sheet("Metrics")
    metrics.append(["Goal", "Name", "Target"])
    metrics.append(["G1", "Share of online orders", 0.2])
    metrics["C2"].number_format = "0%"
    book.save(sheet)
    result = run("import", sheet, "-o", tmp_path / "g.yaml")
    assert result.exit_code == 2
    assert 'sheet "Metrics", row 2, column C (Target): "20%" is not a number' in result.stderr


def test_characters_xml_cannot_hold_come_back_from_the_workbook(tmp_path):
    original = tmp_path / "original.yaml"
    original.write_text(
        "initiative: {id: B-1, title: Bell, owner: Ann}\n"
        'requirements:\n  - {id: R1, priority: must, statement: "a bell \\a, a \\r and _x0041_"}\n',
        encoding="utf-8",
    )
    sheet = tmp_path / "bell.xlsx"
    assert run("export", original, "-f", "xlsx", "-o", sheet).exit_code == 0
    back = load_brief(imported(sheet)).brief
    assert back.requirements[0].statement == "a bell \a, a \r and _x0041_"

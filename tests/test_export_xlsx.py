"""``reqkit export --format xlsx``: the workbook people filter and edit, opened as they would."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from reqkit.cli import app
from reqkit.export.xlsx_brief_fields import BASELINE_REQUIREMENTS, BRIEF_FIELDS
from reqkit.export.xlsx_layout import GLOSSARY, TABLES, WAIVERS
from reqkit.model import Brief, Money
from reqkit.model.walk import models_in

runner = CliRunner()
DATA = Path(__file__).parent / "data" / "export"
TRICKY = DATA / "xlsx-tricky.yaml"
EVERY_FIELD = DATA / "xlsx-every-field.yaml"


def export(brief: Path, tmp_path: Path, *extra: str) -> Path:
    target = tmp_path / (brief.stem + ".xlsx")
    result = runner.invoke(
        app, ["export", str(brief), "-f", "xlsx", "-o", str(target), "--force", *extra]
    )
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def every_field(tmp_path_factory) -> openpyxl.Workbook:
    """The workbook of the brief that fills every field, exported once for the module."""
    return workbook(export(EVERY_FIELD, tmp_path_factory.mktemp("every")))


def workbook(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(path.read_bytes()))


def rows(sheet) -> list[list[object]]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_every_section_has_a_sheet_with_a_frozen_header_and_a_filter(every_field):
    book = every_field
    assert book.sheetnames[0] == "Brief"
    assert {t.sheet for t in TABLES} <= set(book.sheetnames)
    assert book.sheetnames[-1] == "Findings"
    for table in TABLES:
        sheet = book[table.sheet]
        assert sheet.freeze_panes in ("A2", "B2"), table.sheet
        assert sheet.auto_filter.ref, table.sheet
        assert sheet["A1"].font.b
    assert book["Requirements"].freeze_panes == "B2"  # the id stays in view too


def test_requirements_sheet_holds_every_field_and_the_findings(every_field):
    book = every_field
    table = rows(book["Requirements"])
    header = table[0]
    first = dict(zip(header, table[1], strict=True))
    assert header[:3] == ["ID", "Statement", "Priority"]
    assert first["ID"] == "REQ-1"
    assert first["Goals"] == "G1"
    assert first["Estimate (days)"] == 12.5
    assert first["Acceptance criteria"].startswith("A test dealer orders 3 items")
    assert "RK701 unrecorded-change (error)" in first["Findings"]
    second = dict(zip(header, table[2], strict=True))
    assert second["Goals"] == "G1, G2"
    waivers = rows(book["Waivers"])
    assert ["(whole brief)", "RK204", "Vendors are handled by the procurement brief."] in waivers
    assert waivers[2][:2] == ["REQ-1", "vague-term"]


def test_choice_columns_offer_the_schema_values_as_a_list(every_field):
    book = every_field
    lists = {str(v.sqref): v.formula1 for v in book["Requirements"].data_validations.dataValidation}
    assert '"must,should,could,wont"' in lists.values()
    assert any("functional" in formula for formula in lists.values())
    milestones = [v.formula1 for v in book["Milestones"].data_validations.dataValidation]
    assert '"yes,no"' in milestones
    metrics = [v.formula1 for v in book["Metrics"].data_validations.dataValidation]
    assert metrics == ['"G1,G2"']  # a metric names one of the brief's goals
    stage = [v for v in book["Brief"].data_validations.dataValidation if "handoff" in v.formula1]
    assert stage and str(stage[0].sqref) == "B5"


def test_formula_like_text_is_stored_as_text_never_as_a_formula(tmp_path):
    book = workbook(export(TRICKY, tmp_path))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    starts = [c for c in cells if isinstance(c.value, str) and c.value[:1] in ("=", "+", "-", "@")]
    texts = {c.value for c in starts}
    assert '=HYPERLINK("http://x","y")' in texts
    assert "=cmd|' /C calc'!A0\nnull\n~" in texts  # the systems of R-2, one per line
    assert "+1 % conversion" in texts
    assert all(c.data_type == "s" for c in starts), [
        c.coordinate for c in starts if c.data_type != "s"
    ]
    assert all(c.quotePrefix for c in starts)
    # Only the sum under the budget lines is a formula, and reqkit wrote it.
    every = workbook(export(EVERY_FIELD, tmp_path))
    formulas = [c for s in every for r in s.iter_rows() for c in r if c.data_type == "f"]
    assert [(c.parent.title, c.value) for c in formulas] == [("Budget", "=SUM(B2:B3)")]


def test_budget_sheet_adds_up_its_lines_and_money_stays_exact(every_field):
    book = every_field
    budget = rows(book["Budget"])
    assert budget[1][:3] == ["Build", 1000000, "EUR"]
    assert budget[2][:3] == ["Hosting, first year", 134567.89, "EUR"]
    assert budget[4][0] == "Sum of lines"
    brief = {row[0]: row[1] for row in rows(book["Brief"])[1:]}
    assert brief["budget.total"] == "1.234.567,89\u00a0€"  # as the brief's locale writes it
    assert brief["baseline.requirements.REQ-1"] == "f00d"


def test_dates_are_dates_and_columns_fit_their_text(every_field):
    book = every_field
    milestones = book["Milestones"]
    assert milestones["B2"].is_date and milestones["B2"].number_format == "yyyy-mm-dd"
    widths = book["Requirements"].column_dimensions
    assert 58 < widths["B"].width < 64  # capped at 60 characters: long statements wrap
    assert 8 <= widths["A"].width < 12
    heights = book["Brief"].row_dimensions
    assert heights[9].height is None  # initiative.updated: one line in every column
    assert heights[10].height >= 30  # initiative.locale: its About text wraps


def test_the_same_brief_and_date_give_the_same_bytes(tmp_path):
    for name in "abc":
        (tmp_path / name).mkdir()
    first = export(EVERY_FIELD, tmp_path / "a")
    again = export(EVERY_FIELD, tmp_path / "b")
    assert first.read_bytes() == again.read_bytes()
    dated = export(EVERY_FIELD, tmp_path / "c", "--date", "2030-01-02")
    assert dated.read_bytes() != first.read_bytes()
    assert workbook(dated).properties.created.year == 2030


def _leaves(model: type, prefix: tuple[str, ...] = ()):
    """Every field of the schema that holds a value (money counts as one value)."""
    for name, info in model.model_fields.items():
        nested = next(models_in(info.annotation), None)
        path = (*prefix, name)
        if nested is None or issubclass(nested, Money):
            yield path
        else:
            yield from _leaves(nested, path)


def test_every_field_of_the_schema_has_a_home_in_the_workbook():
    homes = {field.path for field in BRIEF_FIELDS} | {BASELINE_REQUIREMENTS, GLOSSARY.section}
    for table in TABLES:
        keys = [c.key for c in table.columns if c.exported and c.kind != "derived"]
        if table is WAIVERS:
            for owner in (("initiative", "waivers"), ("requirements", "waivers")):
                homes |= {(*owner, *key) for key in keys}
        else:
            homes |= {(*table.section, *key) for key in keys}
    assert set(_leaves(Brief)) - homes == set()

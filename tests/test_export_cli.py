"""``reqkit export`` from the command line: formats, where output goes, and when it refuses."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL, ROOT
from reqkit import export_command
from reqkit.cli import app
from reqkit.cli_params import ExportFormatName
from reqkit.errors import UsageError
from reqkit.export import FORMATS
from reqkit.export.base import ExportItem
from reqkit.export_command import ExportRequest, export_date, run_export
from reqkit.loader import load_text

runner = CliRunner()


def run(*args: object, input: str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input, env={"NO_COLOR": "1"})


@pytest.fixture
def brief(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


def test_the_command_line_offers_every_registered_format():
    assert [f.value for f in ExportFormatName] == list(FORMATS)
    result = run("export", "--help")
    assert result.exit_code == 0
    assert "[csv|jira|json|reqif|ics|xlsx]" in result.stdout


def test_json_prints_the_validated_brief_with_the_schema_id(brief):
    result = run("export", brief, "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["$schema"] == "urn:reqkit:brief:v1"
    assert document["requirements"][0]["id"] == "REQ-1"
    assert list(document)[:3] == ["$schema", "initiative", "stakeholders"]


def test_json_amounts_are_exact_strings_and_the_rest_is_a_valid_brief():
    result = run("export", EXAMPLES / "crm-migration.yaml", "-f", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    total = document["budget"]["total"]
    assert isinstance(total["amount"], str) and total["currency"]
    del document["$schema"]
    again = load_text(json.dumps(document), "again.json")
    original = load_text((EXAMPLES / "crm-migration.yaml").read_text(encoding="utf-8"))
    assert again.valid, again.diagnostics
    assert again.brief == original.brief


def test_the_format_follows_the_output_file_name(brief, tmp_path):
    target = tmp_path / "out.json"
    result = run("export", brief, "-o", target)
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["initiative"]["id"] == "MKT-1"
    assert f"Wrote {target}" in result.stderr


def test_without_format_or_known_extension_it_asks_for_one(brief, tmp_path):
    result = run("export", brief, "-o", tmp_path / "out.txt")
    assert result.exit_code == 2
    assert "--format is missing" in result.stderr
    assert "Traceback" not in result.output


def test_a_format_not_installed_is_a_plain_error(brief, monkeypatch):
    monkeypatch.setitem(FORMATS, "json", "reqkit.export.no_such_module")
    result = run("export", brief, "-f", "json")
    assert result.exit_code == 2
    assert "the json export is not available" in result.stderr
    assert "Traceback" not in result.output


def test_a_folder_gets_one_file_per_brief(tmp_path):
    folder = tmp_path / "out"
    result = run("export", EXAMPLES, "-f", "json", "-o", folder)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.stem + ".json" for p in EXAMPLES.glob("*.yaml"))


def test_several_briefs_of_a_one_brief_format_are_not_printed():
    result = run("export", EXAMPLES, "-f", "json")
    assert result.exit_code == 2
    assert "-o FOLDER" in result.stderr


def test_an_existing_file_is_replaced_only_with_force(brief, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("mine\n", encoding="utf-8")
    result = run("export", brief, "-o", target)
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine\n"
    result = run("export", brief, "-o", target, "--force")
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["initiative"]["id"] == "MKT-1"


def test_nothing_is_written_when_one_target_of_several_is_refused(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "weak-brief.json").write_text("mine\n", encoding="utf-8")
    result = run("export", EXAMPLES, "-f", "json", "-o", folder)
    assert result.exit_code == 2
    assert sorted(p.name for p in folder.iterdir()) == ["weak-brief.json"]


def test_the_input_is_never_overwritten(brief):
    result = run("export", brief, "-f", "json", "-o", brief, "--force")
    assert result.exit_code == 2
    assert "refusing to write over the input" in result.stderr
    assert brief.read_text(encoding="utf-8") == MINIMAL


def test_an_invalid_brief_is_reported_and_nothing_is_written(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("priority: must", "priority: urgent"), encoding="utf-8")
    target = tmp_path / "out.json"
    result = run("export", bad, "-o", target)
    assert result.exit_code == 1
    assert f"{bad}:8:" in result.stderr
    assert not target.exists()


def test_a_missing_brief_is_exit_2(tmp_path):
    result = run("export", tmp_path / "nope.yaml", "-f", "json")
    assert result.exit_code == 2
    assert "nope.yaml" in result.stderr
    assert "Traceback" not in result.output


def test_standard_input_is_read(tmp_path):
    result = run("export", "-", "-f", "json", input=MINIMAL)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["initiative"]["title"] == "Spring campaign page"


def test_the_installed_command_exports(brief, tmp_path):
    target = tmp_path / "brief.json"
    done = subprocess.run(
        [os.path.join(os.path.dirname(sys.executable), "reqkit"), "export", brief, "-o", target],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["$schema"] == "urn:reqkit:brief:v1"


class _Workbook:
    """A stand-in binary format, to test what the command does with bytes no terminal shows."""

    name = "book"
    suffix = "book"
    description = "a binary stand-in"
    binary = True
    one_file_per_brief = True

    def write(self, items, options):
        return b"\x00\x01" + items[0].brief.initiative.id.encode()


def test_binary_output_is_refused_on_a_terminal_and_written_to_a_file(brief, tmp_path, monkeypatch):
    monkeypatch.setattr(export_command, "get_format", lambda name: _Workbook())
    request = ExportRequest(paths=(str(brief),), output_format="book", stdout_is_terminal=True)
    with pytest.raises(UsageError, match="cannot be shown in the terminal"):
        run_export(request, io.BytesIO(), io.StringIO())
    piped = io.BytesIO()
    request = ExportRequest(paths=(str(brief),), output_format="book")
    assert run_export(request, piped, io.StringIO()) == 0
    assert piped.getvalue() == b"\x00\x01MKT-1"
    target = tmp_path / "brief.book"
    request = ExportRequest(paths=(str(brief),), output_format="book", output=target)
    assert run_export(request, io.BytesIO(), io.StringIO()) == 0
    assert target.read_bytes() == b"\x00\x01MKT-1"


def test_without_date_the_export_carries_the_briefs_last_change(tmp_path):
    brief = load_text(MINIMAL.replace("owner: Dana Fischer", "owner: Dana\n  updated: 2027-02-03"))
    assert export_date([ExportItem(tmp_path, brief.brief, ())]).isoformat() == "2027-02-03"


def test_several_briefs_of_a_one_brief_format_need_a_folder_not_a_file_name(tmp_path):
    result = run("export", EXAMPLES, "-f", "json", "-o", tmp_path / "all.json")
    assert result.exit_code == 2
    assert "need a folder" in result.stderr
    assert not (tmp_path / "all.json").exists()


def test_the_installed_command_pipes_a_sheet_of_several_briefs():
    done = subprocess.run(
        [os.path.join(os.path.dirname(sys.executable), "reqkit"), "export", EXAMPLES, "-f", "csv"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("\ufeffInitiative,ID,".encode())
    assert done.stdout.count(b"\r\nMKT-") > 10


@pytest.mark.parametrize("name", ["csv", "jira", "json", "reqif", "ics"])
def test_the_same_brief_gives_the_same_bytes(name, tmp_path):
    brief = ROOT / "tests" / "data" / "export" / "every-section.yaml"
    first, second = tmp_path / f"first.{name}", tmp_path / f"second.{name}"
    for target in (first, second):
        result = run("export", brief, "-f", name, "-o", target)
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_size > 1000


def test_a_brief_found_in_a_named_folder_is_never_overwritten(tmp_path):
    folder = tmp_path / "briefs"
    folder.mkdir()
    brief = folder / "crm.yaml"
    brief.write_text(MINIMAL, encoding="utf-8")
    result = run("export", folder, "-f", "csv", "-o", brief, "--force")
    assert result.exit_code == 2
    assert "refusing to write over the input" in result.stderr
    assert brief.read_text(encoding="utf-8") == MINIMAL

"""The command line, through typer's runner and through the installed executable."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL
from reqkit import __version__
from reqkit.cli import app

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, env={"NO_COLOR": "1"})


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


@pytest.fixture
def bad(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(MINIMAL.replace("  title:", "  titel:"), encoding="utf-8")
    return path


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"reqkit {__version__}"


def test_help_lists_each_command_with_one_line():
    result = run("--help")
    assert result.exit_code == 0
    assert "lint" in result.stdout and "schema" in result.stdout


def test_no_arguments_shows_help():
    result = run()
    assert "Usage" in result.stdout or "Usage" in result.stderr


def test_lint_valid_draft_passes_with_notes(good):
    result = run("lint", str(good))
    assert result.exit_code == 0
    assert "0 errors" in result.stdout


def test_lint_clean_brief_says_all_clear(good):
    result = run("lint", "--select", "vague-term", str(good))
    assert result.exit_code == 0
    assert result.stdout.strip() == "All clear: no problems in 1 file"


def test_lint_invalid_brief_exit_1_with_position_and_excerpt(bad):
    result = run("lint", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:3:3: error RK010 [unknown-key]" in result.stdout
    assert "    3 |   titel: Spring campaign page" in result.stdout
    assert "      |   ^^^^^" in result.stdout
    assert 'hint: Did you mean "title"?' in result.stdout
    assert "Traceback" not in result.output


def test_lint_json_is_the_wire_format(bad):
    result = run("lint", "--format", "json", str(bad))
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["version"] == 1
    (problem,) = [d for d in payload["diagnostics"] if d["severity"] == "error"]
    assert problem == {
        "file": str(bad),
        "line": 3,
        "column": 3,
        "end_line": 3,
        "end_column": 8,
        "code": "RK010",
        "name": "unknown-key",
        "severity": "error",
        "friction": None,
        "message": 'Unknown key "titel" in "initiative"',
        "path": "initiative.titel",
        "hint": 'Did you mean "title"?',
    }
    assert payload["summary"]["errors"] >= 1


def test_lint_missing_file_is_exit_2_without_traceback(tmp_path, good):
    result = run("lint", str(tmp_path / "missing.yaml"), str(good))
    assert result.exit_code == 2
    assert "missing.yaml: no such file" in result.stderr
    assert "hint:" in result.stderr
    assert "Traceback" not in result.output


def test_lint_folder_is_exit_2(tmp_path):
    result = run("lint", str(tmp_path))
    assert result.exit_code == 2


def test_lint_non_utf8_is_exit_2_with_position(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"initiative:\n  title: Caf\xe9\n")
    result = run("lint", str(path))
    assert result.exit_code == 2
    assert "latin.yaml:2:13: the file is not valid UTF-8" in result.stderr


def test_lint_empty_file_is_an_invalid_brief(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    result = run("lint", str(path))
    assert result.exit_code == 1
    assert "empty.yaml:1:1: error RK003 [not-a-brief] The file is empty" in result.stdout


def test_lint_reads_standard_input_with_a_name():
    result = run("lint", "-", "--stdin-filename", "from-editor.yaml", input="a: b: c\n")
    assert result.exit_code == 1
    assert "from-editor.yaml:1:5: error RK001" in result.stdout


def test_fail_on_warning_is_accepted(good):
    assert run("lint", "--fail-on", "warning", str(good)).exit_code == 0


def test_bad_option_is_exit_2(good):
    result = run("lint", "--format", "xml", str(good))
    assert result.exit_code == 2


def test_quiet_prints_only_the_summary(bad):
    result = run("lint", "--quiet", "--select", "RK1", str(bad))
    assert result.stdout.strip().splitlines() == ["1 error, 0 warnings, 0 notes in 1 file"]


def test_statistics_counts_by_rule(bad):
    result = run("lint", "--statistics", str(bad))
    assert "     1  RK010  unknown-key" in result.stdout


def test_schema_prints_a_json_schema_with_its_dialect():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "initiative" in schema["required"]


def test_schema_output_file_is_not_overwritten_without_force(tmp_path):
    target = tmp_path / "mine.json"
    target.write_text('{"mine": true}', encoding="utf-8")
    result = run("schema", "-o", str(target))
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == '{"mine": true}'
    assert run("schema", "-o", str(target), "--force").exit_code == 0
    assert "$schema" in target.read_text(encoding="utf-8")
    assert run("schema", "-o", str(target)).exit_code == 0  # its own output may be refreshed


def test_schema_into_missing_folder_is_a_clear_error(tmp_path):
    result = run("schema", "-o", str(tmp_path / "no" / "schema.json"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def _executable() -> list[str]:
    found = shutil.which("reqkit", path=os.path.dirname(sys.executable))
    return [found] if found else [sys.executable, "-m", "reqkit"]


@pytest.mark.parametrize("command", [_executable(), [sys.executable, "-m", "reqkit"]])
def test_installed_entry_points(command, bad):
    done = subprocess.run([*command, "lint", str(bad)], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "RK010" in done.stdout
    version = subprocess.run([*command, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"reqkit {__version__}"


def test_examples_lint_end_to_end():
    briefs = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    assert briefs, "examples/ holds no briefs"
    done = subprocess.run(
        [*_executable(), "lint", "--format", "json", *briefs],
        capture_output=True,
        text=True,
        check=False,
    )
    payload = json.loads(done.stdout)
    assert payload["summary"]["files"] == len(briefs)
    assert [d for d in payload["diagnostics"] if d["code"] < "RK100"] == []


def test_command_line_choices_match_the_library():
    from reqkit.cli_params import FailOn, Kind, LintFormat, Stage
    from reqkit.diagnostics import Severity
    from reqkit.formatters import FORMATS
    from reqkit.model import STAGES
    from reqkit.scaffold import KINDS

    assert [s.value for s in Stage] == list(STAGES)
    assert [k.value for k in Kind] == list(KINDS)
    assert {f.value for f in FailOn} == {s.value for s in Severity}
    assert {f.value for f in LintFormat} == set(FORMATS)


@pytest.mark.parametrize(
    "arguments",
    [
        ["lint", "--help"],
        ["render", "--help"],
        ["init", "--help"],
        ["lint", "--format", "nonsense", "x.yaml"],
        ["lint"],
        ["--help"],
        ["lnt", "x.yaml"],
    ],
)
def test_the_executable_parses_and_helps_as_the_whole_app_does(arguments):
    """The executable builds only the named command; nobody can tell from the outside."""
    environment = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
    whole_app = "from reqkit.cli import app; app(prog_name='reqkit')"
    narrowed, whole = (
        subprocess.run(
            [*command, *arguments], capture_output=True, text=True, check=False, env=environment
        )
        for command in (_executable(), [sys.executable, "-c", whole_app])
    )
    assert narrowed.stdout.strip() or narrowed.stderr.strip()
    assert (narrowed.returncode, narrowed.stdout, narrowed.stderr) == (
        whole.returncode,
        whole.stdout,
        whole.stderr,
    )


def test_output_is_complete_when_the_process_ends(tmp_path, bad):
    """The executable exits without the interpreter's teardown; nothing may be lost on the way."""
    briefs = []
    for number in range(200):
        copy = tmp_path / f"brief-{number:03}.yaml"
        copy.write_bytes(bad.read_bytes())
        briefs.append(str(copy))
    done = subprocess.run(
        [*_executable(), "lint", "--format", "json", *briefs],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["summary"]["files"] == 200
    report = tmp_path / "report.xml"
    done = subprocess.run(
        [*_executable(), "lint", "--format", "junit", "--output", str(report), str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert report.read_text(encoding="utf-8").rstrip().endswith("</testsuites>")

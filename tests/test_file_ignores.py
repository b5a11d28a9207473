"""File-level ignore comments and per-file ignores in the configuration."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from reqkit.cli import app

runner = CliRunner()

BRIEF = """\
initiative:
  id: MKT-1
  title: Spring campaign page
  owner: Dana Fischer
requirements:
  - id: REQ-1
    statement: The page should be user-friendly.
    priority: must
  - id: REQ-2
    statement: The form should be user-friendly.
    priority: must
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def findings(*args: str) -> list[dict]:
    result = runner.invoke(app, ["lint", "--today", "2026-12-01", "-f", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]


def codes_of(found: list[dict], file: str) -> list[str]:
    return [d["code"] for d in found if d["file"] == file]


def test_ignore_file_comment_silences_a_rule_in_the_whole_brief(project):
    write(project / "plain.yaml", BRIEF)
    write(project / "quiet.yaml", "# reqkit: ignore-file[RK101]\n" + BRIEF)
    found = findings("plain.yaml", "quiet.yaml")
    assert codes_of(found, "plain.yaml").count("RK101") == 2
    assert "RK101" not in codes_of(found, "quiet.yaml")
    assert codes_of(found, "quiet.yaml").count("RK102") == 2
    assert "RK020" not in codes_of(found, "quiet.yaml")


def test_ignore_file_takes_names_and_several_rules(project):
    write(project / "brief.yaml", BRIEF + "# reqkit: ignore-file[vague-term, weak-modal]\n")
    found = codes_of(findings("brief.yaml"), "brief.yaml")
    assert "RK101" not in found and "RK102" not in found


def test_unused_ignore_file_comment_is_reported(project):
    write(project / "brief.yaml", "# reqkit: ignore-file[RK103]\n" + BRIEF)
    (unused,) = [d for d in findings("brief.yaml") if d["code"] == "RK020"]
    assert (unused["line"], unused["column"]) == (1, 1)
    assert unused["message"] == "The file-level ignore comment for RK103 silences nothing"


def test_ignore_file_is_not_a_line_ignore(project):
    """Before, "ignore-file" read as a bare line ignore and silenced its own line."""
    text = BRIEF.replace(
        "statement: The page should be user-friendly.",
        "statement: The page should be user-friendly.  # reqkit: ignore-file[RK103]",
    )
    write(project / "brief.yaml", text)
    found = findings("brief.yaml")
    assert [d["line"] for d in found if d["code"] == "RK101"] == [7, 10]
    assert [d["line"] for d in found if d["code"] == "RK020"] == [7]


def test_an_unknown_rule_in_ignore_file_is_reported(project):
    write(project / "brief.yaml", "# reqkit: ignore-file[RK999]\n" + BRIEF)
    assert "RK021" in codes_of(findings("brief.yaml"), "brief.yaml")


def test_per_file_ignores_from_the_config(project):
    write(project / ".reqkit.toml", '[per-file-ignores]\n"archive/*.yaml" = ["RK1"]\n')
    write(project / "archive" / "old.yaml", BRIEF)
    write(project / "new.yaml", BRIEF)
    found = findings(".")
    old = codes_of(found, "archive/old.yaml")
    assert old and not [code for code in old if code.startswith("RK1")]
    assert "RK020" not in old
    assert codes_of(found, "new.yaml").count("RK101") == 2


def test_a_pattern_without_a_folder_matches_the_file_name(project):
    write(project / ".reqkit.toml", '[per-file-ignores]\n"old.yaml" = ["vague-term"]\n')
    write(project / "archive" / "old.yaml", BRIEF)
    assert "RK101" not in codes_of(findings("archive/old.yaml"), "archive/old.yaml")


def test_unused_per_file_ignore_is_reported_on_the_brief(project):
    write(project / ".reqkit.toml", '[per-file-ignores]\n"*.yaml" = ["RK103"]\n')
    write(project / "brief.yaml", BRIEF)
    (unused,) = [d for d in findings("brief.yaml") if d["code"] == "RK020"]
    assert '"*.yaml" for RK103' in unused["message"]
    assert unused["message"].endswith(" in .reqkit.toml silences nothing")
    assert "remove the entry" in unused["hint"]


def test_per_file_ignores_apply_to_a_brief_read_from_stdin(project):
    write(project / ".reqkit.toml", '[per-file-ignores]\n"archive/*.yaml" = ["RK101"]\n')
    result = runner.invoke(
        app,
        ["lint", "--today", "2026-12-01", "-f", "json", "--stdin-filename", "archive/x.yaml", "-"],
        input=BRIEF,
    )
    codes = [d["code"] for d in json.loads(result.stdout)["diagnostics"]]
    assert "RK101" not in codes and "RK102" in codes


@pytest.mark.parametrize(
    ("config", "word"),
    [
        ('[per-file-ignores]\n"a.yaml" = ["RK999"]\n', "RK999"),
        ('[per-file-ignores]\n"a.yaml" = [1]\n', "must list rules"),
        ('per-file-ignores = ["a.yaml"]\n', "must be a table"),
    ],
)
@pytest.mark.parametrize("command", ["lint", "render"])
def test_a_bad_per_file_ignore_is_a_config_error(project, config, word, command):
    write(project / ".reqkit.toml", config)
    write(project / "brief.yaml", BRIEF)
    result = runner.invoke(app, [command, "brief.yaml"])
    assert result.exit_code == 2
    assert word in result.stderr and "Traceback" not in result.output

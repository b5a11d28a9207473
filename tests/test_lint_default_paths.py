"""``reqkit lint`` with no path checks what the config names, as ruff does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from reqkit.cli import app

GOOD = EXAMPLES / "trade-show-microsite.yaml"
WEAK = EXAMPLES / "weak-brief.yaml"


def lint(*args: str):
    return CliRunner().invoke(app, ["lint", *args], env={"NO_COLOR": "1"})


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_without_config_checks_the_briefs_folder(repo):
    (repo / "briefs").mkdir()
    shutil.copy(GOOD, repo / "briefs")
    shutil.copy(WEAK, repo)  # outside briefs/: not checked
    result = lint()
    assert result.exit_code == 0, result.output
    assert "no problems in 1 file" in result.output


def test_without_config_or_briefs_folder_checks_the_current_folder(repo):
    shutil.copy(WEAK, repo)
    result = lint()
    assert result.exit_code == 1
    assert "weak-brief.yaml:" in result.output


def test_config_paths_are_checked_and_shown_as_typed(repo):
    (repo / "docs" / "a").mkdir(parents=True)
    shutil.copy(WEAK, repo / "docs" / "a")
    shutil.copy(WEAK, repo / "b.yaml")
    (repo / "briefs").mkdir()  # not named, so not checked
    shutil.copy(WEAK, repo / "briefs" / "c.yaml")
    (repo / ".reqkit.toml").write_text('paths = ["docs/a", "b.yaml"]\n', encoding="utf-8")
    result = lint("--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["summary"]["files"] == 2
    assert {d["file"] for d in report["diagnostics"]} == {
        "b.yaml",
        os.path.join("docs", "a", WEAK.name),
    }


def test_config_paths_are_relative_to_the_config_file(repo, monkeypatch):
    (repo / "src").mkdir()
    shutil.copy(WEAK, repo / "src")
    (repo / ".reqkit.toml").write_text('paths = ["src"]\n', encoding="utf-8")
    (repo / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(repo / "deep" / "er")
    result = lint()
    assert result.exit_code == 1
    assert "weak-brief.yaml:" in result.output


def test_an_explicit_path_wins_over_the_config(repo):
    shutil.copy(GOOD, repo)
    (repo / "briefs").mkdir()
    shutil.copy(WEAK, repo / "briefs")
    (repo / ".reqkit.toml").write_text('paths = ["briefs"]\n', encoding="utf-8")
    assert lint(GOOD.name).exit_code == 0


def test_isolated_ignores_the_configured_paths(repo):
    (repo / "briefs").mkdir()
    shutil.copy(GOOD, repo / "briefs")
    (repo / "other").mkdir()
    shutil.copy(WEAK, repo / "other")
    (repo / ".reqkit.toml").write_text('paths = ["other"]\n', encoding="utf-8")
    assert lint().exit_code == 1
    assert lint("--isolated").exit_code == 0


def test_a_missing_configured_path_is_a_usage_error_naming_the_config(repo):
    (repo / ".reqkit.toml").write_text('paths = ["brief"]\n', encoding="utf-8")
    result = lint()
    assert result.exit_code == 2
    assert ".reqkit.toml: paths names" in result.output
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


def test_paths_must_be_a_list_of_strings(repo):
    (repo / ".reqkit.toml").write_text("paths = [1]\n", encoding="utf-8")
    result = lint()
    assert result.exit_code == 2
    assert "paths must be a list of strings" in result.output


def test_installed_command_without_a_path_in_an_init_repository(tmp_path):
    reqkit = Path(sys.executable).with_name("reqkit")
    subprocess.run([str(reqkit), "init", str(tmp_path)], check=True, capture_output=True)
    done = subprocess.run(
        [str(reqkit), "lint", "--quiet"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "in 1 file" in done.stdout

"""``reqkit render`` checks the configuration exactly as ``reqkit lint`` does."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app

runner = CliRunner()

BAD_CONFIGS = {
    "misspelt severity": ('[rules.vague-term]\nseverity = "warnng"\n', "warnng"),
    "unknown rule": ('[rules.vauge-term]\nseverity = "error"\n', "vauge-term"),
    "unknown option": ("[rules.vague-term]\nextend-wrds = ['x']\n", "extend-wrds"),
    "unknown selector": ('ignore = ["RK999"]\n', "RK999"),
    "misspelt fail-on": ('fail-on = "warnings"\n', "warnings"),
    "unknown setting": ('fial-on = "error"\n', "fial-on"),
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.yaml").write_text(MINIMAL, encoding="utf-8")
    return tmp_path


def run(*args: str):
    return runner.invoke(app, list(args), env={"NO_COLOR": "1"})


@pytest.mark.parametrize("name", sorted(BAD_CONFIGS))
@pytest.mark.parametrize("extra", [[], ["-o", "out.md"], ["--with-lint"]])
def test_render_rejects_what_lint_rejects(project, name, extra):
    config, word = BAD_CONFIGS[name]
    (project / ".reqkit.toml").write_text(config, encoding="utf-8")
    linted = run("lint", "--today", "2026-12-01", "brief.yaml")
    rendered = run("render", "--today", "2026-12-01", "brief.yaml", *extra)
    assert linted.exit_code == rendered.exit_code == 2
    assert word in rendered.stderr
    assert rendered.stderr == linted.stderr
    assert not (project / "out.md").exists()


def test_render_with_a_good_config_still_works(project):
    (project / ".reqkit.toml").write_text(
        '[rules.vague-term]\nseverity = "error"\n', encoding="utf-8"
    )
    result = run("render", "--today", "2026-12-01", "brief.yaml")
    assert result.exit_code == 0
    assert "Spring campaign page" in result.stdout


def test_isolated_render_ignores_a_broken_config(project):
    (project / ".reqkit.toml").write_text('fail-on = "nope"\n', encoding="utf-8")
    assert run("render", "--isolated", "brief.yaml").exit_code == 0

"""Configuration: found walking up, checked strictly, overridden by flags."""

from __future__ import annotations

import textwrap

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app
from reqkit.config import find_config_file, load_config
from reqkit.errors import UsageError
from reqkit.ruleset import build_ruleset

VAGUE = MINIMAL.replace("shall show the event date", "shall be user-friendly")


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"})


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_closest_config_wins(tmp_path):
    write(tmp_path / ".reqkit.toml", "ignore = ['RK101']\n")
    inner = write(tmp_path / "team" / "reqkit.toml", "ignore = ['RK601']\n")
    brief = write(tmp_path / "team" / "briefs" / "a.yaml", MINIMAL)
    assert find_config_file(brief) == inner


def test_pyproject_counts_only_with_a_reqkit_table(tmp_path):
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    brief = write(tmp_path / "a.yaml", MINIMAL)
    assert find_config_file(brief) is None
    write(tmp_path / "pyproject.toml", "[tool.reqkit]\nignore = ['RK101']\n")
    config = load_config(find_config_file(brief))
    assert config.ignore == ("RK101",)


def test_no_config_gives_defaults(tmp_path):
    config = load_config(None)
    assert config.source is None and config.select is None


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ("colour = 'red'\n", 'unknown setting "colour"'),
        ("ignore = 'RK101'\nselekt = []\n", 'Did you mean "select"?'),
        ("fail-on = 3\n", "fail-on must be a string"),
        ("[rules]\nvague-term = 1\n", "one table per rule"),
        ("ignore = [\n", "not valid TOML"),
    ],
)
def test_bad_config_is_a_clear_usage_error(tmp_path, toml, words):
    path = write(tmp_path / ".reqkit.toml", toml)
    with pytest.raises(UsageError) as caught:
        load_config(path)
    assert words in f"{caught.value.message} {caught.value.hint}"


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ("[rules.vague-trm]\nseverity = 'error'\n", 'Did you mean "vague-term"?'),
        ("[rules.vague-term]\nwordz = ['x']\n", 'unknown option "wordz"'),
        ("[rules.vague-term]\nwords = 'x'\n", "option words"),
        ("[rules.vague-term]\nseverity = 'fatal'\n", 'severity "fatal" is not valid'),
        ("select = ['RK9999']\n", 'unknown rule "RK9999"'),
    ],
)
def test_bad_rule_settings_name_what_is_valid(tmp_path, toml, words):
    config = load_config(write(tmp_path / ".reqkit.toml", toml))
    with pytest.raises(UsageError) as caught:
        build_ruleset(config)
    assert words in f"{caught.value.message} {caught.value.hint}"


def test_unknown_option_lists_the_valid_ones(tmp_path):
    config = load_config(write(tmp_path / ".reqkit.toml", "[rules.vague-term]\nfoo = 1\n"))
    with pytest.raises(UsageError) as caught:
        build_ruleset(config)
    assert "extend-words" in caught.value.hint and "allow" in caught.value.hint


def test_bad_config_exits_2_through_the_cli(tmp_path):
    write(tmp_path / ".reqkit.toml", "[rules.vague-term]\nwordz = ['x']\n")
    brief = write(tmp_path / "a.yaml", VAGUE)
    result = run("lint", str(brief))
    assert result.exit_code == 2
    assert 'unknown option "wordz"' in result.stderr


def test_rule_options_and_severity_apply(tmp_path):
    write(
        tmp_path / ".reqkit.toml",
        """\
        [rules.vague-term]
        severity = "error"
        allow = ["user-friendly"]
        extend-words = ["event date"]
        """,
    )
    brief = write(
        tmp_path / "a.yaml", VAGUE.replace("user-friendly", "user-friendly on the event date")
    )
    result = run("lint", "--select", "vague-term", str(brief))
    assert result.exit_code == 1
    assert 'error RK101 [vague-term] Vague term "event date"' in result.stdout
    assert '"user-friendly"' not in result.stdout


def test_severity_off_disables_a_rule(tmp_path):
    write(tmp_path / ".reqkit.toml", "[rules.RK101]\nseverity = 'off'\n")
    brief = write(tmp_path / "a.yaml", VAGUE)
    assert "RK101" not in run("lint", str(brief)).stdout


def test_select_and_ignore_accept_codes_names_and_prefixes(tmp_path):
    brief = write(tmp_path / "a.yaml", VAGUE)
    assert "RK101" in run("lint", "--select", "RK1", str(brief)).stdout
    assert "RK601" not in run("lint", "--select", "RK1", str(brief)).stdout
    out = run("lint", "--ignore", "vague-term,RK601", str(brief)).stdout
    assert "RK101" not in out and "RK601" not in out


def test_cli_select_wins_over_config(tmp_path):
    write(tmp_path / ".reqkit.toml", "select = ['RK601']\n")
    brief = write(tmp_path / "a.yaml", VAGUE)
    out = run("lint", "--select", "RK101", str(brief)).stdout
    assert "RK101" in out and "RK601" not in out


def test_fail_on_from_config_and_flag(tmp_path):
    write(tmp_path / ".reqkit.toml", "fail-on = 'info'\n")
    brief = write(tmp_path / "a.yaml", VAGUE)
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert run("lint", "--select", "RK101", str(brief)).exit_code == 1  # an info note fails
        assert run("lint", "--select", "RK101", "--fail-on", "error", str(brief)).exit_code == 0
        assert run("lint", "--isolated", "--select", "RK101", str(brief)).exit_code == 0
    finally:
        os.chdir(cwd)


def test_explicit_config_file(tmp_path):
    config = write(
        tmp_path / "elsewhere" / "strict.toml", "[rules.vague-term]\nseverity = 'error'\n"
    )
    brief = write(tmp_path / "a.yaml", VAGUE)
    result = run("lint", "--config", str(config), "--select", "RK101", str(brief))
    assert result.exit_code == 1
    assert run("lint", "--config", str(tmp_path / "none.toml"), str(brief)).exit_code == 2

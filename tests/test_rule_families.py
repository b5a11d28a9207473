"""`reqkit rules PREFIX` lists one family, read the way `--select` reads a prefix."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from reqkit.cli import app
from reqkit.rules import ALL_RULES
from reqkit.schema_checks import SCHEMA_CHECKS

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"NO_COLOR": "1"})


def listed_codes(output: str) -> list[str]:
    return [line.split()[0] for line in output.splitlines() if line.startswith("RK")]


@pytest.mark.parametrize("prefix", ["RK9", "rk9", "Rk9"])
def test_a_family_prefix_lists_that_family_in_any_letter_case(prefix):
    result = invoke("rules", prefix)
    assert result.exit_code == 0, result.output
    expected = [rule.code for rule in ALL_RULES if rule.code.startswith("RK9")]
    assert expected, "the metrics family is empty"
    assert listed_codes(result.output) == expected


def test_a_longer_prefix_narrows_the_list():
    result = invoke("rules", "RK10")
    assert result.exit_code == 0, result.output
    codes = listed_codes(result.output)
    assert codes == [rule.code for rule in ALL_RULES if rule.code.startswith("RK10")]
    assert "RK201" not in codes


def test_the_built_in_checks_have_their_own_prefix():
    result = invoke("rules", "RK0")
    assert result.exit_code == 0, result.output
    assert listed_codes(result.output) == [check.code for check in SCHEMA_CHECKS]


def test_a_family_as_json():
    result = invoke("rules", "rk9", "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)["rules"]
    assert {r["code"] for r in records} == {r.code for r in ALL_RULES if r.code.startswith("RK9")}
    assert {r["family"] for r in records} == {"success metrics"}


def test_a_prefix_selects_the_same_rules_as_lint_select(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(
        "initiative: {id: MKT-1, title: Page, owner: Dana Fischer}\n", encoding="utf-8"
    )
    listed = set(listed_codes(invoke("rules", "RK2").output))
    linted = invoke("lint", str(brief), "--select", "RK2", "--stage", "handoff", "-f", "json")
    found = {d["code"] for d in json.loads(linted.output)["diagnostics"]}
    assert found, linted.output
    assert found <= listed


def test_an_exact_code_still_explains_one_rule():
    result = invoke("rules", "RK901")
    assert result.exit_code == 0
    assert result.output.startswith("RK901 goal-without-metric")
    assert "RK902" not in result.output


def test_an_unknown_prefix_is_a_usage_error_that_names_prefixes():
    result = invoke("rules", "RK99")
    assert result.exit_code == 2
    assert 'unknown rule "RK99"' in result.output
    assert "code prefix (RK1)" in result.output
    assert "Traceback" not in result.output

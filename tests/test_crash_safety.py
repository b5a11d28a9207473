"""A bug that trips over one brief costs that brief a finding, never the whole run.

A rule that raises is injected (monkeypatch); the brief it fails on gets one
RK009 finding, the other briefs are still checked and reported in every
format, and the exit status is 1 as for any error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from jsonschema import Draft4Validator
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import LintFormat, app
from reqkit.render import command as render_command
from reqkit.rules.completeness.missing_problem_statement import MissingProblemStatement
from test_formatters_sarif import SCHEMA

runner = CliRunner()
FORMATS = [f.value for f in LintFormat]
MESSAGE = "reqkit could not check this file (RuntimeError: injected failure); please report it"


@pytest.fixture
def briefs(tmp_path, monkeypatch):
    """Three briefs: one the broken rule fails on, one with a misspelt key, one clean."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REQKIT_DEBUG", raising=False)
    (tmp_path / "a-bad.yaml").write_text(MINIMAL.replace("  title:", "  titel:"), encoding="utf-8")
    (tmp_path / "b-boom.yaml").write_text(MINIMAL.replace("MKT-1", "BOOM"), encoding="utf-8")
    (tmp_path / "c-good.yaml").write_text(MINIMAL, encoding="utf-8")
    original = MissingProblemStatement.check

    def check(self, brief, context):
        if brief.initiative.id == "BOOM":
            raise RuntimeError("injected failure")
        return original(self, brief, context)

    monkeypatch.setattr(MissingProblemStatement, "check", check)
    return tmp_path


def lint(*args: str):
    return runner.invoke(
        app, ["lint", "--isolated", "--today", "2026-12-01", *args], env={"NO_COLOR": "1"}
    )


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_reports_the_failure_and_the_other_files(briefs, name):
    result = lint("--format", name, "a-bad.yaml", "b-boom.yaml", "c-good.yaml")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 1, result.output
    out = result.stdout
    if name in ("text", "concise"):
        assert f"b-boom.yaml:1:1: error RK009 [internal-error] {MESSAGE}" in out
        assert "a-bad.yaml:3:3: error RK010 [unknown-key]" in out
        assert "in 3 files" in out
    elif name == "json":
        report = json.loads(out)
        found = {(d["file"], d["code"]) for d in report["diagnostics"]}
        assert {("b-boom.yaml", "RK009"), ("a-bad.yaml", "RK010")} <= found
        crash = next(d for d in report["diagnostics"] if d["code"] == "RK009")
        assert crash["message"] == MESSAGE and "REQKIT_DEBUG=1" in crash["hint"]
        assert report["summary"]["files"] == 3
    elif name == "github":
        errors = [line for line in out.splitlines() if line.startswith("::error file=")]
        assert any("b-boom.yaml,line=1," in line and "RK009" in line for line in errors)
        assert any("a-bad.yaml,line=3," in line and "RK010" in line for line in errors)
    elif name == "sarif":
        log = json.loads(out)
        assert not list(Draft4Validator(SCHEMA).iter_errors(log))
        results = log["runs"][0]["results"]
        rules = {
            (r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
            for r in results
        }
        assert {("RK009", "b-boom.yaml"), ("RK010", "a-bad.yaml")} <= rules
    elif name == "junit":
        root = ET.fromstring(out.encode("utf-8"))
        failures = {
            (case.get("classname") or case.get("name"), failure.get("type"))
            for case in root.iter("testcase")
            for failure in case.iter("failure")
        }
        types = {kind for _, kind in failures}
        assert {"RK009", "RK010"} <= types
        assert "b-boom.yaml" in out and "c-good.yaml" in out
    else:
        pytest.fail(f"no check for the format {name}")


def test_the_crash_is_raised_when_debugging(briefs, monkeypatch):
    monkeypatch.setenv("REQKIT_DEBUG", "1")
    result = lint("b-boom.yaml")
    assert isinstance(result.exception, RuntimeError)


def test_a_crash_while_reading_a_brief_is_a_finding_too(briefs, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("injected failure")

    monkeypatch.setattr("reqkit.linter.load_text", broken)
    result = lint("--format", "json", "c-good.yaml")
    assert result.exit_code == 1
    [crash] = json.loads(result.stdout)["diagnostics"]
    assert (crash["file"], crash["code"], crash["message"]) == ("c-good.yaml", "RK009", MESSAGE)


def render(*args: str):
    return runner.invoke(
        app, ["render", "--isolated", "--today", "2026-12-01", *args], env={"NO_COLOR": "1"}
    )


def test_render_writes_the_other_briefs_and_reports_the_failure(briefs, monkeypatch):
    real = render_command.build_view

    def build_view(brief, *args, **kwargs):
        if brief.initiative.id == "BOOM":
            raise RuntimeError("injected failure")
        return real(brief, *args, **kwargs)

    monkeypatch.setattr(render_command, "build_view", build_view)
    result = render("-o", "site", "b-boom.yaml", "c-good.yaml")
    assert result.exit_code == 1, result.output
    assert f"b-boom.yaml:1:1: error RK009 [internal-error] {MESSAGE}" in result.stderr
    written = sorted(p.name for p in (briefs / "site").iterdir())
    assert "c-good.md" in written and "b-boom.md" not in written


def test_render_reports_a_failing_rule_in_review_notes(briefs):
    result = render("--with-lint", "b-boom.yaml")
    assert result.exit_code == 1, result.output
    assert "RK009" in result.stderr and result.stdout == ""
    assert render("--with-lint", "c-good.yaml").exit_code == 0


_PATCHED_MAIN = """
import sys
from reqkit.rules.completeness.missing_problem_statement import MissingProblemStatement

original = MissingProblemStatement.check

def check(self, brief, context):
    if brief.initiative.id == "BOOM":
        raise RuntimeError("injected failure")
    return original(self, brief, context)

MissingProblemStatement.check = check
from reqkit.cli import main
sys.argv = ["reqkit", *sys.argv[1:]]
main()
"""


def test_a_real_process_reports_the_failure_and_exits_1(briefs):
    env = {k: v for k, v in os.environ.items() if k != "REQKIT_DEBUG"}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _PATCHED_MAIN,
            "lint",
            "--isolated",
            "-f",
            "json",
            "a-bad.yaml",
            "b-boom.yaml",
            "c-good.yaml",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert "internal error" not in result.stderr
    found = {(d["file"], d["code"]) for d in json.loads(result.stdout)["diagnostics"]}
    assert {("a-bad.yaml", "RK010"), ("b-boom.yaml", "RK009")} <= found
    assert ("c-good.yaml", "RK009") not in found

"""Every --format and --output through the command line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from jsonschema import Draft4Validator
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import LintFormat, app
from test_formatters_sarif import SCHEMA

runner = CliRunner()
FORMATS = [f.value for f in LintFormat]


@pytest.fixture
def briefs(tmp_path, monkeypatch):
    """A folder with a brief that has an error (a misspelt key) and one that cannot be read."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.yaml").write_text(MINIMAL.replace("  title:", "  titel:"), encoding="utf-8")
    (tmp_path / "latin1.yaml").write_bytes("initiative:\n  title: Caf\xe9\n".encode("latin-1"))
    return tmp_path


def lint(*args: str):
    return runner.invoke(
        app, ["lint", "--isolated", "--today", "2026-12-01", *args], env={"NO_COLOR": "1"}
    )


def check_report(name: str, output: str) -> None:
    """The output is a well-formed report in the format and names the error."""
    if name in ("text", "concise"):
        assert "bad.yaml:3:3: error RK010 [unknown-key]" in output
    elif name == "json":
        assert "RK010" in [d["code"] for d in json.loads(output)["diagnostics"]]
    elif name == "github":
        assert any(
            line.startswith("::error file=") and "title=RK010 unknown-key" in line
            for line in output.splitlines()
        )
    elif name == "sarif":
        log = json.loads(output)
        assert not list(Draft4Validator(SCHEMA).iter_errors(log))
        (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "RK010"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {
            "uri": "bad.yaml",
            "uriBaseId": "%SRCROOT%",
        }
    else:
        root = ET.fromstring(output.encode("utf-8"))
        failures = root.findall("testsuite/testcase/failure")
        assert "RK010" in [failure.get("type") for failure in failures]


@pytest.mark.parametrize("name", FORMATS)
def test_format_prints_its_report(briefs, name):
    result = lint("--format", name, "bad.yaml", "latin1.yaml")
    assert result.exit_code == 2, result.output  # an unreadable file outranks findings
    check_report(name, result.stdout)
    assert "latin1.yaml" in result.stderr
    if name != "text":  # the machine-read formats report it too
        assert "latin1.yaml" in result.stdout


@pytest.mark.parametrize("name", FORMATS)
def test_output_writes_the_format_and_prints_text(briefs, name):
    result = lint("--format", name, "--output", "report.out", "bad.yaml")
    assert result.exit_code == 1, result.output
    written = (briefs / "report.out").read_text(encoding="utf-8")
    check_report(name, written)
    assert written == lint("--format", name, "bad.yaml").stdout
    assert "bad.yaml:3:3: error RK010 [unknown-key]" in result.stdout
    assert "1 error" in result.stdout


@pytest.mark.parametrize("name", ["github", "sarif", "junit"])
def test_ci_formats_exit_like_text(briefs, name):
    (briefs / "good.yaml").write_text(MINIMAL, encoding="utf-8")
    assert lint("--format", name, "good.yaml").exit_code == 0
    assert lint("--format", name, "bad.yaml").exit_code == 1

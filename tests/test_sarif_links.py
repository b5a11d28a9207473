"""SARIF links each rule to its documentation, and --min-severity keeps notes out of it."""

from __future__ import annotations

import json
import re

import pytest
from jsonschema import Draft4Validator, FormatChecker
from typer.testing import CliRunner

from conftest import ROOT
from reqkit.cli import app
from reqkit.formatters import FormatOptions
from reqkit.formatters.sarif_rules import rule_descriptors
from test_formatters import SAMPLE, WORKDIR, render
from test_formatters_sarif import SCHEMA

runner = CliRunner()
DOCS = "https://git.example.com/tools/reqkit"

BRIEF = """\
initiative:
  id: MKT-1
  title: Spring campaign page
  owner: Dana Fischer
  titel: typo
requirements:
  - id: REQ-1
    statement: The page should be user-friendly.
    priority: must
"""


def test_every_rule_links_to_its_anchor_in_the_readme():
    log = json.loads(
        render("sarif", SAMPLE, FormatOptions(working_directory=WORKDIR, docs_url=DOCS))
    )
    assert not list(Draft4Validator(SCHEMA, format_checker=FormatChecker()).iter_errors(log))
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == DOCS
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a id="(rk\d{3})"></a>', readme))
    linked = [rule for rule in driver["rules"] if "helpUri" in rule]
    assert linked
    for rule in linked:
        assert rule["helpUri"] == f"{DOCS}#{rule['id'].lower()}"
        assert rule["id"].lower() in anchors


def test_readme_has_an_anchor_for_every_documented_code():
    from reqkit.rules import BY_CODE as RULES
    from reqkit.schema_checks import BY_CODE as CHECKS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in [*RULES, *CHECKS]:
        assert f'<a id="{code.lower()}"></a>{code} |' in readme


def test_a_fragment_in_the_configured_address_is_replaced():
    log = json.loads(
        render("sarif", SAMPLE, FormatOptions(working_directory=WORKDIR, docs_url=DOCS + "#readme"))
    )
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == DOCS
    assert all("#readme" not in rule.get("helpUri", "") for rule in driver["rules"])


def test_without_an_address_no_links_are_made():
    descriptors = rule_descriptors([("RK101", "vague-term")])
    assert "helpUri" not in descriptors[0]


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.yaml").write_text(BRIEF, encoding="utf-8")
    return tmp_path


def sarif_run(*args: str):
    return runner.invoke(app, ["lint", "--today", "2026-12-01", "-f", "sarif", *args, "brief.yaml"])


def test_docs_url_from_the_config_file(project):
    (project / ".reqkit.toml").write_text(f'docs-url = "{DOCS}#readme"\n', encoding="utf-8")
    log = json.loads(sarif_run().stdout)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert {rule["helpUri"] for rule in rules} == {f"{DOCS}#{r['id'].lower()}" for r in rules}


def test_docs_url_must_be_a_web_address(project):
    (project / ".reqkit.toml").write_text('docs-url = "README.md"\n', encoding="utf-8")
    result = sarif_run()
    assert result.exit_code == 2
    assert "docs-url" in result.stderr and "not a web address" in result.stderr


def test_min_severity_keeps_draft_notes_out_of_code_scanning(project):
    (project / "brief.yaml").write_text(BRIEF.replace("  titel: typo\n", ""), encoding="utf-8")
    everything = json.loads(sarif_run().stdout)
    warnings_up = json.loads(sarif_run("--min-severity", "warning").stdout)
    levels = {r["level"] for r in everything["runs"][0]["results"]}
    kept = warnings_up["runs"][0]["results"]
    assert levels == {"note"}  # a draft: wording and gaps are notes
    assert not kept
    handoff = json.loads(sarif_run("--stage", "handoff", "--min-severity", "warning").stdout)
    kept = handoff["runs"][0]["results"]
    assert kept and {r["level"] for r in kept} <= {"warning", "error"}
    for log in (warnings_up, handoff):
        assert not list(Draft4Validator(SCHEMA).iter_errors(log))
    used = {r["ruleId"] for r in kept}
    assert {rule["id"] for rule in handoff["runs"][0]["tool"]["driver"]["rules"]} == used


def test_the_packages_documentation_address_is_the_default(monkeypatch):
    from importlib import metadata

    from reqkit.formatters import sarif

    class Meta:
        def get_all(self, key):
            assert key == "Project-URL"
            return ["Homepage, https://example.org/home", f"Documentation, {DOCS}#readme"]

    monkeypatch.setattr(metadata, "metadata", lambda name: Meta())
    assert sarif.documentation_url(FormatOptions()) == DOCS
    assert sarif.documentation_url(FormatOptions(docs_url="https://x.example/d")) == (
        "https://x.example/d"
    )

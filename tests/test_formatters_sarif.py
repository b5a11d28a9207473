"""SARIF: valid against the official schema, locations and fingerprints as code scanning needs."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from conftest import ROOT
from reqkit.diagnostics import Diagnostic, FileResult, Report, Severity
from reqkit.formatters import FormatOptions
from reqkit.formatters.sarif import SCHEMA_URI
from reqkit.formatters.sarif_rules import default_level
from reqkit.rules import ALL_RULES
from reqkit.rules.base import FRICTION_SOURCES, Levels
from reqkit.schema_checks import SCHEMA_CHECKS
from test_formatters import LAUNCH, OPTIONS, SAMPLE, WORKDIR, render

SCHEMA = json.loads(
    (ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def sarif(report: Report = SAMPLE, options: FormatOptions = OPTIONS) -> dict:
    return json.loads(render("sarif", report, options))


def run_of(report: Report = SAMPLE, options: FormatOptions = OPTIONS) -> dict:
    (run,) = sarif(report, options)["runs"]
    return run


def assert_valid(log: dict) -> None:
    errors = sorted(Draft4Validator(SCHEMA).iter_errors(log), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def every_code_report() -> Report:
    """One finding for every code reqkit documents, so every real descriptor is written."""
    codes = [(c.code, c.name) for c in SCHEMA_CHECKS] + [(r.code, r.name) for r in ALL_RULES]
    findings = tuple(
        Diagnostic("brief.yaml", i + 1, 1, code, name, Severity.WARNING, f"finding {i}")
        for i, (code, name) in enumerate(codes)
    )
    return Report(files=(FileResult("brief.yaml", findings),))


def test_log_names_the_schema_it_follows():
    assert sarif()["$schema"] == SCHEMA["id"] == SCHEMA_URI
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-04/schema#"


@pytest.mark.parametrize(
    "report",
    [SAMPLE, Report(files=(dataclasses.replace(LAUNCH, diagnostics=()),)), every_code_report()],
    ids=["sample", "clean", "every-code"],
)
def test_log_is_valid_against_the_schema(report):
    log = sarif(report)
    assert_valid(log)
    assert log["version"] == "2.1.0"


def test_schema_check_catches_a_broken_log():
    log = sarif()
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError):
        assert_valid(log)


def test_rules_carry_the_live_documentation():
    run = run_of(every_code_report())
    descriptors = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    for rule in ALL_RULES:
        descriptor = descriptors[rule.code]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary()
        assert descriptor["help"]["text"] == rule.documentation()
        assert descriptor["fullDescription"]["text"].startswith(rule.summary())
        assert "Bad:" not in descriptor["fullDescription"]["text"]
        assert descriptor["properties"]["friction"] == rule.friction
        assert descriptor["properties"]["frictionSource"] == FRICTION_SOURCES[rule.friction]
        assert descriptor["defaultConfiguration"]["level"] == default_level(rule.levels)
    for check in SCHEMA_CHECKS:
        assert descriptors[check.code]["shortDescription"]["text"] == check.summary
    assert len(descriptors) == len(ALL_RULES) + len(SCHEMA_CHECKS)


def test_only_rules_with_results_are_described_and_indices_point_at_them():
    run = run_of()
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({d.code for d in SAMPLE.diagnostics})
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_unknown_code_is_described_by_its_name():
    finding = dataclasses.replace(LAUNCH.diagnostics[0], code="RK999", name="from-a-plugin")
    run = run_of(Report(files=(dataclasses.replace(LAUNCH, diagnostics=(finding,)),)))
    assert run["tool"]["driver"]["rules"] == [
        {
            "id": "RK999",
            "name": "from-a-plugin",
            "shortDescription": {"text": "RK999 from-a-plugin"},
        }
    ]


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        (Levels(Severity.INFO, Severity.WARNING, Severity.ERROR), "warning"),
        (Levels(None, Severity.INFO, Severity.ERROR), "note"),
        (Levels(Severity.WARNING, None, Severity.ERROR), "error"),
        (Levels(Severity.WARNING, None, None), "warning"),
        (Levels(None, None, None), "none"),
    ],
)
def test_default_level_is_the_hand_off_level(levels, expected):
    assert default_level(levels) == expected


def test_results_have_levels_messages_and_reqkit_columns():
    results = run_of()["results"]
    by_message = {r["message"]["text"].split("\n")[0]: r for r in results}
    note = by_message['Vague wording "modern" in REQ-1']
    assert note["level"] == "note"
    assert note["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 10,
        "startColumn": 52,
    }
    error = by_message['Nobody from IT is listed in "stakeholders"']
    assert error["level"] == "error"
    assert error["message"]["text"].endswith(
        "\nhint: Add the IT person who will carry the brief, with side: it."
    )
    assert error["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 5,
        "startColumn": 1,
        "endLine": 5,
        "endColumn": 13,
    }
    assert error["locations"][0]["logicalLocations"] == [{"fullyQualifiedName": "stakeholders"}]
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_an_end_before_the_start_is_left_out():
    finding = dataclasses.replace(LAUNCH.diagnostics[0], line=5, column=9, end_line=5, end_column=3)
    (result,) = run_of(Report(files=(dataclasses.replace(LAUNCH, diagnostics=(finding,)),)))[
        "results"
    ]
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 5,
        "startColumn": 9,
        "endLine": 5,
    }


def test_locations_are_relative_to_the_working_folder():
    run = run_of()
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///home/ci/project/"
    assert run["columnKind"] == "unicodeCodePoints"
    locations = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["locations"][0][
            "physicalLocation"
        ]["artifactLocation"]
        for r in run["results"]
    }
    assert locations["briefs/launch.yaml"]["uriBaseId"] == "%SRCROOT%"
    assert locations["briefs/spring%2C%2050%25.yaml"]["uriBaseId"] == "%SRCROOT%"
    assert locations["file:///home/ci/shared/outside.yaml"] == {
        "uri": "file:///home/ci/shared/outside.yaml"
    }


def test_absolute_path_inside_the_working_folder_is_made_relative():
    inside = dataclasses.replace(LAUNCH.diagnostics[0], file=f"{WORKDIR}/briefs/./launch.yaml")
    (result,) = run_of(Report(files=(FileResult(inside.file, (inside,)),)))["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "briefs/launch.yaml",
        "uriBaseId": "%SRCROOT%",
    }


def _fingerprints(report: Report) -> list[str]:
    return [r["partialFingerprints"]["reqkitFinding/v1"] for r in run_of(report)["results"]]


def _with(*findings: Diagnostic) -> Report:
    return Report(files=(dataclasses.replace(LAUNCH, diagnostics=findings),))


def test_fingerprint_survives_lines_moving():
    finding = LAUNCH.diagnostics[1]
    moved = dataclasses.replace(
        finding, line=finding.line + 7, end_line=finding.end_line + 7, column=3
    )
    assert _fingerprints(_with(finding)) == _fingerprints(_with(moved))


@pytest.mark.parametrize(
    "change", [{"code": "RK102"}, {"message": "other"}, {"path": "goals[0]"}, {"file": "b.yaml"}]
)
def test_fingerprint_changes_with_what_identifies_a_finding(change):
    finding = LAUNCH.diagnostics[1]
    assert _fingerprints(_with(finding)) != _fingerprints(
        _with(dataclasses.replace(finding, **change))
    )


def test_identical_findings_get_distinct_fingerprints():
    finding = LAUNCH.diagnostics[1]
    twin = dataclasses.replace(finding, column=finding.column + 20)
    first, second = _fingerprints(_with(finding, twin))
    assert first != second
    assert _fingerprints(_with(finding))[0] == first


def test_unreadable_files_are_notifications_and_the_run_did_not_succeed():
    (invocation,) = run_of()["invocations"]
    assert invocation["executionSuccessful"] is False
    notifications = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notifications] == ["error", "error"]
    located = notifications[1]["locations"][0]["physicalLocation"]
    assert located == {
        "artifactLocation": {"uri": "briefs/latin1.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 3, "startColumn": 7},
    }
    assert (
        notifications[0]["message"]["text"]
        == "is not a text file\nhint: A brief is a YAML text file; check the path."
    )


def test_run_without_unreadable_files_succeeded():
    (invocation,) = run_of(_with())["invocations"]
    assert invocation == {"executionSuccessful": True, "toolExecutionNotifications": []}


def test_rule_catalogue_is_loaded_only_for_sarif():
    code = (
        "import sys; from reqkit.formatters import FORMATS, FormatOptions, get_formatter; "
        "from reqkit.diagnostics import Report; "
        "others = [n for n in FORMATS if n != 'sarif']; "
        "[get_formatter(n)(Report(), FormatOptions()) for n in others]; "
        "assert 'reqkit.rules' not in sys.modules, 'rules loaded early'; "
        "get_formatter('sarif')(Report(), FormatOptions()); "
        "assert 'reqkit.rules' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_relative_working_folder_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = run_of(options=FormatOptions(working_directory=Path(".")))
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    uri = run["results"][-1]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "briefs/spring%2C%2050%25.yaml", "uriBaseId": "%SRCROOT%"}

"""One problem hides no other: a brief with schema errors is checked without the broken parts.

Rules that need a part with errors are skipped, and every report format says
how many and why; every other rule still runs and points at the right line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL
from reqkit.cli import app
from reqkit.loader import load_text
from reqkit.partial import cut_for
from reqkit.rules import ALL_RULES, BY_CODE

runner = CliRunner()
WEAK = (EXAMPLES / "weak-brief.yaml").read_text(encoding="utf-8")
TODAY = "2026-12-01"


def lint_json(tmp_path: Path, text: str, *args: str) -> dict:
    brief = tmp_path / "brief.yaml"
    brief.write_text(text, encoding="utf-8")
    result = runner.invoke(
        app, ["lint", "--isolated", "--today", TODAY, "-f", "json", *args, str(brief)]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def found(payload: dict) -> set[tuple[str, str, int, int, str]]:
    return {
        (d["code"], d["path"], d["line"], d["column"], d["message"]) for d in payload["diagnostics"]
    }


def unplaced(payload: dict) -> set[tuple[str, str, str]]:
    """The findings without line numbers, for briefs where a line was added or removed."""
    return {(d["code"], d["path"], d["message"]) for d in payload["diagnostics"]}


def replaced(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_a_version_written_as_a_number_hides_no_other_finding(tmp_path):
    original = lint_json(tmp_path, WEAK)
    broken = lint_json(tmp_path, replaced(WEAK, 'version: "0.3"', "version: 0.3"))
    added = found(broken) - found(original)
    assert [(code, path) for code, path, *_ in added] == [("RK012", "initiative.version")]
    assert found(original) <= found(broken)
    assert broken["summary"]["errors"] == original["summary"]["errors"] + 1
    assert broken["summary"]["rules_skipped"] == 0
    assert broken["skipped"] == []


def test_a_missing_required_field_of_the_initiative_hides_no_other_finding(tmp_path):
    original = lint_json(tmp_path, WEAK)
    broken = lint_json(tmp_path, replaced(WEAK, "  owner: Kim Baxter\n", ""))
    added = unplaced(broken) - unplaced(original)
    assert [(code, path) for code, path, _ in added] == [("RK011", "initiative.owner")]
    assert unplaced(original) <= unplaced(broken)


def test_an_invalid_required_field_of_the_initiative_is_left_blank(tmp_path):
    original = lint_json(tmp_path, WEAK)
    broken = lint_json(tmp_path, replaced(WEAK, "  id: MKT-2027-021\n", "  id: MKT 2027 021\n"))
    added = found(broken) - found(original)
    assert [(code, path) for code, path, *_ in added] == [("RK013", "initiative.id")]
    assert found(original) <= found(broken)


def test_one_invalid_requirement_among_valid_ones(tmp_path):
    original = lint_json(tmp_path, WEAK)
    # R4 is requirements[3]: a priority in capitals makes it invalid.
    text = replaced(WEAK, "R4  # F9: passive voice", "R4  # F9: passive voice")
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("  - id: R4"))
    assert lines[at + 2] == "    priority: must\n"
    lines[at + 2] = "    priority: MUST\n"
    broken = lint_json(tmp_path, "".join(lines))

    skipped = broken["skipped"]
    assert len(skipped) == 1
    assert skipped[0]["because"] == ["requirements[3]"]
    needing = {
        rule.code
        for rule in ALL_RULES
        if any(need == "*" or need == "requirements" for need in rule.needs)
    }
    assert set(skipped[0]["rules"]) <= needing
    assert "RK501" in skipped[0]["rules"]  # too-many-musts counts every requirement
    assert broken["summary"]["rules_skipped"] == len(skipped[0]["rules"])

    kept = {
        entry
        for entry in found(original)
        if entry[0] not in skipped[0]["rules"] and not entry[1].startswith("requirements[3]")
    }
    added = found(broken) - found(original)
    assert [(code, path) for code, path, *_ in added] == [("RK013", "requirements[3].priority")]
    assert found(broken) - added == kept
    # The requirements after the broken one are still checked, at their own lines.
    assert any(path.startswith("requirements[11]") for _, path, *_ in kept)


def test_a_misspelt_section_is_not_reported_as_missing(tmp_path):
    payload = lint_json(
        tmp_path, MINIMAL.replace("requirements:", "requirments:"), "--stage", "handoff"
    )
    codes = [d["code"] for d in payload["diagnostics"]]
    assert "RK010" in codes
    assert "RK206" not in codes  # no-requirements would be wrong: they are there, misspelt
    assert payload["skipped"][0]["because"] == ["requirements"]
    assert "RK206" in payload["skipped"][0]["rules"]
    assert "RK601" in codes  # a rule that needs no requirements still runs


def test_a_duplicate_id_lets_the_rules_that_do_not_count_requirements_run(tmp_path):
    text = (
        MINIMAL
        + "  - id: REQ-1\n    statement: The page shall be user-friendly.\n    priority: must\n"
    )
    payload = lint_json(tmp_path, text)
    codes = {d["code"] for d in payload["diagnostics"]}
    assert "RK014" in codes
    assert "RK101" in codes  # the vague "user-friendly" is still found
    assert "RK502" in payload["skipped"][0]["rules"]


def test_an_invalid_stage_checks_the_brief_as_a_draft(tmp_path):
    text = MINIMAL.replace("  owner: Dana Fischer\n", "  owner: Dana Fischer\n  stage: Handoff\n")
    payload = lint_json(tmp_path, text)
    stage_errors = [d for d in payload["diagnostics"] if d["path"] == "initiative.stage"]
    assert [d["code"] for d in stage_errors] == ["RK013"]
    as_draft = lint_json(tmp_path, MINIMAL, "--stage", "draft")
    as_handoff = lint_json(tmp_path, MINIMAL, "--stage", "handoff")

    def graded(payload: dict) -> set[tuple[str, str, str]]:
        return {(d["code"], d["path"], d["severity"]) for d in payload["diagnostics"]}

    assert graded(payload) - graded(as_draft) == {("RK013", "initiative.stage", "error")}
    assert graded(as_handoff) != graded(as_draft)


def test_nothing_runs_on_a_file_that_is_not_a_brief(tmp_path):
    payload = lint_json(tmp_path, "initiative: [unclosed\n")
    assert [d["code"] for d in payload["diagnostics"]] == ["RK001"]
    assert payload["skipped"] == []


@pytest.fixture
def broken_requirement(tmp_path) -> Path:
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL.replace("priority: must", "priority: MUST"), encoding="utf-8")
    return brief


def run(*args: str):
    return runner.invoke(
        app, ["lint", "--isolated", "--today", TODAY, *args], env={"NO_COLOR": "1"}
    )


def test_the_text_report_says_which_rules_were_skipped_and_why(broken_requirement):
    result = run(str(broken_requirement))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    summary = lines[-1]
    skipped = [line for line in lines if "skipped" in line and line != summary]
    assert len(skipped) == 1
    assert skipped[0].startswith(f"{broken_requirement}: skipped ")
    assert "that need requirements[0], which has errors: " in skipped[0]
    count = int(skipped[0].split("skipped ")[1].split(" ")[0])
    assert count > 0
    assert summary.endswith(f"; {count} rules skipped")
    quiet = run("--quiet", str(broken_requirement)).stdout.splitlines()
    assert quiet == [skipped[0], summary]


def test_the_json_summary_counts_the_skipped_rules(broken_requirement):
    payload = json.loads(run("-f", "json", str(broken_requirement)).stdout)
    (entry,) = payload["skipped"]
    assert entry["file"] == str(broken_requirement)
    assert entry["because"] == ["requirements[0]"]
    assert all(code in BY_CODE for code in entry["rules"])
    assert payload["summary"]["rules_skipped"] == len(entry["rules"])
    for code in entry["rules"]:
        assert BY_CODE[code].blocked_by((("requirements", 0),), BY_CODE[code].Options())


def test_every_other_format_reports_the_skipped_rules(broken_requirement):
    codes = json.loads(run("-f", "json", str(broken_requirement)).stdout)["skipped"][0]["rules"]
    concise = run("-f", "concise", str(broken_requirement)).stdout.splitlines()
    assert concise[-2].startswith(f"{broken_requirement}: skipped {len(codes)} rules that need")
    assert concise[-1].endswith(f"; {len(codes)} rules skipped")
    github = run("-f", "github", str(broken_requirement)).stdout
    assert f"reqkit: {broken_requirement}: skipped {len(codes)} rules" in github
    assert github.splitlines()[-1].endswith(f"; {len(codes)} rules skipped")
    sarif = json.loads(run("-f", "sarif", str(broken_requirement)).stdout)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["properties"]["skippedRules"] for n in notes] == [codes]
    junit = ET.fromstring(run("-f", "junit", str(broken_requirement)).stdout.encode())
    skipped = junit.findall("testsuite/testcase/skipped")
    assert len(skipped) == len(codes) == int(junit.get("skipped"))
    assert skipped[0].get("message") == "needs requirements[0], which has errors"


def test_skipped_rules_through_the_installed_executable(broken_requirement):
    executable = shutil.which("reqkit")
    assert executable, "reqkit is not installed"
    done = subprocess.run(
        [executable, "lint", "--isolated", "-f", "json", str(broken_requirement)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    payload = json.loads(done.stdout)
    assert payload["summary"]["rules_skipped"] > 0
    assert payload["skipped"][0]["because"] == ["requirements[0]"]


@pytest.mark.parametrize(
    ("error_at", "cut"),
    [
        (("requirements", 3, "priority"), ("requirements", 3)),
        (("requirements", 3, "acceptance_criteria", 0), ("requirements", 3)),
        (("timeline", "milestones", 2, "date"), ("timeline", "milestones", 2)),
        (("budget", "total"), ("budget", "total")),
        (("budget", "expected_benefit", "description"), ("budget", "expected_benefit")),
        (("initiative", "version"), ("initiative", "version")),
        (("initiative", "id"), ("initiative", "id")),
        (("glossary", "CMS"), ("glossary", "CMS")),
    ],
)
def test_an_error_sets_aside_the_smallest_part_that_can_go(error_at, cut):
    data = {
        "initiative": {"id": "x", "version": 1},
        "requirements": [{}, {}, {}, {"priority": "MUST", "acceptance_criteria": [1]}],
        "timeline": {"milestones": [{}, {}, {"date": "soon"}]},
        "budget": {"total": "lots", "expected_benefit": {"value": "1 EUR"}},
        "glossary": {"CMS": 1},
    }
    assert cut_for(error_at, data) == cut


def test_paths_into_the_salvaged_brief_lead_back_to_the_file():
    text = MINIMAL + "".join(
        f"  - id: REQ-{n}\n    statement: Step {n}.\n    priority: {p}\n"
        for n, p in ((2, "MUST"), (3, "must"), (4, "maybe"), (5, "could"))
    )
    loaded = load_text(text)
    salvaged = loaded.salvaged
    assert salvaged is not None
    assert [r.id for r in salvaged.brief.requirements] == ["REQ-1", "REQ-3", "REQ-5"]
    assert salvaged.gaps == (("requirements", 1), ("requirements", 3))
    assert salvaged.data_path(("requirements", 1, "statement")) == ("requirements", 2, "statement")
    assert salvaged.data_path(("requirements", 2)) == ("requirements", 4)
    assert salvaged.data_path(("stakeholders", 0)) == ("stakeholders", 0)


def test_an_initiative_without_its_required_fields_is_still_checked(tmp_path):
    text = MINIMAL.replace(
        "  id: MKT-1\n  title: Spring campaign page\n  owner: Dana Fischer\n", "  stage: handoff\n"
    )
    loaded = load_text(text)
    assert loaded.salvaged is not None
    initiative = loaded.salvaged.brief.initiative
    assert (initiative.id, initiative.title, initiative.owner) == (None, None, None)
    assert initiative.stage == "handoff"
    assert "id" not in initiative.model_fields_set  # rules reading all text never see a blank
    codes = [d["code"] for d in lint_json(tmp_path, text)["diagnostics"]]
    assert codes.count("RK011") == 3
    assert "RK801" in codes  # the must requirement without acceptance criteria


def test_a_duplicate_key_sets_its_item_aside_like_a_schema_error(tmp_path):
    text = MINIMAL + (
        "  - id: REQ-2\n    statement: It shall be fast.\n    priority: must\n    priority: could\n"
    )
    payload = lint_json(tmp_path, text)
    paths = [(d["code"], d["path"]) for d in payload["diagnostics"]]
    assert ("RK002", "requirements[1].priority") in paths
    # Which priority counts is a guess, so REQ-2 is not judged on either one.
    assert not [
        code for code, path in paths if path.startswith("requirements[1]") and code != "RK002"
    ]
    assert ("RK801", "requirements[0].acceptance_criteria") in paths
    assert payload["skipped"][0]["because"] == ["requirements[1]"]


def test_many_parts_with_errors_are_named_in_order_and_counted(tmp_path):
    text = MINIMAL + "".join(
        f"  - id: REQ-{n}\n    statement: Step {n}.\n    priority: {'MUST' if n % 2 else 'must'}\n"
        for n in range(2, 14)
    )
    brief = tmp_path / "brief.yaml"
    brief.write_text(text, encoding="utf-8")
    lines = run(str(brief)).stdout.splitlines()
    (line,) = [line for line in lines if ": skipped " in line]
    assert "need requirements[2], requirements[4], requirements[6] or 3 more, which have" in line
    junit = ET.fromstring(run("-f", "junit", str(brief)).stdout.encode())
    message = junit.find("testsuite/testcase/skipped").get("message")
    assert (
        message
        == "needs requirements[2], requirements[4], requirements[6] or 3 more, which have errors"
    )


def test_the_github_job_summary_names_the_skipped_rules(broken_requirement, tmp_path):
    summary = tmp_path / "summary.md"
    result = runner.invoke(
        app,
        ["lint", "--isolated", "-f", "github", str(broken_requirement)],
        env={"GITHUB_STEP_SUMMARY": str(summary), "NO_COLOR": "1"},
    )
    assert result.exit_code == 1, result.output
    text = summary.read_text(encoding="utf-8")
    assert "rules that need requirements\\[0\\], which has errors: RK206" in text


def test_a_brief_with_a_schema_error_still_takes_part_in_the_check_across_briefs(tmp_path):
    (tmp_path / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(MINIMAL.replace("must", "MUST"), encoding="utf-8")
    result = runner.invoke(app, ["lint", "--isolated", "-f", "json", str(tmp_path)])
    found = {(Path(d["file"]).name, d["code"]) for d in json.loads(result.stdout)["diagnostics"]}
    assert {("a.yaml", "RK614"), ("b.yaml", "RK614"), ("b.yaml", "RK013")} <= found


def test_the_rest_of_a_brief_is_read_in_its_own_locale(tmp_path):
    text = MINIMAL.replace("  owner: Dana Fischer\n", "  owner: Dana Fischer\n  locale: de_DE\n")
    text += "budget:\n  total: 48.000,50 EUR\n  lines:\n    - {item: Agentur, amount: 40.000 EUR}\n"
    whole = lint_json(tmp_path, text, "--stage", "handoff")
    broken = lint_json(
        tmp_path, text.replace("priority: must", "priority: MUST"), "--stage", "handoff"
    )
    budget = [d["message"] for d in whole["diagnostics"] if d["code"].startswith("RK4")]
    assert budget, whole["diagnostics"]
    assert [d["message"] for d in broken["diagnostics"] if d["code"].startswith("RK4")] == budget

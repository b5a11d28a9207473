"""Priority tags and section numbers in a statement: reported once by RK116, read by no other rule."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reqkit.cli import app
from reqkit.rules.labels import blank_labels, labels, tag_priority

runner = CliRunner()

#: Statements that are clean once their tag or number is taken away. Read as
#: words, each tag would draw a finding: "should" (RK102), "3.2.1" (RK110),
#: "Must have:" a second sentence (RK113), "Won't" a negation (RK108).
TAGGED = {
    "(should have) The store locator shall show the opening hours of each store.": "should",
    "3.2.1 The import tool shall reject files larger than 50 MB.": "must",
    "Must have: the newsletter shall carry an unsubscribe link in the footer.": "must",
    "(Won't have) The shop shall offer payment in instalments.": "wont",
    "The shop shall accept payment by PayPal (M).": "must",
    "REQ-12: (M) The campaign page shall show a countdown to 23:59 on Sunday.": "must",
    "[Could] The product page shall show the 3 latest reviews.": "could",
    "MUST: The checkout shall show the delivery costs before the payment step.": "must",
    "FR-07 The event app shall let attendees add 3 sessions to a personal schedule.": "should",
}


def brief(statements: dict[str, str]) -> str:
    lines = [
        "initiative:",
        "  id: MKT-1",
        "  title: Spring campaign",
        "  owner: Dana Fischer",
        "requirements:",
    ]
    for number, (statement, priority) in enumerate(statements.items(), start=1):
        lines += [
            f"  - id: R{number}",
            f"    statement: {json.dumps(statement)}",
            f"    priority: {priority}",
        ]
    return "\n".join(lines) + "\n"


def lint_json(tmp_path: Path, statements: dict[str, str], *options: str) -> list[dict]:
    path = tmp_path / "brief.yaml"
    path.write_text(brief(statements), encoding="utf-8")
    result = runner.invoke(
        app, ["lint", str(path), "--format", "json", "--select", "RK1", "--isolated", *options]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]


def test_each_tag_is_reported_once_and_no_other_wording_rule_reads_it(tmp_path):
    found = lint_json(tmp_path, TAGGED)
    assert sorted((d["path"], d["code"]) for d in found) == sorted(
        (f"requirements[{i}].statement", "RK116") for i in range(len(TAGGED))
    )


def test_the_same_words_outside_a_tag_still_count(tmp_path):
    untagged = {
        "The store locator should show the opening hours of each store.": "should",
        "The import tool shall reject 3 files.": "must",
    }
    found = lint_json(tmp_path, untagged)
    assert {d["code"] for d in found} == {"RK102"}


def test_finding_points_at_the_tag_and_names_a_priority_that_disagrees(tmp_path):
    statements = {"REQ-12: (S) The campaign page shall show a countdown.": "could"}
    (finding,) = lint_json(tmp_path, statements, "--select", "RK116")
    assert finding["column"] == len('    statement: "') + 1
    assert finding["end_column"] - finding["column"] == len("REQ-12: (S)")
    assert "priority belongs in `priority`" in finding["message"]
    assert '"should"' in finding["message"] and '"could"' in finding["message"]
    assert "`id`" in finding["hint"]


def test_a_tag_that_agrees_with_the_priority_says_nothing_of_a_mismatch(tmp_path):
    (finding,) = lint_json(tmp_path, {"(M) The shop shall accept PayPal.": "must"})
    assert "says" not in finding["message"]


@pytest.mark.parametrize(
    "text",
    [
        "The shop must accept PayPal.",
        "99.9 % of checkout requests shall complete in under 2 seconds.",
        "The shop shall notify the member(s) on the order.",
        "IPv6 addresses shall be accepted in the allow list.",
        "Step 3: the visitor shall confirm the booking.",
        "The import shall follow section 3.2.1 of the migration plan.",
        "(M)",
        "Must the shop accept PayPal?",
        "COVID-19 rules shall apply to the event.",
    ],
)
def test_words_and_numbers_of_the_sentence_are_no_labels(text):
    assert labels(text) == ()
    assert blank_labels(text) == text


def test_blanking_keeps_offsets():
    text = "2.3.4. (M) The backup shall run at 02:00 [Must]."
    blanked = blank_labels(text)
    assert len(blanked) == len(text)
    assert blanked.split() == ["The", "backup", "shall", "run", "at", "02:00", "."]
    assert [label.kind for label in labels(text)] == ["number", "tag", "tag"]


@pytest.mark.parametrize(
    ("tag", "priority"),
    [("(M)", "must"), ("Nice to have:", "could"), ("(Won't have)", "wont"), ("[S]", "should")],
)
def test_tags_name_their_moscow_priority(tag, priority):
    assert tag_priority(tag) == priority


def installed_reqkit() -> str:
    found = shutil.which("reqkit", path=str(Path(sys.executable).parent)) or shutil.which("reqkit")
    if found is None:  # pragma: no cover - installed with the package
        pytest.skip("the reqkit executable is not installed")
    return found


def test_installed_command_explains_and_reports_the_rule(tmp_path):
    shown = subprocess.run(
        [installed_reqkit(), "rules", "RK116"], capture_output=True, text=True, check=False
    )
    assert shown.returncode == 0, shown.stderr
    assert "priority-in-statement" in shown.stdout and "Bad:" in shown.stdout
    path = tmp_path / "brief.yaml"
    path.write_text(brief({"(M) The shop shall accept PayPal.": "must"}), encoding="utf-8")
    done = subprocess.run(
        [
            installed_reqkit(),
            "lint",
            str(path),
            "--isolated",
            "--stage",
            "handoff",
            "--select",
            "RK116",
            "--fail-on",
            "warning",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "brief.yaml:7:17: warning RK116" in done.stdout

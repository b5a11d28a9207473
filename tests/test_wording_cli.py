"""The wording rules through the command line: the binding-verb rule, its severities and docs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

from typer.testing import CliRunner

from reqkit.cli import app

BRIEF = """\
initiative:
  id: MKT-1
  title: Loyalty app points screen
  owner: Dana Fischer
requirements:
  - id: REQ-1
    statement: The app will show the points balance on the start screen.
    priority: must
  - id: REQ-2
    statement: The sign-up form does not store card numbers.
    priority: must
  - id: REQ-3
    statement: As a member, I want to see my points so that I can plan my next visit.
    priority: could
  - id: REQ-4
    statement: When a lead is created, the CRM shall assign it to the sales team of its region.
    priority: must
"""


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"})


def diagnostics(stdout: str) -> list[tuple[int, str, str]]:
    payload = json.loads(stdout)
    return [(d["line"], d["code"], d["severity"]) for d in payload["diagnostics"]]


def test_binding_verb_findings_grow_with_the_stage(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(BRIEF, encoding="utf-8")
    select = ("--select", "RK117,RK108,RK102,RK112")
    draft = run("lint", "-f", "json", *select, str(brief))
    handoff = run(
        "lint", "-f", "json", *select, "--stage", "handoff", "--fail-on", "warning", str(brief)
    )
    # "will" and the modal-less negation; the user story and the EARS trigger stay silent.
    assert sorted(diagnostics(draft.stdout)) == [
        (7, "RK117", "info"),
        (10, "RK108", "info"),
        (10, "RK117", "info"),
    ]
    assert draft.exit_code == 0
    assert [severity for *_, severity in diagnostics(handoff.stdout)] == ["warning"] * 3
    assert handoff.exit_code == 1


def test_the_finding_says_what_it_saw_and_what_to_write(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(BRIEF, encoding="utf-8")
    result = run("lint", "-f", "json", "--select", "no-binding-verb", str(brief))
    first = json.loads(result.stdout)["diagnostics"][0]
    assert first["name"] == "no-binding-verb"
    assert '"will" is not a binding verb' in first["message"]
    assert '"shall"' in first["hint"]
    assert (first["column"], first["end_column"]) == (24, 28)


def test_rules_command_documents_the_new_rule():
    result = run("rules", "RK117")
    assert result.exit_code == 0
    assert "no-binding-verb" in result.stdout
    assert "draft: info, handoff: warning, approved: warning" in result.stdout
    assert "Show a countdown to the launch on the landing page." in result.stdout


def test_vague_term_lists_name_their_sources():
    result = run("rules", "vague-term")
    assert "INCOSE" in result.stdout and "29148" in result.stdout
    assert '"in a timely manner"' in result.stdout


def _executable() -> list[str]:
    found = shutil.which("reqkit", path=os.path.dirname(sys.executable))
    return [found] if found else [sys.executable, "-m", "reqkit"]


def test_installed_command_reports_wording_findings_end_to_end(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(
        textwrap.dedent(
            """\
            initiative:
              id: MKT-1
              title: Spring page
              owner: Dana Fischer
              stage: handoff
            requirements:
              - id: REQ-1
                statement: Show a countdown to the launch on the landing page.
                priority: must
              - id: REQ-2
                statement: Support shall answer complaints in a timely manner.
                priority: must
              - id: REQ-3
                statement: The Simple Booking widget shall offer small, medium and large rooms.
                priority: must
            """
        ),
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            *_executable(),
            "lint",
            "-f",
            "json",
            "--select",
            "RK1",
            "--fail-on",
            "warning",
            str(brief),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert diagnostics(done.stdout) == [(8, "RK117", "warning"), (11, "RK101", "warning")]

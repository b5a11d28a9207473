"""Traceability: goals and requirements linked once, read by lint and by render alike."""

from __future__ import annotations

import json
import textwrap

from typer.testing import CliRunner

from reqkit.cli import app

runner = CliRunner()

BRIEF = """\
initiative:
  id: MKT-9
  title: Trade show microsite
  owner: Dana Fischer
  stage: handoff
goals:
  - id: G1
    statement: Book 40 demo meetings at the fair in March.
  - id: G2
    statement: Collect 500 newsletter sign-ups at the fair.
  - id: G3
    statement: Release the microsite only from Monday to Thursday.
    party: it
requirements:
  - id: REQ-001
    statement: Visitors shall book a demo slot on the microsite.
    priority: must
    goals: [G1]
  - id: REQ-002
    statement: Visitors shall subscribe to the newsletter on the stand tablet.
    priority: wont
    goals: [G2]
  - id: REQ-003
    statement: The microsite shall show the stand number on every page.
    priority: could
"""


def _lint(tmp_path, text: str, *args: str) -> list[dict]:
    path = tmp_path / "brief.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    result = runner.invoke(
        app, ["lint", str(path), "--format", "json", "--select", "RK505,RK506", *args]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]


def test_a_goal_served_only_by_a_wont_requirement_is_unserved(tmp_path):
    found = _lint(tmp_path, BRIEF)
    unserved = [d for d in found if d["code"] == "RK506"]
    assert [d["path"] for d in unserved] == ["goals[1].id"]
    assert "only REQ-002 names it, and it is marked wont" in unserved[0]["message"]
    assert unserved[0]["severity"] == "warning" and unserved[0]["line"] == 9


def test_it_goals_and_wont_requirements_are_not_asked_to_trace(tmp_path):
    found = _lint(tmp_path, BRIEF)
    assert {d["path"] for d in found} == {"goals[1].id", "requirements[2].id"}


def test_the_stage_sets_the_severity(tmp_path):
    found = _lint(tmp_path, BRIEF, "--stage", "draft")
    assert {d["severity"] for d in found} == {"info"}


def test_several_wont_requirements_are_named_together(tmp_path):
    text = BRIEF + (
        "  - id: REQ-004\n"
        "    statement: Visitors shall get a sign-up reminder by text message.\n"
        "    priority: wont\n"
        "    goals: [G2]\n"
    )
    (unserved,) = [d for d in _lint(tmp_path, text) if d["code"] == "RK506"]
    assert "only REQ-002, REQ-004 name it, and they are marked wont" in unserved["message"]

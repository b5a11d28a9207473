"""reqkit diff: two versions compared by meaning, from files or from git."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from typer.testing import CliRunner

from reqkit.cli import app
from reqkit.diff import compare, summarise, word_diff
from reqkit.loader import load_text

V1 = """\
initiative:
  id: MKT-9
  title: Trade show microsite
  owner: Dana Fischer
  version: "1.0"
stakeholders:
  - name: Dana Fischer
    side: marketing
  - name: Sam Okafor
    side: it
goals:
  - id: G1
    statement: Book 300 demos at the show
budget:
  total: 50000 EUR
timeline:
  milestones:
    - name: Trade show opens
      date: 2027-03-01
      kind: launch
      hard: true
      reason: The show opens on this day
requirements:
  - id: REQ-1
    statement: The page shall show the stand number on every page.
    priority: must
  - id: REQ-2
    statement: The page shall list the speakers.
    priority: should
  - id: REQ-3
    statement: The page shall link to the ticket shop.
    priority: must
    goals: [G1]
"""

V2 = (
    V1.replace(
        "show the stand number on every page", "show the stand number and hall on every page"
    )
    .replace("    priority: should", "    priority: must")
    .replace("2027-03-01", "2027-03-15")
    .replace("50000 EUR", "56000 EUR")
    .replace("  - id: REQ-3\n", "  - id: REQ-30\n")
    .replace('version: "1.0"', 'version: "1.1"')
    + "  - id: REQ-4\n    statement: The page shall offer a demo booking form.\n    priority: must\n"
)


def brief(text):
    loaded = load_text(text)
    assert loaded.valid, loaded.diagnostics
    return loaded.brief


def test_changes_are_found_by_meaning():
    diff = compare(brief(V1), brief(V2))
    kinds = [(c.area, c.kind, c.subject) for c in diff.changes]
    assert ("requirement", "reworded", "REQ-1") in kinds
    assert ("requirement", "reprioritised", "REQ-2") in kinds
    assert ("requirement", "renamed", "REQ-30") in kinds
    assert ("requirement", "added", "REQ-4") in kinds
    moved = next(c for c in diff.changes if c.kind == "moved")
    assert moved.days == 14 and moved.hard
    total = next(c for c in diff.changes if c.subject == "budget total")
    assert round(total.percent) == 12
    assert summarise(diff.changes) == (
        "2 requirements changed, 1 added, 1 renamed, deadline moved 14 days later, budget +12 %, 1 other change."
    )


def test_reformatting_is_not_a_change():
    reformatted = V1.replace(
        "    statement: The page shall list the speakers.",
        '    statement: "The page shall   list the speakers."',
    )
    assert compare(brief(V1), brief(reformatted)).changes == ()


def test_rename_with_new_wording_is_remove_and_add():
    other = V1.replace(
        "  - id: REQ-3\n    statement: The page shall link to the ticket shop.",
        "  - id: REQ-31\n    statement: The page shall sell tickets.",
    )
    kinds = {(c.kind, c.subject) for c in compare(brief(V1), brief(other)).changes}
    assert {("removed", "REQ-3"), ("added", "REQ-31")} <= kinds


def test_word_diff():
    assert word_diff("shall show the stand number", "shall show the hall number") == (
        ("=", "shall show the"),
        ("-", "stand"),
        ("+", "hall"),
        ("=", "number"),
    )


def test_acceptance_criteria_goals_and_people():
    before = V1.replace(
        "    goals: [G1]\n", "    goals: [G1]\n    acceptance_criteria: [Link opens the shop]\n"
    )
    after = V1.replace(
        "    goals: [G1]\n", "    acceptance_criteria: [Link opens the shop in a new tab]\n"
    )
    after = after.replace(
        "  - name: Sam Okafor\n    side: it\n",
        "  - name: Sam Okafor\n    side: it\n    liaison: true\n",
    )
    messages = [c.message for c in compare(brief(before), brief(after)).changes]
    assert any(
        "acceptance criteria changed" in m and "added “Link opens the shop in a new tab”" in m
        for m in messages
    )
    assert "REQ-3 goals: unlinked G1" in messages
    assert "Stakeholder “Sam Okafor”: liaison False → True" in messages


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "test@example.invalid")
    git(tmp_path, "config", "user.name", "Test")
    (tmp_path / "briefs").mkdir()
    write(tmp_path / "briefs" / "show.yaml", V1)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "v1")
    write(tmp_path / "briefs" / "show.yaml", V2)
    git(tmp_path, "commit", "-q", "-am", "v2")
    return tmp_path


def run_in(folder, *args):
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"})
    finally:
        os.chdir(cwd)


def test_diff_rev_path_against_the_working_file(repo):
    write(repo / "briefs" / "show.yaml", V2.replace("2027-03-15", "2027-03-22"))
    result = run_in(repo, "diff", "HEAD:briefs/show.yaml", "briefs/show.yaml")
    assert result.exit_code == 1
    assert "deadline moved 7 days later" in result.stdout


def test_diff_with_rev_option_and_history(repo):
    result = run_in(repo, "diff", "--rev", "HEAD~1", "briefs/show.yaml", "--format", "json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["old"] == "HEAD~1:briefs/show.yaml"
    assert payload["summary"].startswith("2 requirements changed")
    assert run_in(repo, "diff", "--rev", "HEAD", "briefs/show.yaml").exit_code == 0


def test_diff_from_a_subfolder_with_rev(repo):
    result = run_in(repo / "briefs", "diff", "--rev", "main~1", "show.yaml")
    assert result.exit_code == 1


def test_markdown_for_a_pull_request(repo):
    result = run_in(repo, "diff", "HEAD~1:briefs/show.yaml", "briefs/show.yaml", "-f", "md")
    assert result.stdout.startswith("### Brief changes:")
    assert "stand number **and hall** on every page" in result.stdout
    assert "Budget total: 50,000 EUR → 56,000 EUR (+12 %)" in result.stdout
    assert "#### Requirements" in result.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ("diff", "nope:briefs/show.yaml", "briefs/show.yaml"),
            'git does not know the revision "nope"',
        ),
        (
            ("diff", "HEAD~1:briefs/gone.yaml", "briefs/show.yaml"),
            "did not exist at revision HEAD~1",
        ),
        (("diff", "--rev", "v9", "briefs/show.yaml"), 'git does not know the revision "v9"'),
        (("diff", "briefs/show.yaml"), "needs two briefs"),
    ],
)
def test_bad_revisions_are_clear_errors(repo, args, words):
    result = run_in(repo, *args)
    assert result.exit_code == 2
    assert words in result.stderr
    assert "Traceback" not in result.output


def test_outside_a_repository(tmp_path):
    write(tmp_path / "a.yaml", V1)
    result = run_in(tmp_path, "diff", "--rev", "HEAD", "a.yaml")
    assert result.exit_code == 2
    assert "not inside a git repository" in result.stderr


def test_invalid_side_is_reported_not_compared(tmp_path):
    old = write(tmp_path / "old.yaml", V1)
    new = write(tmp_path / "new.yaml", V1.replace("  title:", "  titel:"))
    result = run_in(tmp_path, "diff", str(old), str(new))
    assert result.exit_code == 2
    assert "RK010" in result.stdout and "cannot compare" in result.stderr

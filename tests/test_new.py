"""reqkit new: questions on a terminal, scaffolds that validate and teach, nothing overwritten."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reqkit.cli import app
from reqkit.config import Config
from reqkit.linter import Linter, LintOptions
from reqkit.loader import load_brief
from reqkit.ruleset import build_ruleset
from reqkit.scaffold import KINDS, Answers, render_brief, schema_doc

TODAY = dt.date(2026, 12, 1)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input, env={"NO_COLOR": "1"})


def lint(path: Path, stage: str):
    linter = Linter(LintOptions(today=TODAY, stage=stage))
    return linter.lint_loaded(load_brief(path), build_ruleset(Config()))


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_a_valid_draft_that_fails_handoff(tmp_path, kind):
    path = tmp_path / f"{kind}.yaml"
    answers = Answers(title="Spring show", owner="Dana Fischer", it_contact="Sam Okafor", kind=kind)
    path.write_text(render_brief(answers, TODAY, path, "brief.schema.json"), encoding="utf-8")
    loaded = load_brief(path)
    assert loaded.valid, loaded.diagnostics
    draft = lint(path, "draft")
    assert not [d for d in draft if d.severity.value == "error"], [d.message for d in draft]
    assert any("TODO" in d.message for d in draft), "the notes list the placeholders to fill"
    handoff = lint(path, "handoff")
    assert [d for d in handoff if d.severity.value == "error"]


@pytest.mark.parametrize("kind", KINDS)
def test_scaffold_starts_with_the_modeline_and_explains_sections(tmp_path, kind):
    text = render_brief(Answers(kind=kind), TODAY, tmp_path / "a.yaml", "../brief.schema.json")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../brief.schema.json"
    for section in ("initiative", "stakeholders", "goals", "requirements"):
        first = schema_doc(section).split()[:6]
        assert "# " + " ".join(first) in text


def test_prompts_drive_the_answers(tmp_path):
    answers = "\n".join(
        [
            "Spring trade show",
            "Dana Fischer",
            "Sam Okafor",
            "15.03.2027",
            "2027-03-15",
            "The show opens",
            "vendor",
            "",
        ]
    )
    result = run("new", str(tmp_path), "--interactive", input=answers)
    assert result.exit_code == 0, result.output
    path = tmp_path / "spring-trade-show.yaml"
    assert f"Wrote a vendor brief to {path}" in result.stdout
    assert "is not a date written as YYYY-MM-DD" in result.stdout
    brief = load_brief(path).brief
    assert brief.initiative.title == "Spring trade show"
    assert brief.initiative.owner == "Dana Fischer"
    assert brief.initiative.kind == "vendor"
    launch = next(m for m in brief.timeline.milestones if m.kind == "launch")
    assert (launch.date, launch.hard, launch.reason) == (
        dt.date(2027, 3, 15),
        True,
        "The show opens",
    )


def test_prompt_defaults_are_accepted_with_enter(tmp_path):
    result = run("new", str(tmp_path / "b.yaml"), "--interactive", input="\n" * 6)
    assert result.exit_code == 0, result.output
    assert load_brief(tmp_path / "b.yaml").brief.initiative.kind == "campaign"


def test_no_terminal_without_no_input_fails_fast(tmp_path):
    result = run("new", str(tmp_path / "c.yaml"))
    assert result.exit_code == 2
    assert "standard input is not a terminal" in result.stderr
    assert "--no-input" in result.stderr
    assert not (tmp_path / "c.yaml").exists()


def test_no_input_uses_flags(tmp_path):
    target = tmp_path / "d.yaml"
    result = run(
        "new",
        str(target),
        "--no-input",
        "--kind",
        "platform",
        "--title",
        "CRM move: phase 2",
        "--owner",
        "Dana Fischer",
        "--it-contact",
        "Sam Okafor",
        "--deadline",
        "2027-06-30",
    )
    assert result.exit_code == 0, result.output
    brief = load_brief(target).brief
    assert brief.initiative.title == "CRM move: phase 2"  # a colon in a title is quoted safely
    assert brief.initiative.kind == "platform"
    assert "reqkit lint" in result.stdout and "reqkit render" in result.stdout


def test_existing_file_is_not_overwritten_without_force(tmp_path):
    target = tmp_path / "e.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = run("new", str(target), "--no-input")
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert run("new", str(target), "--no-input", "--force").exit_code == 0
    assert load_brief(target).valid


def test_missing_parent_folder_is_a_clear_error(tmp_path):
    result = run("new", str(tmp_path / "no" / "such" / "f.yaml"), "--no-input")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and "mkdir" in result.stderr


def test_modeline_points_at_the_closest_schema(tmp_path):
    (tmp_path / "brief.schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "briefs").mkdir()
    run("new", str(tmp_path / "briefs" / "g.yaml"), "--no-input")
    first = (tmp_path / "briefs" / "g.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../brief.schema.json"


def test_unknown_kind(tmp_path):
    assert run("new", str(tmp_path / "h.yaml"), "--no-input", "--kind", "party").exit_code == 2

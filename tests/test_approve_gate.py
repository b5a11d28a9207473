"""reqkit approve signs only a brief that is free of errors at the stage it will have."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL
from reqkit.cli import app
from reqkit.loader import load_brief, load_text
from reqkit.signers import closest_name, still_to_sign
from test_approve import signable_brief

runner = CliRunner()

TWO_SIDES = (
    MINIMAL
    + "stakeholders:\n  - name: Dana Fischer\n    side: marketing\n"
    + "  - name: Sam Okafor\n    side: it\n"
)


def sign(path, name, date):
    return runner.invoke(app, ["approve", str(path), "--by", name, "--date", date])


def test_a_brief_with_errors_is_never_approved(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(TWO_SIDES, encoding="utf-8")
    first = sign(path, "Dana Fischer", "2027-01-10")  # still a draft: no errors at that stage
    assert first.exit_code == 0, first.output
    before = path.read_bytes()
    second = sign(path, "Sam Okafor", "2027-01-11")
    assert second.exit_code == 1
    assert path.read_bytes() == before  # nothing written
    assert "error" in second.stdout  # the errors are listed, as lint lists them
    assert "RK" in second.stdout
    assert "would have" in second.stderr and "at stage approved" in second.stderr
    assert "nothing was written" in second.stderr
    assert "reqkit lint --stage approved" in second.stderr
    assert load_brief(path).brief.initiative.stage == "draft"


def test_the_weak_example_cannot_be_signed_into_approval(tmp_path):
    path = tmp_path / "weak.yaml"
    shutil.copy(EXAMPLES / "weak-brief.yaml", path)
    before = path.read_bytes()
    names = [p.name for p in load_brief(path).brief.stakeholders]
    for name in names:
        result = sign(path, name, "2027-01-11")
        assert result.exit_code == 1
    assert path.read_bytes() == before


def test_listed_errors_point_at_the_lines_of_the_file_on_disk(tmp_path):
    path = tmp_path / "brief.yaml"
    text = TWO_SIDES + "approvals:\n  - name: Dana Fischer\n    status: approved\n"
    path.write_text(text, encoding="utf-8")
    result = sign(path, "Sam Okafor", "2027-01-11")
    assert result.exit_code == 1
    lines = text.splitlines()
    for line in result.stdout.splitlines():
        if line.startswith(f"{path}:"):
            number = int(line.split(":")[1])
            assert 1 <= number <= len(lines), line


def test_the_signed_brief_is_linted_at_its_new_stage_and_passes(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    assert sign(path, "Julia Brandt", "2026-12-21").exit_code == 0
    done = sign(path, "Elena Vogt", "2026-12-22")
    assert done.exit_code == 0, done.output
    lint = runner.invoke(app, ["lint", str(path), "--today", "2026-12-22"])
    assert lint.exit_code == 0, lint.output


def test_still_to_sign_names_each_pending_signer_once(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    result = sign(path, "Julia Brandt", "2026-12-21")
    assert "Still to sign: Elena Vogt (pending)." in result.stdout
    assert "someone from it" not in result.stdout


def test_still_to_sign_asks_for_a_side_only_when_nobody_of_it_is_listed():
    brief = load_text(
        TWO_SIDES
        + "approvals:\n  - name: Dana Fischer\n    status: pending\n"
        + "  - name: Dana Fischer\n    status: pending\n"
    ).brief
    assert still_to_sign(brief, ("marketing", "it")) == (
        "Dana Fischer (pending)",
        "someone from it",
    )


def test_unknown_signer_gets_the_closest_listed_name(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(TWO_SIDES, encoding="utf-8")
    for typed in ("sam okafor", "Sam Okafur", "Okafor"):
        result = sign(path, typed, "2027-01-11")
        assert result.exit_code == 2
        assert 'Did you mean "Sam Okafor"?' in result.stderr, typed
    nothing = sign(path, "Somebody Else", "2027-01-11")
    assert "Did you mean" not in nothing.stderr
    assert "not listed in the stakeholders" in nothing.stderr


def test_closest_name_prefers_an_exact_first_or_last_name():
    names = ["Femke Smit", "Femke de Boer", "Joost Smit"]
    assert closest_name("FEMKE SMIT", names) == "Femke Smit"
    assert closest_name("Boer", names) == "Femke de Boer"


APPROVALS_FIRST = """\
initiative:
  id: MKT-1
  title: Spring campaign page
  owner: Dana Fischer
  stage: handoff
stakeholders:
  - name: Dana Fischer
    side: marketing
  - name: Sam Okafor
    side: it
approvals:
  - name: Sam Okafor
    status: pending
requirements:
  - id: REQ-1
    statement: The page shall show the event date.
    priority: must
"""


def test_errors_below_the_new_sign_off_lines_keep_their_line_numbers(tmp_path):
    """The sign-off adds lines above the requirements; the errors still point at the file."""
    path = tmp_path / "brief.yaml"
    path.write_text(APPROVALS_FIRST, encoding="utf-8")
    lint = runner.invoke(app, ["lint", str(path), "--today", "2027-01-11"])
    blocked = sign(path, "Dana Fischer", "2027-01-11")
    assert blocked.exit_code == 1
    assert path.read_text(encoding="utf-8") == APPROVALS_FIRST

    def located_errors(output):
        return sorted(line.split(" [")[0] for line in output.splitlines() if ": error RK" in line)

    expected = located_errors(lint.stdout)
    assert any(":15:5: error RK801" in line for line in expected)
    assert located_errors(blocked.stdout) == expected


def test_a_change_made_meanwhile_by_someone_else_is_not_overwritten(tmp_path, monkeypatch):
    """An editor saves the brief while approve works on it: approve writes nothing."""
    import reqkit.approve as approving

    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    saved_by_editor = signable_brief().replace("Trade", "Trade fair", 1)
    real_check = approving._check_lint

    def editor_saves(final, original, at, date):
        path.write_text(saved_by_editor, encoding="utf-8")
        real_check(final, original, at, date)

    monkeypatch.setattr(approving, "_check_lint", editor_saves)
    result = sign(path, "Julia Brandt", "2026-12-21")
    assert result.exit_code == 2
    assert "was changed by someone else" in result.stderr
    assert path.read_text(encoding="utf-8") == saved_by_editor

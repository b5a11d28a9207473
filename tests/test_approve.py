"""reqkit approve: a sign-off recorded in place, every other line left as it was."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import shutil

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL
from reqkit.approve import SignoffBlocked, approve, detect_indentation
from reqkit.cli import app
from reqkit.errors import UsageError
from reqkit.loader import load_brief

DAY = dt.date(2027, 1, 11)


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """Lines removed and lines added, as a line diff sees them."""
    removed, added = [], []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def signable_brief() -> str:
    """The trade-show example before anyone signed: clean at every stage once both sign."""
    text = (EXAMPLES / "trade-show-microsite.yaml").read_text(encoding="utf-8")
    text = text.replace("stage: approved", "stage: handoff").replace(
        "status: approved", "status: pending"
    )
    text = text[: text.index("\nchanges:")] + "\n" + text[text.index("\nnext_steps:") + 1 :]
    return re.sub(r"\nbaseline:\n(  .*\n)+", "\n", text)


def signers(path):
    brief = load_brief(path).brief
    by_side = {}
    for person in brief.stakeholders:
        by_side.setdefault(person.side, person.name)
    listed = [a.name for a in brief.approvals]
    return [
        *listed,
        *(by_side[s] for s in ("marketing", "it") if s in by_side and by_side[s] not in listed),
    ]


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_keeps_all_lines_but_the_sign_off(tmp_path, example):
    path = tmp_path / example.name
    shutil.copy(example, path)
    original = path.read_text(encoding="utf-8")
    if example.name == "weak-brief.yaml":  # full of errors: nobody may sign it
        with pytest.raises(SignoffBlocked):
            approve(path, signers(path)[0], today=DAY)
        assert path.read_text(encoding="utf-8") == original
        return
    for name in signers(path):
        result = approve(path, name, today=DAY)
    removed, added = changed_lines(original, path.read_text(encoding="utf-8"))
    # Only approval statuses, their dates, the stage and the baseline may change.
    allowed_removed = ("status:", "date:", "stage:")
    assert all(line.strip().startswith(allowed_removed) for line in removed), removed
    assert all(
        line.strip().startswith(
            ("status: approved", "date: 2027-01-11", "stage: approved", "- name:", "baseline:")
        )
        or line.startswith("  ")
        for line in added
    ), added
    for comment in (line for line in original.splitlines() if line.lstrip().startswith("#")):
        assert comment in path.read_text(encoding="utf-8")
    final = load_brief(path)
    assert final.valid
    assert not result.still_to_sign
    assert final.brief.initiative.stage == "approved"
    assert final.brief.baseline is not None and final.brief.baseline.date == DAY


def test_partial_sign_off_changes_only_that_entry(tmp_path):
    path = tmp_path / "crm.yaml"
    shutil.copy(EXAMPLES / "crm-migration.yaml", path)
    before = path.read_text(encoding="utf-8")
    first = load_brief(path).brief.approvals[0]
    result = approve(path, first.name, today=DAY)
    removed, added = changed_lines(before, path.read_text(encoding="utf-8"))
    assert [line.strip() for line in removed] == ["status: pending", f"date: {first.date}"]
    assert [line.strip() for line in added] == ["status: approved", "date: 2027-01-11"]
    assert result.still_to_sign and not result.baseline
    assert load_brief(path).brief.initiative.stage == "handoff"


def test_new_approver_is_appended_with_role(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(
        MINIMAL + "stakeholders:\n  - name: Dana Fischer\n    side: marketing\n", encoding="utf-8"
    )
    approve(path, "Dana Fischer", role="Head of Events", today=DAY)
    text = path.read_text(encoding="utf-8")
    assert text.endswith(
        "approvals:\n  - name: Dana Fischer\n    role: Head of Events\n    status: approved\n    date: 2027-01-11\n"
    )


def test_signing_twice_changes_nothing(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(
        MINIMAL + "stakeholders:\n  - name: Dana Fischer\n    side: marketing\n", encoding="utf-8"
    )
    approve(path, "Dana Fischer", today=DAY)
    once = path.read_text(encoding="utf-8")
    result = approve(path, "Dana Fischer", today=DAY + dt.timedelta(days=3))
    assert result.already_signed
    assert path.read_text(encoding="utf-8") == once


def test_unknown_signer_is_refused_with_a_suggestion(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(
        MINIMAL + "stakeholders:\n  - name: Dana Fischer\n    side: marketing\n", encoding="utf-8"
    )
    with pytest.raises(UsageError) as caught:
        approve(path, "Dana Fisher", today=DAY)
    assert 'Did you mean "Dana Fischer"?' in caught.value.hint
    assert path.read_text(encoding="utf-8").count("approvals") == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a:\n  b:\n    - x\n", (2, 4, 2)),
        ("a:\n    b:\n    - x\n", (4, 2, 0)),
        ("a:\n- x\nb:\n   c: 1\n", (3, 2, 0)),
        ("a: 1\n", (2, 4, 2)),
    ],
)
def test_indentation_is_detected(text, expected):
    assert detect_indentation(text) == expected


def test_other_indentation_styles_survive(tmp_path):
    path = tmp_path / "brief.yaml"
    text = (
        "initiative:\n    id: MKT-1\n    title: T\n    owner: Dana Fischer   # the owner\n"
        "stakeholders:\n- name: Dana Fischer\n  side: marketing\n- name: Sam Okafor\n  side: it\n"
        "approvals:\n- name: Sam Okafor\n  status: pending\n"
    )
    path.write_text(text, encoding="utf-8")
    approve(path, "Sam Okafor", today=DAY)
    removed, added = changed_lines(text, path.read_text(encoding="utf-8"))
    assert removed == ["  status: pending"]
    assert added == ["  status: approved", "  date: 2027-01-11"]


def test_cli_approve_flow(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(
        app, ["approve", str(path), "--by", "Julia Brandt", "--date", "2026-12-21"]
    )
    assert first.exit_code == 0, first.output
    assert "Still to sign: Elena Vogt (pending)." in first.stdout
    second = runner.invoke(
        app, ["approve", str(path), "--by", "Elena Vogt", "--date", "2026-12-22"]
    )
    assert second.exit_code == 0, second.output
    assert "the brief is approved, baseline" in second.stdout
    assert load_brief(path).brief.baseline.fingerprint


def test_cli_approve_invalid_brief_writes_nothing(tmp_path):
    path = tmp_path / "brief.yaml"
    broken = MINIMAL.replace("  title:", "  titel:")
    path.write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(app, ["approve", str(path), "--by", "Dana Fischer"])
    assert result.exit_code == 1
    assert "RK010" in result.stdout
    assert path.read_text(encoding="utf-8") == broken

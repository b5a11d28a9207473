"""How a lint run behaves: folders, stages, dates, waivers, report files."""

from __future__ import annotations

import json
import textwrap

from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app

VAGUE = MINIMAL.replace("shall show the event date", "shall be user-friendly")


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input, env={"NO_COLOR": "1"})


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def findings(result) -> list[tuple[str, int, str]]:
    payload = json.loads(result.stdout)
    return [(d["file"].rsplit("/", 1)[-1], d["line"], d["code"]) for d in payload["diagnostics"]]


def test_folders_are_searched_for_briefs_only(tmp_path):
    write(tmp_path / "briefs" / "a.yaml", VAGUE)
    write(tmp_path / "briefs" / "team" / "b.yml", VAGUE)
    write(tmp_path / "briefs" / "mkdocs.yml", "site_name: Docs\n")
    write(tmp_path / "briefs" / "notes.txt", "initiative: not yaml by name\n")
    write(tmp_path / "briefs" / ".hidden" / "c.yaml", VAGUE)
    result = run("lint", "-f", "json", "--select", "RK101", str(tmp_path / "briefs"))
    assert sorted(f for f, _, _ in findings(result)) == ["a.yaml", "b.yml"]


def test_gitignore_and_exclude_are_respected(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "build/\n*.draft.yaml\n")
    write(tmp_path / ".reqkit.toml", "exclude = ['archive/']\n")
    write(tmp_path / "a.yaml", VAGUE)
    write(tmp_path / "b.draft.yaml", VAGUE)
    write(tmp_path / "build" / "c.yaml", VAGUE)
    write(tmp_path / "archive" / "d.yaml", VAGUE)
    result = run("lint", "-f", "json", "--select", "RK101", str(tmp_path))
    assert [f for f, _, _ in findings(result)] == ["a.yaml"]


def test_a_named_file_is_always_checked(tmp_path):
    write(tmp_path / ".gitignore", "*.yaml\n")
    brief = write(tmp_path / "a.yaml", VAGUE)
    assert findings(run("lint", "-f", "json", "--select", "RK101", str(brief)))


def test_folder_without_briefs_is_exit_2(tmp_path):
    write(tmp_path / "mkdocs.yml", "site_name: Docs\n")
    result = run("lint", str(tmp_path))
    assert result.exit_code == 2
    assert "no briefs found" in result.stderr


def test_stage_override_raises_the_severity(tmp_path):
    brief = write(tmp_path / "a.yaml", VAGUE)
    draft = json.loads(run("lint", "-f", "json", "--select", "RK601", str(brief)).stdout)
    handoff = json.loads(
        run("lint", "-f", "json", "--select", "RK601", "--stage", "handoff", str(brief)).stdout
    )
    assert draft["diagnostics"][0]["severity"] == "info"
    assert handoff["diagnostics"][0]["severity"] == "error"


def test_today_must_be_a_date(tmp_path):
    brief = write(tmp_path / "a.yaml", MINIMAL)
    result = run("lint", "--today", "tomorrow", str(brief))
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_waiver_in_the_brief_silences_and_unused_waiver_is_reported(tmp_path):
    text = VAGUE + textwrap.indent(
        "waivers:\n  - rule: vague-term\n    reason: Agreed wording with IT\n  - rule: RK601\n    reason: IT joins next week\n",
        "    ",
    )
    brief = write(tmp_path / "a.yaml", text)
    got = findings(run("lint", "-f", "json", "--select", "RK101", str(brief)))
    assert got == []  # RK601 did not run, so its waiver is not judged
    got = findings(run("lint", "-f", "json", "--select", "RK101,RK601", str(brief)))
    assert ("a.yaml", 12, "RK020") in got  # RK601 is about the whole brief, not this requirement


def test_initiative_waiver_covers_the_whole_brief(tmp_path):
    text = VAGUE.replace(
        "  owner: Dana Fischer\n",
        "  owner: Dana Fischer\n  waivers:\n    - rule: RK101\n      reason: Wording agreed in the kickoff\n",
    )
    brief = write(tmp_path / "a.yaml", text)
    assert findings(run("lint", "-f", "json", "--select", "RK101", str(brief))) == []


def test_waiver_needs_a_reason(tmp_path):
    text = VAGUE + "    waivers:\n      - rule: RK101\n        reason: ' '\n"
    result = run("lint", str(write(tmp_path / "a.yaml", text)))
    assert result.exit_code == 1
    assert "RK013" in result.stdout


def test_ignore_comment_silences_one_line(tmp_path):
    text = VAGUE.replace("user-friendly.", "user-friendly.  # reqkit: ignore[RK101]")
    text += "  - id: REQ-2\n    statement: The page shall be easy to read.\n    priority: could\n"
    got = findings(
        run("lint", "-f", "json", "--select", "RK101", str(write(tmp_path / "a.yaml", text)))
    )
    assert got == [("a.yaml", 10, "RK101")]


def test_unknown_rule_in_waiver_or_comment(tmp_path):
    text = VAGUE.replace("user-friendly.", "user-friendly.  # reqkit: ignore[RK9]")
    text += "    waivers:\n      - rule: no-such-rule\n        reason: because\n"
    got = findings(
        run("lint", "-f", "json", "--select", "RK101", str(write(tmp_path / "a.yaml", text)))
    )
    assert ("a.yaml", 7, "RK021") in got and ("a.yaml", 10, "RK021") in got


def test_output_file_gets_the_format_and_terminal_gets_text(tmp_path):
    brief = write(tmp_path / "a.yaml", VAGUE)
    report = tmp_path / "report.json"
    result = run("lint", "--select", "RK101", "-f", "json", "-o", str(report), str(brief))
    assert "RK101 [vague-term]" in result.stdout
    assert json.loads(report.read_text(encoding="utf-8"))["diagnostics"][0]["code"] == "RK101"


def test_output_file_may_not_be_an_input(tmp_path):
    brief = write(tmp_path / "a.yaml", VAGUE)
    result = run("lint", "-o", str(brief), str(brief))
    assert result.exit_code == 2
    assert brief.read_text(encoding="utf-8") == textwrap.dedent(VAGUE)


def test_progress_bar_passes_every_file_through(tmp_path):
    import io

    from reqkit.lint_command import PROGRESS_THRESHOLD, _progress

    stderr = io.StringIO()
    many = [f"brief-{i}.yaml" for i in range(PROGRESS_THRESHOLD + 5)]
    assert list(_progress(stderr)(many)) == many
    few = many[:3]
    quiet = io.StringIO()
    assert list(_progress(quiet)(few)) == few
    assert quiet.getvalue() == ""


def test_progress_is_shown_only_on_a_terminal(tmp_path, monkeypatch):
    from reqkit import process

    class Terminal:
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert process.is_terminal(Terminal())
    assert not process.is_terminal(object())

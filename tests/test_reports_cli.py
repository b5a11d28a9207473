"""Reports people read: concise lines, hints once, --min-severity, control characters shown."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from reqkit.cli import app
from reqkit.visible import visible

runner = CliRunner()

#: Two requirements with the same two wording findings, so hints repeat.
TWICE = """\
initiative:
  id: MKT-1
  title: Spring campaign page
  owner: Dana Fischer
requirements:
  - id: REQ-1
    statement: The page should be user-friendly.
    priority: must
  - id: REQ-2
    statement: The form should be user-friendly.
    priority: must
"""

#: Keys with an escape sequence (clear screen) and a right-to-left override,
#: which the schema check quotes in its message.
ESCAPES = (
    'initiative:\n  id: MKT-2\n  "ti\\e[2Jtle\\u202e": x\n  title: Spring\n'
    "  owner: Dana Fischer\n  raw\u202ekey: y\n"
)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "twice.yaml").write_text(TWICE, encoding="utf-8")
    (tmp_path / "escapes.yaml").write_text(ESCAPES, encoding="utf-8")
    return tmp_path


def lint(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(
        app,
        ["lint", "--isolated", "--today", "2026-12-01", *args],
        env={"NO_COLOR": "1", "GITHUB_STEP_SUMMARY": "", **(env or {})},
    )


def findings(output: str) -> list[str]:
    return [line for line in output.splitlines() if re.match(r"\S+:\d+:\d+: ", line)]


def test_concise_prints_one_line_per_finding(folder):
    concise = lint("--format", "concise", "twice.yaml")
    as_json = json.loads(lint("--format", "json", "twice.yaml").stdout)["diagnostics"]
    expected = [
        f"{d['file']}:{d['line']}:{d['column']}: {d['severity']} {d['code']} [{d['name']}] "
        f"{d['message']}"
        for d in as_json
    ]
    lines = concise.stdout.splitlines()
    assert lines[:-1] == expected
    assert lines[-1].endswith("in 1 file")
    assert "hint:" not in concise.stdout and "|" not in concise.stdout


def test_concise_quiet_prints_only_the_summary(folder):
    assert len(lint("--format", "concise", "--quiet", "twice.yaml").stdout.splitlines()) == 1


def test_text_report_prints_a_hint_once_per_rule_and_file(folder):
    output = lint("twice.yaml").stdout
    hints = [line.strip() for line in output.splitlines() if line.strip().startswith("hint:")]
    assert len(hints) == len(set(hints))
    weak = [line for line in findings(output) if "RK102" in line]
    assert len(weak) == 2
    assert sum(1 for hint in hints if '"shall" instead of "should"' in hint) == 1


def test_text_report_keeps_different_hints_of_one_rule(folder):
    output = lint("twice.yaml").stdout
    missing = [line for line in findings(output) if "RK204" in line]
    hints = [line for line in output.splitlines() if "hint:" in line]
    # Each missing section has its own advice: none is dropped as a repeat.
    assert len(missing) >= 2
    for section in ("goals", "budget", "timeline"):
        assert any(f"`{section}:" in hint for hint in hints), section


def test_no_hints_leaves_them_all_out(folder):
    output = lint("--no-hints", "twice.yaml").stdout
    assert "hint:" not in output
    assert findings(output) == findings(lint("twice.yaml").stdout)


@pytest.mark.parametrize("name", ["text", "concise", "github"])
def test_control_characters_are_shown_not_sent(folder, name):
    output = lint("--format", name, "escapes.yaml").stdout
    assert "\x1b" not in output and "\u202e" not in output
    assert r"ti\x1b[2Jtle\u202e" in output
    assert r"raw\u202ekey" in output


def test_text_excerpt_marker_lines_up_with_escaped_source(folder):
    lines = lint("escapes.yaml").stdout.splitlines()
    source = next(i for i, line in enumerate(lines) if line.lstrip().startswith("6 | "))
    excerpt, marker = lines[source], lines[source + 1]
    assert excerpt[marker.index("^") : marker.rindex("^") + 1] == r"raw\u202ekey"


def test_visible_keeps_ordinary_unicode_and_tabs():
    text = "Zoë’s café — 東京 🎉\tdone"
    assert visible(text) == text
    assert visible("a\nb\x1b\x9b\x7f") == r"a\nb\x1b\x9b\x7f"
    assert visible("a\r\nb", keep_line_breaks=True) == "a\r\nb"


@pytest.mark.parametrize("name", ["text", "concise", "json", "github", "sarif", "junit"])
def test_min_severity_leaves_out_less_severe_findings_in_every_format(folder, name):
    everything = lint("--format", name, "twice.yaml").stdout
    errors_only = lint("--format", name, "--stage", "handoff", "--min-severity", "error",
                       "twice.yaml").stdout  # fmt: skip
    assert "RK102" in everything
    assert "RK102" not in errors_only  # a warning at hand-off
    assert "RK801" in errors_only  # an error at hand-off


def test_min_severity_says_how_many_were_left_out(folder):
    full = json.loads(lint("--format", "json", "twice.yaml").stdout)["summary"]
    output = lint("--min-severity", "warning", "twice.yaml").stdout
    assert output.splitlines()[-1] == (
        f"No problems to show in 1 file; {full['info']} less severe not shown (--min-severity)"
    )


def test_hidden_findings_do_not_fail_the_run(folder):
    failing = lint("--fail-on", "info", "twice.yaml")
    hidden = lint("--fail-on", "info", "--min-severity", "warning", "twice.yaml")
    assert failing.exit_code == 1
    assert hidden.exit_code == 0
    assert "cannot fail the run (--fail-on info)" in hidden.stderr


def test_min_severity_keeps_findings_that_fail_the_run(folder):
    result = lint("--stage", "handoff", "--min-severity", "warning", "twice.yaml")
    assert result.exit_code == 1
    assert "RK801" in result.stdout and "RK102" in result.stdout
    assert "cannot fail" not in result.stderr


def test_min_severity_rejects_an_unknown_severity(folder):
    result = lint("--min-severity", "fatal", "twice.yaml")
    assert result.exit_code == 2
    assert "fatal" in result.stderr


def test_installed_command_escapes_and_summarises(folder):
    """End to end: the real executable, a job summary file, and no raw escape byte."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    executable = shutil.which("reqkit", path=str(Path(sys.executable).parent))
    assert executable
    summary = folder / "summary.md"
    done = subprocess.run(
        [executable, "lint", "--isolated", "-f", "github", "escapes.yaml", "twice.yaml"],
        capture_output=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "GITHUB_STEP_SUMMARY": str(summary)},
        cwd=folder,
    )
    assert done.returncode == 1
    assert b"\x1b" not in done.stdout and "\u202e".encode() not in done.stdout
    text = summary.read_text(encoding="utf-8")
    assert re.search(r"^\| escapes\.yaml \| [1-9]\d* \| \d+ \| \d+ \|$", text, re.M)
    assert re.search(r"^\| twice\.yaml \| 0 \| 0 \| [1-9]\d* \|$", text, re.M)
    assert "\x1b" not in text and "\\\\x1b" in text


SGR = re.compile(r"\x1b\[[0-9;]*m")


def test_colour_wraps_the_plain_report_in_sgr_codes(folder):
    plain = lint("twice.yaml").stdout
    coloured = runner.invoke(
        app,
        ["lint", "--isolated", "--today", "2026-12-01", "twice.yaml"],
        env={"FORCE_COLOR": "1", "NO_COLOR": ""},
    ).stdout
    assert coloured != plain
    assert SGR.sub("", coloured) == plain
    assert "\x1b[1;33mwarning\x1b[0m" in coloured or "\x1b[1;36minfo\x1b[0m" in coloured


def test_colour_never_lets_brief_escapes_through(folder):
    coloured = runner.invoke(
        app,
        ["lint", "--isolated", "--today", "2026-12-01", "escapes.yaml"],
        env={"FORCE_COLOR": "1", "NO_COLOR": ""},
    ).stdout
    # Every ESC left is the start of one of reqkit's own colour codes.
    assert coloured.count("\x1b") == len(SGR.findall(coloured))
    assert "\u202e" not in coloured


def test_concise_statistics_count_by_rule(folder):
    lines = lint("--format", "concise", "--statistics", "twice.yaml").stdout.splitlines()
    counts = {
        line.split()[1]: int(line.split()[0]) for line in lines if re.match(r"\s+\d+  RK", line)
    }
    reported = [line.split()[2] for line in findings("\n".join(lines))]
    assert counts == {code: reported.count(code) for code in set(reported)}


def test_error_messages_show_control_characters_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = lint("missing\x1b]0;title\x07.yaml")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert r"missing\x1b]0;title\x07.yaml" in result.stderr

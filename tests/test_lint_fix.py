"""reqkit lint --fix, --diff and --unsafe-fixes through the command line."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL
from reqkit.cli import app

runner = CliRunner()

BROKEN = MINIMAL.replace("id: MKT-1", "id: no").replace("priority: must", "priority: Must")
FIXED = MINIMAL.replace("id: MKT-1", 'id: "no"')


def lint(*args: str, stdin: str | None = None):
    return runner.invoke(
        app,
        ["lint", "--isolated", "--today", "2026-12-01", *args],
        input=stdin,
        env={"NO_COLOR": "1"},
    )


@pytest.fixture
def brief(tmp_path: Path) -> Path:
    path = tmp_path / "brief.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def test_fix_writes_the_file_and_reports_what_remains(brief):
    result = lint("--fix", str(brief))
    assert brief.read_text(encoding="utf-8") == FIXED
    assert result.stdout.splitlines()[-1].startswith("Fixed 2 problems (")
    remaining = int(result.stdout.splitlines()[-1].split("(")[1].split()[0])
    assert remaining == result.stdout.count(f"{brief}:")
    assert "RK012" not in result.stdout and "RK013" not in result.stdout
    assert result.exit_code == 0  # only notes are left


def test_fix_twice_changes_nothing_the_second_time(brief):
    lint("--fix", str(brief))
    once = brief.read_bytes()
    mtime = brief.stat().st_mtime_ns
    second = lint("--fix", str(brief))
    assert brief.read_bytes() == once
    assert brief.stat().st_mtime_ns == mtime  # not even rewritten
    assert "Nothing to fix" in second.stdout


def test_diff_prints_a_unified_diff_writes_nothing_and_exits_1(brief):
    result = lint("--diff", str(brief))
    assert result.exit_code == 1
    assert brief.read_text(encoding="utf-8") == BROKEN
    assert f"--- a/{brief}\n+++ b/{brief}\n" in result.stdout
    assert '-  id: no\n+  id: "no"\n' in result.stdout
    assert "-    priority: Must\n+    priority: must\n" in result.stdout
    assert "Would fix 2 problems in 1 file" in result.stderr


def test_diff_exits_0_when_there_is_nothing_to_fix(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    result = lint("--diff", str(path))
    assert (result.exit_code, result.stdout) == (0, "")
    assert "Nothing to fix" in result.stderr


def test_the_text_report_marks_fixable_findings_and_counts_them(brief):
    result = lint(str(brief))
    marked = [line for line in result.stdout.splitlines() if " [*] [" in line]
    assert [line.split()[2] for line in marked] == ["RK012", "RK013"]
    assert "[*] 2 fixable with `reqkit lint --fix`." in result.stdout
    assert "All clear" not in result.stdout
    assert brief.read_text(encoding="utf-8") == BROKEN


def test_unsafe_fixes_are_counted_as_hidden_and_applied_only_when_asked(tmp_path):
    path = tmp_path / "brief.yaml"
    text = MINIMAL.replace(
        "  owner: Dana Fischer\n", "  owner: Dana Fischer\n  summary: |\n    Two  \n    lines\n"
    )
    path.write_text(text, encoding="utf-8")
    result = lint(str(path))
    assert "1 fix available with `reqkit lint --fix --unsafe-fixes`." in result.stdout
    lint("--fix", str(path))
    assert path.read_text(encoding="utf-8") == text
    lint("--fix", "--unsafe-fixes", str(path))
    assert "    Two\n" in path.read_text(encoding="utf-8")


def test_a_brief_that_does_not_parse_is_left_untouched_and_reported(tmp_path):
    path = tmp_path / "brief.yaml"
    text = BROKEN + "stakeholders: [unclosed\n"
    path.write_text(text, encoding="utf-8")
    result = lint("--fix", str(path))
    assert path.read_text(encoding="utf-8") == text
    assert "RK001" in result.stdout
    assert "Nothing to fix" in result.stdout
    assert result.exit_code == 1


def test_fix_with_stdin_prints_the_fixed_brief_and_reports_on_stderr():
    result = lint("--fix", "-", stdin=BROKEN)
    assert result.stdout == FIXED
    assert "Fixed 2 problems" in result.stderr


def test_fix_with_json_keeps_stdout_machine_readable(brief):
    result = lint("--fix", "--format", "json", str(brief))
    payload = json.loads(result.stdout)
    assert all(d["code"] not in ("RK012", "RK013") for d in payload["diagnostics"])
    assert "Fixed 2 problems" in result.stderr
    assert brief.read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize("extra", [["--format", "json"], ["-o", "report.txt"]])
def test_diff_refuses_options_it_cannot_honour(brief, extra):
    result = lint("--diff", *extra, str(brief))
    assert result.exit_code == 2
    assert "--diff" in result.stderr and "Traceback" not in result.stderr
    assert brief.read_text(encoding="utf-8") == BROKEN


def test_fix_keeps_byte_order_mark_line_endings_and_permissions(brief):
    brief.write_bytes(b"\xef\xbb\xbf" + BROKEN.replace("\n", "\r\n").encode())
    os.chmod(brief, 0o640)
    lint("--fix", str(brief))
    assert brief.read_bytes() == b"\xef\xbb\xbf" + FIXED.replace("\n", "\r\n").encode()
    assert stat.S_IMODE(brief.stat().st_mode) == 0o640


def test_a_read_only_brief_is_refused_plainly(brief):
    os.chmod(brief, 0o444)
    result = lint("--fix", str(brief))
    assert result.exit_code == 2
    assert "read-only" in result.stderr
    assert brief.read_text(encoding="utf-8") == BROKEN


def test_fix_sorts_the_weak_example_and_keeps_its_comments(tmp_path):
    path = tmp_path / "weak.yaml"
    shutil.copy(EXAMPLES / "weak-brief.yaml", path)
    before = path.read_text(encoding="utf-8")
    result = lint("--fix", str(path))
    after = path.read_text(encoding="utf-8")
    assert "Fixed 1 problem (" in result.stdout
    assert "RK309" not in result.stdout
    assert sorted(before.splitlines()) == sorted(after.splitlines())  # lines moved, none changed
    assert after.index("Kick-off") < after.index("# F2: hard date") < after.index("Go live")


def test_a_derived_total_is_fixed_from_the_config_beside_the_brief(tmp_path):
    path = tmp_path / "weak.yaml"
    shutil.copy(EXAMPLES / "weak-brief.yaml", path)
    (tmp_path / ".reqkit.toml").write_text("[rules.budget-does-not-add-up]\nderived-total = true\n")
    result = runner.invoke(app, ["lint", "--diff", str(path)], env={"NO_COLOR": "1"})
    assert "-  total: 450000 EUR\n+  total: 260000 EUR\n" in result.stdout


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("RK309", "Fix: safe: "),
        ("RK704", "Fix: unsafe (--unsafe-fixes): "),
        ("RK012", "Fix: safe: "),
        ("RK401", "Fix: unsafe (--unsafe-fixes): "),
    ],
)
def test_rules_says_which_fix_a_rule_has(code, line):
    result = runner.invoke(app, ["rules", code])
    assert line in result.stdout


def test_a_rule_without_a_fix_says_nothing_about_fixing():
    assert "Fix:" not in runner.invoke(app, ["rules", "RK101"]).stdout
    records = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)["rules"]
    fixes = {r["code"]: r["fix"] for r in records}
    assert (fixes["RK101"], fixes["RK309"], fixes["RK704"]) == (None, "safe", "safe, unsafe")


def test_the_installed_command_fixes_a_brief(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    command = [str(Path(sys.executable).with_name("reqkit")), "lint", "--isolated"]
    done = subprocess.run(
        [*command, "--diff", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1 and '+  id: "no"' in done.stdout
    done = subprocess.run(
        [*command, "--fix", str(path)], capture_output=True, text=True, check=False
    )
    assert "Fixed 2 problems" in done.stdout, done.stderr
    assert path.read_text(encoding="utf-8") == FIXED


def test_a_waived_finding_is_not_fixed(tmp_path):
    path = tmp_path / "brief.yaml"
    waived = "  title: Spring campaign page  # reqkit: ignore[RK704] kept for the diff   \n"
    text = BROKEN.replace("  title: Spring campaign page\n", waived) + "# note   \n"
    path.write_text(text, encoding="utf-8")
    lint("--fix", str(path))
    after = path.read_text(encoding="utf-8")
    assert waived in after
    assert after.endswith("# note\n")


def test_a_brief_changed_after_it_was_read_is_not_overwritten(brief):
    from reqkit.errors import UsageError
    from reqkit.fixes.files import fix_paths, write_fixed
    from reqkit.linter import LintOptions

    run = fix_paths([str(brief)], LintOptions(isolated=True))
    brief.write_text(BROKEN + "# someone else's edit\n", encoding="utf-8")
    with pytest.raises(UsageError, match="changed by someone else"):
        write_fixed(run.files[0], sys.stdout)
    assert brief.read_text(encoding="utf-8").endswith("# someone else's edit\n")

"""reqkit approve keeps every byte it does not need to change, and never loses a sign-off."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from reqkit.cli import app
from reqkit.loader import load_brief
from test_approve import changed_lines, signable_brief
from test_cli import _executable

runner = CliRunner()
SIGNERS = (("Julia Brandt", "2026-12-21"), ("Elena Vogt", "2026-12-22"))


def sign_all(path) -> None:
    for name, date in SIGNERS:
        result = runner.invoke(app, ["approve", str(path), "--by", name, "--date", date])
        assert result.exit_code == 0, result.output


def only_signoff_lines_changed(before: str, after: str) -> None:
    removed, added = changed_lines(before, after)
    assert [line.strip() for line in removed] == ["stage: handoff", *["status: pending"] * 2]
    assert added[0].strip() == "stage: approved"
    assert [line.strip() for line in added[1:3]] == ["status: approved"] * 2
    assert added[3] == "baseline:"
    assert all(line.startswith("  ") for line in added[4:])


def test_windows_line_endings_bom_and_end_marker_are_kept(tmp_path):
    text = signable_brief().replace("\n\n", "\n\n# a comment after a blank line\n\n", 1)
    original = "\ufeff" + text.replace("\n", "\r\n") + "...\r\n# notes after the document\r\n"
    path = tmp_path / "brief.yaml"
    path.write_bytes(original.encode("utf-8"))
    sign_all(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\n") == data.count(b"\r\n")  # no line lost its CR
    assert data.endswith(b"\r\n...\r\n# notes after the document\r\n")
    after = data.decode("utf-8-sig").replace("\r\n", "\n")
    before = original.removeprefix("\ufeff").replace("\r\n", "\n")
    assert after.count("\n\n") == before.count("\n\n")  # blank lines kept
    only_signoff_lines_changed(before, after)
    assert load_brief(path).brief.initiative.stage == "approved"


def test_mixed_line_endings_keep_each_line_as_it_was(tmp_path):
    lines = signable_brief().splitlines(keepends=True)
    lines = [line.replace("\n", "\r\n") if i % 3 == 0 else line for i, line in enumerate(lines)]
    original = "".join(lines)
    path = tmp_path / "brief.yaml"
    path.write_bytes(original.encode("utf-8"))
    sign_all(path)
    after = path.read_bytes().decode("utf-8")
    kept = set(original.splitlines(keepends=True))
    unchanged = [line for line in after.splitlines(keepends=True) if line in kept]
    assert len(unchanged) >= len(lines) - 3


def test_a_line_of_150000_characters_is_not_wrapped(tmp_path):
    long = " ".join(["word"] * 30_000)  # 149,999 characters
    text = signable_brief().replace(
        "    comment: Approved on condition", f"    comment: {long}. Approved on condition"
    )
    assert long in text
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    sign_all(path)
    after = path.read_text(encoding="utf-8")
    assert max(len(line) for line in after.splitlines()) > 150_000
    only_signoff_lines_changed(text, after)


def test_a_file_without_a_final_newline_keeps_its_last_line(tmp_path):
    text = signable_brief().rstrip("\n")
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    sign_all(path)
    after = path.read_text(encoding="utf-8")
    last = text.splitlines()[-1]
    assert last + "\n" in after  # still there, ended now that lines follow it


def test_a_brief_behind_a_symbolic_link_is_written_through_the_link(tmp_path):
    real = tmp_path / "real" / "brief.yaml"
    real.parent.mkdir()
    real.write_text(signable_brief(), encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    sign_all(link)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert load_brief(real).brief.initiative.stage == "approved"
    assert sorted(os.listdir(real.parent)) == ["brief.yaml"]  # nothing left next to it


def test_hard_links_still_share_the_signed_brief(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    other = tmp_path / "same-brief.yaml"
    os.link(path, other)
    sign_all(path)
    assert os.path.samefile(path, other)
    assert load_brief(other).brief.initiative.stage == "approved"


def test_a_read_only_brief_is_refused_not_rewritten(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    path.chmod(0o444)
    before = path.read_bytes()
    inode = path.stat().st_ino
    result = runner.invoke(
        app, ["approve", str(path), "--by", "Julia Brandt", "--date", "2026-12-21"]
    )
    assert result.exit_code == 2
    assert "read-only" in result.stderr and "chmod u+w" in result.stderr
    assert path.read_bytes() == before and path.stat().st_ino == inode
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_temporary_files_of_a_killed_write_are_removed_by_the_next_run(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    leftover = tmp_path / ".brief.yaml.k1ll3d.tmp"
    leftover.write_text(signable_brief()[:1000], encoding="utf-8")
    unrelated = tmp_path / ".other.yaml.abc.tmp"
    unrelated.write_text("not ours", encoding="utf-8")
    sign_all(path)
    assert not leftover.exists()
    assert unrelated.exists()


def test_a_temporary_file_still_being_written_is_left_alone(tmp_path):
    import fcntl

    from reqkit.fsio import remove_dead_temporaries

    target = tmp_path / "brief.yaml"
    busy = tmp_path / ".brief.yaml.busy.tmp"
    dead = tmp_path / ".brief.yaml.dead.tmp"
    busy.write_text("half", encoding="utf-8")
    dead.write_text("half", encoding="utf-8")
    with busy.open("rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        assert remove_dead_temporaries(target) == [dead]
    assert busy.exists() and not dead.exists()


SMALL = """\
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
  - name: Dana Fischer
    status: pending
  - name: Sam Okafor
    status: pending
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes and locks")
def test_two_approvals_at_once_both_land(tmp_path):
    """Two real processes sign one brief at the same moment, on twenty briefs.

    The briefs are signed five at a time to keep the test short; what matters
    is that the two runs on each brief overlap.
    """
    (tmp_path / ".reqkit.toml").write_text('select = ["RK30"]\n', encoding="utf-8")
    command = _executable()
    names = ("Dana Fischer", "Sam Okafor")
    for batch in range(4):
        paths = [tmp_path / f"brief-{batch}-{n}.yaml" for n in range(5)]
        runs = []
        for path in paths:
            path.write_text(SMALL, encoding="utf-8")
            runs += [
                subprocess.Popen(
                    [*command, "approve", str(path), "--by", name, "--date", "2027-01-11"],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for name in names
            ]
        for run in runs:
            out, err = run.communicate(timeout=120)
            assert run.returncode == 0, out + err
            assert "Recorded the sign-off" in out
        for path in paths:
            brief = load_brief(path).brief
            signed = {a.name for a in brief.approvals if a.status == "approved"}
            assert signed == set(names), f"{path.name} lost a sign-off"
            assert brief.initiative.stage == "approved" and brief.baseline is not None
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and locks")
def test_a_write_killed_midway_is_cleaned_up_by_the_next_run(tmp_path):
    """A real process is killed with SIGKILL while its temporary file exists."""
    import signal
    import time

    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    stuck = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from reqkit import fsio\n"
        "os.replace = lambda *a: time.sleep(600)\n"
        "fsio.write_atomic(Path(sys.argv[1]), Path(sys.argv[1]).read_text() * 2)\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", stuck, str(path)])
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".brief.yaml.*.tmp")):
            assert time.monotonic() < deadline, "the writer never started"
            time.sleep(0.05)
        from reqkit.fsio import remove_dead_temporaries

        assert remove_dead_temporaries(path) == []  # alive: left alone
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert list(tmp_path.glob(".brief.yaml.*.tmp"))
    sign_all(path)
    assert not list(tmp_path.glob(".brief.yaml.*.tmp"))
    assert load_brief(path).brief.initiative.stage == "approved"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_root_signing_a_users_brief_keeps_the_users_ownership(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    os.chown(path, 1234, 5678)
    sign_all(path)
    after = path.stat()
    assert (after.st_uid, after.st_gid) == (1234, 5678)

"""A place reqkit cannot write is a plain error with a hint, never "internal error".

Tests run as root here, and root ignores permission bits; so a refused write
is simulated: a path whose parent is a file (the system says "not a
directory"), or a patched function that fails as the system would.
"""

from __future__ import annotations

import errno
import subprocess
import sys
import tempfile

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app
from test_approve import signable_brief
from test_cli import _executable

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args], env={"NO_COLOR": "1"})


def plain_error(result) -> None:
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("reqkit: error: "), result.stderr
    assert "hint:" in result.stderr
    assert "internal error" not in result.output and "Traceback" not in result.output


@pytest.fixture
def brief(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


@pytest.fixture
def a_file(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    return blocker


@pytest.mark.parametrize(
    "arguments",
    [
        ("render", "{brief}", "-o", "{blocker}/brief.md"),
        ("render", "{brief}", "{brief}", "-o", "{blocker}/site/"),
        ("lint", "{brief}", "-o", "{blocker}/report.json"),
        ("schema", "-o", "{blocker}/schema.json"),
        ("new", "{blocker}/brief.yaml", "--no-input"),
        ("init", "{blocker}/repo"),
    ],
    ids=["render", "render-folder", "lint", "schema", "new", "init"],
)
def test_a_path_under_a_file_is_a_plain_error(brief, a_file, arguments):
    args = [a.format(brief=brief, blocker=a_file) for a in arguments]
    plain_error(run(*args))


@pytest.mark.parametrize("in_the_way", [".github", "briefs"])
def test_init_where_a_folder_it_needs_is_a_file(tmp_path, in_the_way):
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / in_the_way).write_text("oops\n", encoding="utf-8")
    result = run("init", repo)
    plain_error(result)
    assert f"{in_the_way} is a file" in result.stderr


def refuse(*_args, **_kwargs):
    raise PermissionError(errno.EACCES, "Permission denied", "somewhere")


@pytest.mark.parametrize(
    "arguments",
    [
        ("render", "{brief}", "-o", "{folder}/brief.md"),
        ("lint", "{brief}", "-o", "{folder}/report.json"),
        ("schema", "-o", "{folder}/schema.json"),
        ("new", "{folder}/new.yaml", "--no-input"),
    ],
    ids=["render", "lint", "schema", "new"],
)
def test_a_folder_that_refuses_new_files_is_a_plain_error(brief, tmp_path, monkeypatch, arguments):
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    args = [a.format(brief=brief, folder=tmp_path) for a in arguments]
    result = run(*args)
    plain_error(result)
    assert "permission denied" in result.stderr


def test_approve_in_a_folder_that_refuses_new_files(tmp_path, monkeypatch):
    path = tmp_path / "brief.yaml"
    path.write_text(signable_brief(), encoding="utf-8")
    before = path.read_bytes()
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = run("approve", path, "--by", "Julia Brandt", "--date", "2026-12-21")
    plain_error(result)
    assert f"cannot write {path}: permission denied" in result.stderr
    assert path.read_bytes() == before


def test_init_in_a_folder_that_cannot_be_created(tmp_path, monkeypatch):
    from pathlib import Path

    def no_mkdir(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", no_mkdir)
    result = run("init", tmp_path / "repo")
    plain_error(result)
    assert "permission denied" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
def test_the_installed_command_says_it_plainly(brief, a_file):
    done = subprocess.run(
        [*_executable(), "render", str(brief), "-o", f"{a_file}/brief.md"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("reqkit: error: ")
    assert "internal error" not in done.stderr

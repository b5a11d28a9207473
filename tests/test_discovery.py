"""Which files a folder search checks, and that nothing is skipped without a word."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app

VAGUE = MINIMAL.replace("shall show the event date", "shall be user-friendly")


def lint(*args: str):
    return CliRunner().invoke(app, ["lint", "--isolated", *args], env={"NO_COLOR": "1"})


def checked_and_unreadable(result) -> tuple[set[str], dict[str, str]]:
    payload = json.loads(result.stdout)
    checked = {Path(d["file"]).name for d in payload["diagnostics"]}
    unreadable = {Path(u["file"]).name: u["message"] for u in payload["unreadable"]}
    return checked, unreadable


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom.yaml", codecs.BOM_UTF8 + VAGUE.encode()),
        ("cr-only.yaml", VAGUE.replace("\n", "\r").encode()),
        ("crlf.yaml", VAGUE.replace("\n", "\r\n").encode()),
        ("quoted-key.yaml", VAGUE.replace("initiative:", '"initiative":').encode()),
        ("single-quoted.yaml", VAGUE.replace("initiative:", "'initiative':").encode()),
        ("late-key.yaml", ("requirements: []\n" + VAGUE.split("requirements:")[0]).encode()),
        (
            "flow.yaml",
            b"{initiative: {id: MKT-1, title: Page, owner: Dana}, requirements: "
            b"[{id: REQ-1, statement: The page shall be user-friendly., priority: must}]}\n",
        ),
    ],
)
def test_a_brief_in_any_form_the_reader_accepts_is_found_in_a_folder(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    result = lint("-f", "json", str(tmp_path))
    summary = json.loads(result.stdout)["summary"]
    assert (summary["checked"], summary["unreadable"]) == (1, 0), result.output
    assert result.exit_code in (0, 1)


def test_a_brief_saved_as_utf16_is_reported_not_skipped(tmp_path):
    (tmp_path / "utf16.yaml").write_bytes(VAGUE.encode("utf-16"))
    result = lint("-f", "json", str(tmp_path))
    _, unreadable = checked_and_unreadable(result)
    assert "UTF-16" in unreadable["utf16.yaml"]
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "text",
    [
        "site_name: Docs\nnav: [index.md]\n",
        "- initiative: a list, not a brief\n",
        "project:\n  initiative: nested, not at the top\n",
        "on: push\njobs: {}\n---\ninitiative: {id: X}\n",  # only the first document counts
        "",
        "# initiative: only a comment\nname: x\n",
    ],
)
def test_other_yaml_in_a_folder_is_not_taken_for_a_brief(tmp_path, text):
    (tmp_path / "brief.yaml").write_text(VAGUE, encoding="utf-8")
    (tmp_path / "other.yml").write_text(text, encoding="utf-8")
    checked, unreadable = checked_and_unreadable(lint("-f", "json", str(tmp_path)))
    assert "other.yml" not in checked and not unreadable


def test_a_brief_with_broken_yaml_is_still_found_and_its_error_reported(tmp_path):
    (tmp_path / "broken.yaml").write_text(
        "initiative:\n  id: MKT-1\n  title: [unclosed\n", encoding="utf-8"
    )
    result = lint("-f", "json", str(tmp_path))
    payload = json.loads(result.stdout)
    assert payload["diagnostics"][0]["file"].endswith("broken.yaml")
    assert result.exit_code == 1


def test_a_folder_that_cannot_be_searched_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok.yaml").write_text(VAGUE, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.yaml").write_text(VAGUE, encoding="utf-8")
    real = os.scandir

    def scandir(path=".", *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    result = lint("-f", "json", str(tmp_path))
    payload = json.loads(result.stdout)
    assert [u["file"] for u in payload["unreadable"]] == [str(locked)]
    assert "could not be searched" in payload["unreadable"][0]["message"]
    assert payload["summary"]["checked"] == 1 and payload["summary"]["unreadable"] == 1
    assert result.exit_code == 2

    text = lint(str(tmp_path))
    assert "All clear" not in text.stdout
    assert "in 1 file; 1 could not be checked" in text.stdout
    assert "locked" in text.stderr and "could not be searched" in text.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_reported_and_never_waited_on(tmp_path):
    (tmp_path / "ok.yaml").write_text(VAGUE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.yaml")
    executable = shutil.which("reqkit", path=str(Path(sys.executable).parent)) or "reqkit"
    for command in (
        [executable, "lint", "--isolated", "-f", "json", str(tmp_path)],
        [executable, "lint", "--isolated", "-f", "json", str(tmp_path / "pipe.yaml")],
        [
            executable,
            "lint",
            "--isolated",
            "--only-briefs",
            "-f",
            "json",
            str(tmp_path / "pipe.yaml"),
        ],
    ):
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        payload = json.loads(done.stdout)
        assert [Path(u["file"]).name for u in payload["unreadable"]] == ["pipe.yaml"]
        assert "named pipe" in payload["unreadable"][0]["message"]
        assert done.returncode == 2 and "Traceback" not in done.stderr
    rendered = subprocess.run(
        [executable, "render", "--isolated", str(tmp_path / "pipe.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert rendered.returncode == 2 and "named pipe" in rendered.stderr


def test_render_reports_a_folder_it_cannot_search_as_it_does_an_unreadable_file(
    tmp_path, monkeypatch
):
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "ok.yaml").write_text(VAGUE, encoding="utf-8")
    locked = briefs / "locked"
    locked.mkdir()
    (locked / "hidden.yaml").write_text(VAGUE, encoding="utf-8")
    real = os.scandir

    def scandir(path=".", *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["render", "--isolated", str(briefs), "-o", f"{out}/"], env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 2
    assert f"{locked}: this folder could not be searched for briefs" in result.stderr
    assert not out.exists()  # as with an unreadable file, nothing is rendered

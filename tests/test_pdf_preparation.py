"""What happens before the browser prints: finding it, and the page it is given.

No browser is needed here: discovery runs against a fake PATH, fake
environment variables and fake installed files, and the printed page is
checked as HTML.
"""

from __future__ import annotations

import os
import stat

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL
from reqkit.cli import app
from reqkit.render.browser_search import PROGRAMS, search_browser
from reqkit.render.keep_together import keep_together

runner = CliRunner()


def fake_program(folder, name):
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / name
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


@pytest.mark.skipif(os.name != "posix", reason="PATH programs need the execute bit")
def test_the_first_known_program_on_path_is_used(tmp_path):
    edge = fake_program(tmp_path / "bin", "microsoft-edge")
    found = search_browser({"PATH": str(tmp_path / "bin")}, platform="linux")
    assert found.found == str(edge)
    assert found.tried[-1] == "microsoft-edge on PATH"
    chrome = fake_program(tmp_path / "bin", "google-chrome")
    assert search_browser({"PATH": str(tmp_path / "bin")}, platform="linux").found == str(chrome)


def test_reqkit_chromium_wins_and_is_not_second_guessed(tmp_path):
    browser = tmp_path / "my browser"
    browser.write_text("", encoding="utf-8")
    env = {"PATH": "", "REQKIT_CHROMIUM": str(browser)}
    assert search_browser(env, platform="linux").found == str(browser)
    missing = search_browser({"PATH": "", "REQKIT_CHROMIUM": str(tmp_path / "nope")})
    assert missing.found is None and missing.configured == str(tmp_path / "nope")


def test_windows_install_folders_are_searched_after_path():
    env = {
        "PATH": "",
        "ProgramFiles": "C:\\Program Files",
        "ProgramFiles(x86)": "C:\\Program Files (x86)",
        "LocalAppData": "C:\\Users\\kim\\AppData\\Local",
    }
    edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"
    found = search_browser(env, platform="win32", is_file=lambda place: place == edge)
    assert found.found == edge
    assert [t for t in found.tried if "chrome.exe" in t] == [
        "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
        "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
        "C:\\Users\\kim\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe",
    ]
    assert search_browser(env, platform="win32", is_file=lambda place: False).found is None


def test_macos_applications_folders_are_searched(tmp_path):
    chromium = tmp_path / "Applications" / "Chromium.app" / "Contents" / "MacOS" / "Chromium"
    chromium.parent.mkdir(parents=True)
    chromium.write_text("", encoding="utf-8")
    found = search_browser({"PATH": "", "HOME": str(tmp_path)}, platform="darwin")
    assert found.found == str(chromium)
    assert "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" in found.tried
    assert "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge" in found.tried


def test_without_a_browser_the_error_lists_every_place_tried(tmp_path, monkeypatch):
    monkeypatch.delenv("REQKIT_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL, encoding="utf-8")
    result = runner.invoke(app, ["render", str(brief), "-o", str(tmp_path / "brief.pdf")])
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    for name in PROGRAMS:
        assert f"{name} on PATH" in message
    assert "REQKIT_CHROMIUM" in message and "Traceback" not in result.output
    assert not (tmp_path / "brief.pdf").exists()


def test_a_wrong_reqkit_chromium_is_named_in_the_error(tmp_path, monkeypatch):
    monkeypatch.setenv("REQKIT_CHROMIUM", str(tmp_path / "chrome"))
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL, encoding="utf-8")
    result = runner.invoke(app, ["render", str(brief), "-o", str(tmp_path / "brief.pdf")])
    assert result.exit_code == 2
    assert f"REQKIT_CHROMIUM is set to {tmp_path / 'chrome'}" in " ".join(result.stderr.split())


def test_dates_ids_and_amounts_are_kept_whole_in_text_only():
    html = (
        '<p title="due 2026-12-23">Due 2026-12-23 for REQ-004 and MKT-2027-001, '
        "450,000 EUR in total.</p><style>a{x:2026-12-23}</style><!-- 2026-12-23 -->"
    )
    assert keep_together(html) == (
        '<p title="due 2026-12-23">Due <span class="nb">2026-12-23</span> for '
        '<span class="nb">REQ-004</span> and <span class="nb">MKT-2027-001</span>, '
        '<span class="nb">450,000 EUR</span> in total.</p>'
        "<style>a{x:2026-12-23}</style><!-- 2026-12-23 -->"
    )
    assert keep_together("<p>A well-known T-shirt, 3 items.</p>") == (
        "<p>A well-known T-shirt, 3 items.</p>"
    )


def test_the_running_header_shows_hostile_titles_as_text(tmp_path):
    brief = tmp_path / "brief.yaml"
    hostile = 'Launch "A" \\ </style><script>alert(1)</script>'
    brief.write_text(MINIMAL.replace("Spring campaign page", repr(hostile)), encoding="utf-8")
    result = runner.invoke(app, ["render", str(brief), "-f", "html"])
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if '@top-left { content: "' in line)
    assert "<" not in header and "\\22 A\\22 " in header and "\\5c " in header
    assert result.stdout.count("<script") == 0
    assert "Draft · not approved" in result.stdout


def test_an_approved_brief_has_no_stage_mark_on_paper():
    result = runner.invoke(
        app, ["render", str(EXAMPLES / "trade-show-microsite.yaml"), "-f", "html"]
    )
    assert result.exit_code == 0, result.output
    assert "@top-right" not in result.stdout.split("</style>")[0].split("@media print")[-1]
    assert "not approved" not in result.stdout

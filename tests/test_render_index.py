"""The index of a rendered folder: its filter, and the way back to it from each brief.

The index filters its rows by text, stage and lint status with a small inline
script that the page's Content-Security-Policy allows by its hash alone; the
page fetches nothing, and without the script every brief is listed. Each
brief rendered into the folder links back to the index.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL
from reqkit.cli import app

runner = CliRunner()


def render(*args: object):
    return runner.invoke(app, ["render", *map(str, args)], env={"NO_COLOR": "1"})


class Links(HTMLParser):
    """Every src and href in a page, and the text of its inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.csp = ""

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        self.urls += [value or "" for name, value in attrs if name in ("src", "href", "action")]
        if tag == "script":
            assert "src" not in values
            self._in_script = True
            self.scripts.append("")
        if tag == "meta" and values.get("http-equiv") == "Content-Security-Policy":
            self.csp = values["content"] or ""

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def _two_briefs(folder):
    """Two small briefs, so that rendering them makes an index."""
    for number in (1, 2):
        text = MINIMAL.replace("MKT-1", f"MKT-{number}")
        (folder / f"brief{number}.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    result = render(EXAMPLES, "-f", "html", "-o", folder, "--today", "2026-05-01")
    assert result.exit_code == 0, result.output
    return folder


def test_the_index_fetches_nothing_and_links_only_to_the_briefs(site):
    page = Links()
    page.feed((site / "index.html").read_text(encoding="utf-8"))
    briefs = sorted(f"{path.stem}.html" for path in EXAMPLES.glob("*.yaml"))
    assert sorted(page.urls) == briefs


def test_the_filter_script_is_allowed_by_its_hash_and_nothing_else(site):
    page = Links()
    page.feed((site / "index.html").read_text(encoding="utf-8"))
    assert len(page.scripts) == 1
    digest = base64.b64encode(hashlib.sha256(page.scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page.csp
    assert "unsafe-inline'" not in page.csp.split("script-src", 1)[1]
    assert "default-src 'none'" in page.csp


def test_the_filter_has_labelled_controls_and_is_hidden_until_its_script_runs(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    form = re.search(r"<form[^>]*>.*?</form>", html, re.S)
    assert form and " hidden" in form.group(0).split(">", 1)[0]
    for control in ("filter-text", "filter-stage", "filter-lint"):
        assert f'<label for="{control}">' in form.group(0)
        assert f'id="{control}"' in form.group(0)
    for stage in ("draft", "handoff", "approved"):
        assert f'<option value="{stage}">' in form.group(0)


def test_rows_carry_their_stage_and_worst_finding(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    rows = re.findall(
        r'<tr data-stage="(\w+)" data-lint="(\w+)">\s*<th[^>]*><a href="([^"]+)"', html
    )
    found = {href: (stage, lint) for stage, lint, href in rows}
    assert found["weak-brief.html"] == ("handoff", "error")
    assert found["trade-show-microsite.html"] == ("approved", "clean")
    assert len(found) == len(list(EXAMPLES.glob("*.yaml")))


def test_every_brief_links_back_to_the_index(site):
    for example in EXAMPLES.glob("*.yaml"):
        html = (site / f"{example.stem}.html").read_text(encoding="utf-8")
        assert '<nav class="back" aria-label="All briefs"><a href="index.html">' in html


def test_markdown_briefs_link_back_to_their_index(tmp_path):
    result = render(_two_briefs(tmp_path), "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    brief = (tmp_path / "out" / "brief1.md").read_text(encoding="utf-8")
    assert "[← All briefs](index.md)" in brief
    assert "<script" not in (tmp_path / "out" / "index.md").read_text(encoding="utf-8")


def test_a_single_brief_has_no_link_to_an_index(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    result = render(path, "-f", "html")
    assert result.exit_code == 0, result.output
    assert 'class="back"' not in result.stdout and "<script" not in result.stdout


def test_a_user_filter_script_that_would_close_its_element_is_refused(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "index-filter.js").write_text("var x = '</script><b>';\n", encoding="utf-8")
    briefs = _two_briefs(tmp_path)
    result = render(briefs, "-f", "html", "-o", tmp_path / "out", "--template-dir", templates)
    assert result.exit_code == 2
    assert "index-filter.js" in result.output and "Traceback" not in result.output


@pytest.mark.skipif(shutil.which("reqkit") is None, reason="the reqkit script is not installed")
def test_the_installed_command_writes_the_filtered_index(tmp_path):
    finished = subprocess.run(
        ["reqkit", "render", str(_two_briefs(tmp_path)), "-f", "html", "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'id="filter"' in html and "script-src 'sha256-" in html.replace("&#39;", "'")

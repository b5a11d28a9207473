"""``reqkit preview``: the real command in a subprocess, a real HTTP client, a real browser.

The preview is a long-running process, so these tests start it as users do,
read the address it prints, and end it with Ctrl-C (SIGINT), which must stop
it cleanly with exit status 0.
"""

from __future__ import annotations

import http.client
import json
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from reqkit.cli import app
from reqkit.preview.page import CHANGES_PATH, document_page
from reqkit.render.browser import find_chromium
from test_cli import _executable
from test_render_browser import DevTools

EXAMPLE = EXAMPLES / "loyalty-app.yaml"
runner = CliRunner()


class Preview:
    """A running ``reqkit preview`` and a way to talk to it."""

    def __init__(self, brief: Path, *options: str) -> None:
        self.process = subprocess.Popen(
            [*_executable(), "preview", str(brief), *options],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
        assert found, first + self.process.stderr.read()
        self.url, self.port = found.group(0), int(found.group(1))

    def get(self, path: str = "/", host: str | None = None) -> tuple[int, dict, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": host} if host else {}
        connection.request("GET", path, headers=headers)
        answer = connection.getresponse()
        body = answer.read().decode("utf-8")
        connection.close()
        return answer.status, dict(answer.getheaders()), body

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGINT)
        out, err = self.process.communicate(timeout=20)
        return self.process.returncode, out + err


@pytest.fixture
def brief(tmp_path: Path) -> Path:
    copy = tmp_path / "brief.yaml"
    shutil.copyfile(EXAMPLE, copy)
    return copy


@pytest.fixture
def preview(brief: Path):
    running = Preview(brief, "--today", "2026-01-15")
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.communicate()


def _wait_for_version(preview: Preview, since: int) -> threading.Thread:
    """Ask, in the background, for the first version after ``since``, as the page does."""
    result: dict[str, int] = {}

    def ask() -> None:
        status, _, body = preview.get(f"{CHANGES_PATH}?since={since}")
        assert status == 200
        result["version"] = json.loads(body)["version"]

    thread = threading.Thread(target=ask)
    thread.result = result  # type: ignore[attr-defined]
    thread.start()
    return thread


def test_serves_the_rendered_document_with_its_findings(preview, brief):
    status, headers, body = preview.get("/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "Green Club loyalty app" in body
    assert 'http-equiv="Content-Security-Policy"' not in body
    nonce = re.search(r"script-src 'nonce-([^']+)'", headers["Content-Security-Policy"])
    assert nonce and f'<script nonce="{nonce.group(1)}">' in body
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    # Exactly the document `render --with-lint` makes, at the brief's own stage.
    rendered = subprocess.run(
        [
            *_executable(),
            "render",
            str(brief),
            "--format",
            "html",
            "--with-lint",
            "--today",
            "2026-01-15",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    policy = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?')
    assert policy.search(rendered)
    script = re.compile(r'<script nonce="[^"]+">.*?</script>\n', re.S)
    assert script.sub("", body) == policy.sub("", rendered)


def test_serves_nothing_else_and_only_to_its_own_name(preview):
    assert preview.get("/../../etc/passwd")[0] == 404
    assert preview.get("/brief.yaml")[0] == 404
    assert preview.get("/", host="attacker.example:80")[0] == 403
    assert preview.get("/", host=f"localhost:{preview.port}")[0] == 200
    assert urlsplit(preview.url).hostname == "127.0.0.1"


def test_a_save_reloads_and_a_broken_save_shows_why(preview, brief):
    waiting = _wait_for_version(preview, since=1)
    time.sleep(0.3)
    brief.write_text(brief.read_text(encoding="utf-8").replace("Green Club", "Blue Club"), "utf-8")
    waiting.join(timeout=20)
    assert waiting.result["version"] == 2
    assert "Blue Club" in preview.get("/")[2]

    waiting = _wait_for_version(preview, since=2)
    time.sleep(0.3)
    brief.write_text("initiative: [unclosed\n", encoding="utf-8")
    waiting.join(timeout=20)
    assert waiting.result["version"] == 3
    status, _, body = preview.get("/")
    assert status == 200
    assert "cannot be shown yet" in body and "RK001" in body and CHANGES_PATH in body

    code, said = preview.stop()
    assert code == 0, said
    assert "the brief cannot be shown" in said and "RK001" in said
    assert "Preview stopped." in said and "Traceback" not in said


def test_a_question_without_a_change_is_answered_with_the_same_version(preview):
    status, _, body = preview.get(f"{CHANGES_PATH}?since=0")
    assert status == 200 and json.loads(body) == {"version": 1}


def test_ctrl_c_stops_cleanly(preview):
    code, said = preview.stop()
    assert code == 0
    assert "Preview stopped." in said and "Traceback" not in said and "interrupted" not in said


def test_the_reload_script_sits_before_the_end_of_the_body():
    page = document_page(
        '<html><head><META HTTP-EQUIV=Content-Security-Policy content="x"></head>'
        "<body><p>a</p></body></html>",
        version=7,
    )
    text = page.body.decode()
    assert "Content-Security-Policy" not in text
    assert text.index("const since = 7;") < text.index("</body>")
    assert document_page("<p>no body tag</p>", 1).body.decode().rstrip().endswith("</script>")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["preview", "missing.yaml"], "missing.yaml: no such brief"),
        (["preview", "--port", "70000", str(EXAMPLE)], "70000 is not a port"),
    ],
)
def test_bad_requests_are_plain_errors(arguments, message):
    result = runner.invoke(app, arguments)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_port_in_use_is_a_plain_error(preview, brief):
    done = subprocess.run(
        [*_executable(), "preview", str(brief), "--port", str(preview.port)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 2
    assert f"cannot serve the preview on 127.0.0.1:{preview.port}" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_page_in_a_browser_follows_the_brief(preview, brief):
    browser = find_chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    with tempfile.TemporaryDirectory(prefix="reqkit-preview-") as scratch:
        tools = DevTools(browser, Path(scratch) / "profile")
        try:
            target = tools.call("Target.createTarget", url="about:blank")["targetId"]
            session = tools.call("Target.attachToTarget", targetId=target, flatten=True)[
                "sessionId"
            ]
            for domain in ("Page", "Runtime", "Log"):
                tools.call(f"{domain}.enable", session)

            def title() -> str:
                answer = tools.call(
                    "Runtime.evaluate", session, expression="document.title", returnByValue=True
                )
                return answer["result"]["value"]

            tools.call("Page.navigate", session, url=preview.url)
            tools.wait_for("Page.loadEventFired")
            assert "Green Club" in title()
            time.sleep(0.5)  # the page is now waiting for a change
            text = brief.read_text(encoding="utf-8")
            brief.write_text(text.replace("Green Club", "Blue Club"), encoding="utf-8")
            tools.wait_for("Page.loadEventFired")  # the page reloaded by itself
            assert "Blue Club" in title()
            errors = [
                event
                for event in tools.events
                if event.get("method") == "Runtime.exceptionThrown"
                or (
                    event.get("method") == "Log.entryAdded"
                    and event["params"]["entry"]["level"] == "error"
                )
            ]
            assert errors == []
        finally:
            tools.close()


def test_a_template_change_redraws_the_page(brief, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    override = templates / "brief.html.j2"
    footer = '{% extends "builtin/brief.html.j2" %}{% block footer %}<p>FOOTER-{}</p>{% endblock %}'
    override.write_text(footer.replace("{}", "ONE"), encoding="utf-8")
    running = Preview(brief, "--template-dir", str(templates))
    try:
        assert "FOOTER-ONE" in running.get("/")[2]
        waiting = _wait_for_version(running, since=1)
        time.sleep(0.3)
        override.write_text(footer.replace("{}", "TWO"), encoding="utf-8")
        waiting.join(timeout=20)
        assert waiting.result["version"] == 2
        assert "FOOTER-TWO" in running.get("/")[2]
    finally:
        assert running.stop()[0] == 0

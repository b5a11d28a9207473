"""Every example, rendered as HTML, checked in a real headless Chromium.

The browser is driven through its DevTools protocol over a pipe (the
``--remote-debugging-pipe`` flag: JSON messages separated by NUL bytes on file
descriptors 3 and 4), which needs nothing beyond the standard library. The
tests assert that the page loads without console errors or network requests,
that every table-of-contents link lands on an element, and that nothing is
wider than a 390 px phone screen. Screenshots (phone and laptop) and a printed
PDF land in tests/artifacts/screenshots/ for a person to look at.

Without Chromium these tests are skipped with the reason; CI installs it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT, document_view
from reqkit.loader import load_brief
from reqkit.render.browser import find_chromium, headless_command
from reqkit.render.documents import render_brief
from reqkit.render.environment import make_templates
from reqkit.render.view import build_view

ARTIFACTS = ROOT / "tests" / "artifacts" / "screenshots"
PHONE, LAPTOP = 390, 1280
TIMEOUT = 30.0
TILE = 6000


class DevTools:
    """A minimal DevTools protocol client over the browser's debugging pipe."""

    def __init__(self, browser: str, profile: Path) -> None:
        to_browser_read, self._write = os.pipe()
        self._read, from_browser_write = os.pipe()

        def wire_fds() -> None:  # runs in the child: the browser expects fds 3 and 4
            a, b = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(a, 3)
            os.dup2(b, 4)

        command = [
            *headless_command(browser, profile),
            "--remote-debugging-pipe",
            "--hide-scrollbars",
        ]
        self.process = subprocess.Popen(
            command,
            preexec_fn=wire_fds,
            close_fds=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str) -> dict[str, Any]:
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events.append(self._receive())

    def _receive(self) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._read], [], [], max(deadline - time.monotonic(), 0))
            chunk = os.read(self._read, 1 << 20) if ready else b""
            if not chunk:
                raise TimeoutError("the browser stopped answering")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError, TimeoutError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._write)
        os.close(self._read)


class Page:
    """One tab: load a file, evaluate JavaScript, take screenshots, print."""

    def __init__(self, tools: DevTools) -> None:
        self.tools = tools
        target = tools.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = tools.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            tools.call(f"{domain}.enable", self.session)

    def load(self, path: Path, width: int) -> None:
        self.tools.events.clear()
        self.tools.call(
            "Emulation.setDeviceMetricsOverride",
            self.session,
            width=width,
            height=900,
            deviceScaleFactor=1,
            mobile=width < 600,
        )
        self.tools.call("Page.navigate", self.session, url=path.as_uri())
        self.tools.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.tools.call(
            "Runtime.evaluate", self.session, expression=expression, returnByValue=True
        )
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and requests for anything but the page."""
        found = []
        for event in self.tools.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params.get('exceptionDetails')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"log: {params['entry'].get('text')}")
            elif method == "Network.requestWillBeSent" and not params["request"]["url"].startswith(
                "file:"
            ):
                found.append(f"request: {params['request']['url']}")
        return found

    def screenshot(self, stem: str) -> None:
        """The whole page, in tiles a picture viewer can show (stem-1.png, stem-2.png ...)."""
        height = self.evaluate("document.documentElement.scrollHeight")
        width = self.evaluate("document.documentElement.scrollWidth")
        for number, top in enumerate(range(0, height, TILE), 1):
            shot = self.tools.call(
                "Page.captureScreenshot",
                self.session,
                format="png",
                captureBeyondViewport=True,
                optimizeForSpeed=True,
                clip={
                    "x": 0,
                    "y": top,
                    "width": width,
                    "height": min(TILE, height - top),
                    "scale": 1,
                },
            )
            (ARTIFACTS / f"{stem}-{number}.png").write_bytes(base64.b64decode(shot["data"]))

    def print_pdf(self, target: Path) -> None:
        printed = self.tools.call(
            "Page.printToPDF", self.session, printBackground=True, preferCSSPageSize=True
        )
        target.write_bytes(base64.b64decode(printed["data"]))


@pytest.fixture(scope="module")
def page():
    browser = find_chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    with tempfile.TemporaryDirectory(prefix="reqkit-browser-") as scratch:
        tools = DevTools(browser, Path(scratch) / "profile")
        try:
            yield Page(tools)
        finally:
            tools.close()


def _render_html(example: Path, folder: Path) -> Path:
    loaded = load_brief(example)
    assert loaded.brief is not None
    html = render_brief(document_view(loaded, example.name), "html", make_templates())
    path = folder / (example.stem + ".html")
    path.write_text(html, encoding="utf-8")
    return path


TOC_TARGETS = """
[...document.querySelectorAll('nav.toc a, main a[href^="#"]')]
  .map(a => a.getAttribute('href'))
  .filter(href => !document.getElementById(decodeURIComponent(href.slice(1))))
"""


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_example_renders_cleanly_in_a_browser(example, page, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{example.stem}-*.png"):
        old.unlink()
    html = _render_html(example, tmp_path)

    page.load(html, PHONE)
    assert page.problems() == []
    assert page.evaluate("document.querySelectorAll('nav.toc a').length") >= 3
    assert page.evaluate(TOC_TARGETS) == [], "links that lead nowhere"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    page.screenshot(f"{example.stem}-phone")

    page.load(html, LAPTOP)
    assert page.problems() == []
    assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP
    page.screenshot(f"{example.stem}-laptop")
    page.print_pdf(ARTIFACTS / f"{example.stem}.pdf")
    assert (ARTIFACTS / f"{example.stem}.pdf").read_bytes().startswith(b"%PDF")


def test_hostile_text_runs_nothing_in_a_browser(page, tmp_path):
    from conftest import load
    from test_render_escaping import HOSTILE

    loaded = load(HOSTILE, "hostile.yaml")
    path = tmp_path / "hostile.html"
    path.write_text(
        render_brief(build_view(loaded.brief, "hostile.yaml"), "html", make_templates()),
        encoding="utf-8",
    )
    page.load(path, PHONE)
    assert page.problems() == []
    assert (
        page.evaluate("document.querySelectorAll('script, iframe, img, object, embed').length") == 0
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE


def test_the_checks_notice_a_page_that_misbehaves(page, tmp_path):
    path = tmp_path / "bad.html"
    path.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>bad</title></head><body>'
        '<div style="width: 900px">wide</div><img src="https://example.invalid/x.png" alt="">'
        "<script>console.error('boom')</script></body></html>",
        encoding="utf-8",
    )
    page.load(path, PHONE)
    problems = page.problems()
    assert any("boom" in p for p in problems) and any("example.invalid" in p for p in problems)
    assert page.evaluate("document.documentElement.scrollWidth") > PHONE


def test_index_page_links_to_every_brief(page, tmp_path):
    import io

    from reqkit.render.command import RenderRequest, run_render

    request = RenderRequest((str(EXAMPLES),), output_format="html", output=tmp_path, today=None)
    assert run_render(request, io.StringIO(), io.StringIO(), lint=lambda loaded, location: []) == 0
    page.load(tmp_path / "index.html", PHONE)
    assert page.problems() == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    links = page.evaluate(
        "[...document.querySelectorAll('main a')].map(a => a.getAttribute('href'))"
    )
    assert sorted(links) == sorted(f"{p.stem}.html" for p in EXAMPLES.glob("*.yaml"))
    assert all((tmp_path / link).is_file() for link in links)
    page.screenshot("index-phone")

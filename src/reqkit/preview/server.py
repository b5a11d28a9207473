"""The preview's web server: one page, and a way for it to learn it is out of date.

It listens on the loopback address only and answers two paths: the page
(``/``) and :data:`~reqkit.preview.page.CHANGES_PATH`, which holds each
request until the page changes (or a while passes), so a reload follows a
save at once without the browser asking many times a second. Requests that
name another host are refused, so that a web site cannot reach the preview
through a name of its own that points at this machine.
"""

from __future__ import annotations

import json
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from reqkit.errors import UsageError
from reqkit.preview.page import CHANGES_PATH, Page

LOOPBACK = "127.0.0.1"
#: How long a page's question "has anything changed?" is held before the answer "no".
WAIT_SECONDS = 25.0


class PageStore:
    """The current page, handed from the thread that renders to those that serve."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self._changed = threading.Condition()

    @property
    def page(self) -> Page:
        with self._changed:
            return self._page

    def replace(self, page: Page) -> None:
        with self._changed:
            self._page = page
            self._changed.notify_all()

    def wait_past(self, version: int, timeout: float) -> int:
        """The current version, once it differs from ``version`` or ``timeout`` has passed."""
        with self._changed:
            self._changed.wait_for(lambda: self._page.version != version, timeout)
            return self._page.version


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, port: int, store: PageStore) -> None:
        self.store = store
        try:
            super().__init__((LOOPBACK, port), _Handler)
        except OSError as error:
            raise UsageError(
                f"cannot serve the preview on {LOOPBACK}:{port}: {error.strerror}",
                "Choose another --port, or leave it out to take a free one.",
            ) from None

    def handle_error(self, request: object, client_address: object) -> None:
        """A tab closed mid-answer is routine; anything else gets one line, not a traceback."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            sys.stderr.write(f"reqkit: preview: {type(error).__name__}: {error}\n")

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.server_port}/"


class _Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    server_version = "reqkit-preview"
    sys_version = ""

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the terminal is for what changed in the brief, not for each request."""

    def _answer(self, send_body: bool) -> None:
        if not self._host_is_ours():
            self._send(HTTPStatus.FORBIDDEN, b"Forbidden\n", "text/plain", send_body)
            return
        address = urlsplit(self.path)
        if address.path in ("/", "/index.html"):
            page = self.server.store.page
            self._send(HTTPStatus.OK, page.body, "text/html", send_body, page.policy)
        elif address.path == CHANGES_PATH:
            since = _version(parse_qs(address.query).get("since", [""])[0])
            current = self.server.store.wait_past(since, WAIT_SECONDS)
            body = json.dumps({"version": current}).encode()
            self._send(HTTPStatus.OK, body, "application/json", send_body)
        else:
            self._send(HTTPStatus.NOT_FOUND, b"Not found\n", "text/plain", send_body)

    def _host_is_ours(self) -> bool:
        port = self.server.server_port
        return self.headers.get("Host", "") in (f"{LOOPBACK}:{port}", f"localhost:{port}")

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        kind: str,
        send_body: bool,
        policy: str = "default-src 'none'",
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", policy)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def _version(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return -1

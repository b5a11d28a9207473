"""What ``reqkit preview`` does once its options are parsed.

It renders the brief once (a brief with problems still gets a page, which
says what they are), serves it on the loopback address, and redraws it after
each save of the brief, its config file or its templates until Ctrl-C. Ctrl-C
is how a preview is meant to end, so it ends with exit status 0.
"""

from __future__ import annotations

import datetime as dt
import signal
import threading
from typing import Any, TextIO

from reqkit.errors import UsageError
from reqkit.linter import Linter, LintOptions
from reqkit.preview.rendering import PreviewRequest, render_page
from reqkit.preview.server import PageStore, PreviewServer
from reqkit.preview.watching import watch, watched_files
from reqkit.visible import visible
from reqkit.watch import Watched


def run_preview(request: PreviewRequest, port: int, open_browser: bool, stdout: TextIO) -> int:
    """Serve the brief until Ctrl-C (or SIGTERM); return the exit status."""
    watched = _watched_files(request)
    page, said = render_page(request, version=1)
    store = PageStore(page)
    server = PreviewServer(port, store)
    stop = threading.Event()
    previous = _stop_on_signals(stop)
    try:
        serving = threading.Thread(target=server.serve_forever, name="preview-server", daemon=True)
        serving.start()
        _say(stdout, f"Previewing {visible(str(request.brief))} at {server.url}")
        _say(stdout, "  The page reloads when the brief, its config or its templates change.")
        _say(stdout, "  Press Ctrl-C to stop.")
        if not page.shows_document:
            _say(stdout, said.rstrip())
        if open_browser:
            import webbrowser

            webbrowser.open(server.url)

        def redraw() -> None:
            page, said = render_page(request, version=store.page.version + 1)
            store.replace(page)
            when = dt.datetime.now().strftime("%H:%M:%S")
            if page.shows_document:
                _say(stdout, f"{when} updated")
            else:
                _say(stdout, f"{when} the brief cannot be shown:\n{said.rstrip()}")

        watcher = threading.Thread(
            target=watch, args=(watched, redraw, stop), name="preview-watch", daemon=True
        )
        watcher.start()
        while not stop.wait(0.25):
            if not watcher.is_alive():  # the watch failed; without it the preview is stale
                raise UsageError("the preview stopped watching the brief for changes")
    finally:
        _restore(previous)
        server.shutdown()
        server.server_close()
    _say(stdout, "Preview stopped.")
    return 0


def _watched_files(request: PreviewRequest) -> Watched:
    if not request.brief.is_file():
        raise UsageError(
            f"{request.brief}: no such brief",
            "Give the path of a brief file, e.g. reqkit preview examples/loyalty-app.yaml.",
        )
    linter = Linter(LintOptions(config_file=request.config, isolated=request.isolated))
    config = linter.config_for(request.brief)
    files = [request.brief] + ([config.source] if config.source else [])
    template_dir = request.template_dir or config.template_dir
    return watched_files(files, [template_dir] if template_dir else [])


def _stop_on_signals(stop: threading.Event) -> dict[int, Any]:
    def handler(signum: int, frame: Any) -> None:
        stop.set()

    previous = {}
    for number in (signal.SIGINT, signal.SIGTERM):
        previous[number] = signal.signal(number, handler)
    return previous


def _restore(previous: dict[int, Any]) -> None:
    for number, handler in previous.items():
        signal.signal(number, handler)


def _say(stdout: TextIO, text: str) -> None:
    stdout.write(text + "\n")
    stdout.flush()

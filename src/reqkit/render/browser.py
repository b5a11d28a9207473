"""Printing the HTML document to PDF with a headless Chromium, when one is installed.

reqkit does not download a browser; it uses the one on the machine (or the
one named by ``REQKIT_CHROMIUM``, see :mod:`reqkit.render.browser_search`) and
says how to install it when there is none. The browser runs offline, with a
fresh profile that is removed after.

What the PDF has beyond the HTML comes from the document itself, so that
printing the HTML from any Chromium gives the same pages: the running header
and footer ("Page N of M", the brief's id and title, the stage mark) are CSS
page-margin boxes in the print stylesheet. The browser adds the bookmarks,
one per heading, with its document-outline flag.

Why a browser and not WeasyPrint, which needs none: printed by WeasyPrint,
the same page lays out worse (the title block's grid in one column, the
timeline's SVG with solid black bars and clipped labels, RACI columns cut
off) and takes more pages (17 against 11 for the CRM example); the HTML
document is made for browsers, and the reader's own browser prints it the
same way.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from reqkit.errors import UsageError
from reqkit.fsio import GENERATED_MARK, writable_target, write_bytes_atomic
from reqkit.render.browser_search import not_found_message, search_browser

TIMEOUT_SECONDS = 120

#: Flags for a quiet, offline browser that leaves nothing behind.
HEADLESS_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)

INSTALL_HINT = (
    "PDF output prints the HTML document with Chromium. Install it (Debian or Ubuntu: "
    "apt-get install chromium; macOS: brew install --cask chromium) or set REQKIT_CHROMIUM "
    "to the browser's path. Or render --format html and print it from any browser."
)


#: Flags for the printed file: no header or footer of the browser's own (the
#: document has its own), and bookmarks from the headings.
PRINT_FLAGS = ("--no-pdf-header-footer", "--generate-pdf-document-outline")


def find_chromium() -> str | None:
    """The browser to use, or None; see :func:`reqkit.render.browser_search.search_browser`."""
    return search_browser().found


def headless_command(browser: str, profile: Path) -> list[str]:
    """The command line that starts the browser headless with a throw-away profile."""
    return [browser, *HEADLESS_FLAGS, f"--user-data-dir={profile}"]


def print_pdf(html: str, target: Path) -> None:
    """Print ``html`` to ``target``, replacing it in one step."""
    writable_target(target)  # refuse before the slow part, not after
    write_bytes_atomic(target, printed_pdf(html))


def printed_pdf(html: str) -> bytes:
    """The PDF of ``html``, marked as reqkit's; safe to call from several threads at once."""
    search = search_browser()
    browser = search.found
    if browser is None:
        raise UsageError(*not_found_message(search))
    with tempfile.TemporaryDirectory(prefix="reqkit-pdf-") as scratch:
        page = Path(scratch) / "brief.html"
        page.write_text(html, encoding="utf-8")
        printed = Path(scratch) / "brief.pdf"
        command = headless_command(browser, Path(scratch) / "profile")
        command += [*PRINT_FLAGS, f"--print-to-pdf={printed}", page.as_uri()]
        _run(command)
        data = printed.read_bytes() if printed.exists() else b""
    if not data.startswith(b"%PDF"):
        raise UsageError(f"{browser} did not produce a PDF", INSTALL_HINT)
    return mark_pdf(data)


def _run(command: list[str], purpose: str = "print the PDF") -> None:
    try:
        finished = subprocess.run(
            command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise UsageError(
            f"could not run {command[0]} to {purpose}: {error}", INSTALL_HINT
        ) from None
    if finished.returncode != 0:
        detail = finished.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise UsageError(f"{command[0]} failed to {purpose}: {' '.join(detail)}", INSTALL_HINT)


_CREATOR = re.compile(rb"/Creator \((?:[^()\\]|\\.)*\)")


def mark_pdf(data: bytes) -> bytes:
    """Put the generated-by mark in the PDF's Creator field, keeping every byte offset.

    Chromium writes the document information (title, creator) at the start of
    the file; the mark has to be there for reqkit to recognise the file as its
    own later. The new value is padded to the old length, so the file's table
    of offsets stays valid.
    """
    found = _CREATOR.search(data, 0, 4096)
    if found is None:
        return data
    replacement = b"/Creator (" + GENERATED_MARK.encode("ascii") + b")"
    old = found.group(0)
    if len(replacement) > len(old):
        return data
    return data[: found.start()] + replacement.ljust(len(old)) + data[found.end() :]


def screenshot(html: str, width: int, height: int, browser: str, scale: int = 2) -> bytes:
    """A PNG of ``html`` in a ``width`` by ``height`` window, drawn at ``scale`` (sharp in print)."""
    with tempfile.TemporaryDirectory(prefix="reqkit-picture-") as scratch:
        page = Path(scratch) / "picture.html"
        page.write_text(html, encoding="utf-8")
        shot = Path(scratch) / "picture.png"
        command = headless_command(browser, Path(scratch) / "profile")
        command += [
            "--hide-scrollbars",
            f"--force-device-scale-factor={scale}",
            f"--window-size={width},{height}",
            f"--screenshot={shot}",
            page.as_uri(),
        ]
        _run(command, "draw the picture")
        data = shot.read_bytes() if shot.exists() else b""
        if not data.startswith(b"\x89PNG"):
            raise UsageError(f"{browser} did not draw the picture", INSTALL_HINT)
        return data

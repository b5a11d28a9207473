"""Screenshots of every example and the index, at two widths and in both colour schemes.

    python bench/screenshots.py [OUTPUT_FOLDER] [--date YYYY-MM-DD] [--scale 0.5]

Renders the examples as HTML with review notes into OUTPUT_FOLDER (default
bench/results/screenshots), then has headless Chromium photograph each page
at 500 px and 1280 px wide, light and dark, in tiles a picture viewer can
show (NAME-SCHEME-WIDTH-N.png). For each page it prints the width the page
scrolls to (never more than the window) and any console error or request
for something outside the page. The browser is driven as the browser tests
drive it (tests/test_render_browser.py).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from reqkit.render.browser import find_chromium  # noqa: E402
from reqkit.render.command import RenderRequest, run_render  # noqa: E402
from test_render_browser import DevTools, Page  # noqa: E402

WIDTHS = (500, 1280)
SCHEMES = ("light", "dark")
TILE = 5000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=ROOT / "bench/results/screenshots")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2026, 12, 20))
    parser.add_argument("--scale", type=float, default=0.5, help="of the pictures (default 0.5)")
    options = parser.parse_args()
    browser = find_chromium()
    if browser is None:
        print("No Chromium found (apt-get install chromium, or set REQKIT_CHROMIUM).")
        return 2
    site = options.output / "site"
    site.mkdir(parents=True, exist_ok=True)
    request = RenderRequest(
        (str(ROOT / "examples"),),
        output_format="html",
        output=site,
        with_lint=True,
        date=options.date,
        force=True,
    )
    run_render(request, io.StringIO(), io.StringIO())
    with tempfile.TemporaryDirectory(prefix="reqkit-shots-") as scratch:
        tools = DevTools(browser, Path(scratch) / "profile")
        try:
            page = Page(tools)
            for html in sorted(site.glob("*.html")):
                for scheme in SCHEMES:
                    for width in WIDTHS:
                        _shoot(page, html, scheme, width, options)
        finally:
            tools.close()
    print(f"Pictures in {options.output}")
    return 0


def _shoot(page: Page, html: Path, scheme: str, width: int, options: argparse.Namespace) -> None:
    feature = [{"name": "prefers-color-scheme", "value": scheme}]
    page.tools.call("Emulation.setEmulatedMedia", page.session, features=feature)
    page.load(html, width)
    scrolls = page.evaluate("document.documentElement.scrollWidth")
    height = page.evaluate("document.documentElement.scrollHeight")
    problems = page.problems()
    print(f"{html.stem:24} {scheme:5} {width:5} px: scrolls to {scrolls} px, {problems or 'clean'}")
    for number, top in enumerate(range(0, height, TILE), 1):
        clip = {"x": 0, "y": top, "width": scrolls, "height": min(TILE, height - top)}
        shot = page.tools.call(
            "Page.captureScreenshot",
            page.session,
            format="png",
            captureBeyondViewport=True,
            clip={**clip, "scale": options.scale},
        )
        name = f"{html.stem}-{scheme}-{width}-{number}.png"
        (options.output / name).write_bytes(base64.b64decode(shot["data"]))


if __name__ == "__main__":
    raise SystemExit(main())

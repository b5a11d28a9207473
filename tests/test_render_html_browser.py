"""The HTML documents in a real headless Chromium: schemes, widths, filter, timeline.

Uses the DevTools client of test_render_browser.py. Checked here: the dark
scheme changes the computed colours; no page scrolls sideways at 500 px or
1280 px (wide tables and the timeline scroll inside their own box); the index
shows every column at 1280 px and its filter hides the rows that do not
match; the timeline's labels, legend and axis do not overlap as drawn.
Without Chromium these tests are skipped with the reason.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import pytest

from conftest import EXAMPLES
from reqkit.render.browser import find_chromium
from test_render_browser import DevTools, Page

WIDTHS = (500, 1280)


@pytest.fixture(scope="module")
def browser():
    found = find_chromium()
    if found is None:
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    with tempfile.TemporaryDirectory(prefix="reqkit-browser-") as scratch:
        tools = DevTools(found, Path(scratch) / "profile")
        try:
            yield Page(tools)
        finally:
            tools.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Every example and the index, with review notes and a date for today's line."""
    import datetime as dt
    import io

    from reqkit.render.command import RenderRequest, run_render

    folder = tmp_path_factory.mktemp("site")
    request = RenderRequest(
        (str(EXAMPLES),),
        output_format="html",
        output=folder,
        with_lint=True,
        date=dt.date(2026, 12, 20),
    )
    assert run_render(request, io.StringIO(), io.StringIO()) == 0
    return folder


def scheme(page: Page, name: str) -> None:
    page.tools.call(
        "Emulation.setEmulatedMedia",
        page.session,
        features=[{"name": "prefers-color-scheme", "value": name}],
    )


COLOURS = """(() => {
  const style = (el) => getComputedStyle(el);
  return [style(document.body).backgroundColor, style(document.body).color,
          style(document.querySelector('h1')).color]
})()"""


def test_the_dark_scheme_changes_the_computed_colours(browser, site):
    page = site / "crm-migration.html"
    scheme(browser, "light")
    browser.load(page, 1280)
    light = browser.evaluate(COLOURS)
    scheme(browser, "dark")
    try:
        browser.load(page, 1280)
        dark = browser.evaluate(COLOURS)
        assert browser.problems() == []
    finally:
        scheme(browser, "light")
    assert light[0] == "rgb(255, 255, 255)"
    assert all(a != b for a, b in zip(light, dark, strict=True)), (light, dark)


WIDE_BOXES = """[...document.querySelectorAll('.table-wrap, .chart')]
  .filter(box => box.scrollWidth > box.clientWidth + 1)
  .map(box => getComputedStyle(box).overflowX + ' '
    + (getComputedStyle(box).backgroundImage.includes('radial-gradient') ? 'shadow' : 'plain'))"""


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways(browser, site, width):
    wide = 0
    for path in sorted(site.glob("*.html")):
        browser.load(path, width)
        assert browser.problems() == [], path.name
        assert browser.evaluate("document.documentElement.scrollWidth") <= width, path.name
        # Whatever is wider than its box scrolls inside that box, which shows a shadow.
        boxes = browser.evaluate(WIDE_BOXES)
        assert set(boxes) <= {"auto shadow"}, path.name
        wide += len(boxes)
    if width == 500:
        assert wide > 0  # the RACI matrices do not fit a phone: the check above saw them


def test_the_index_shows_every_column_at_1280_px(browser, site):
    browser.load(site / "index.html", 1280)
    wrap = "document.querySelector('main .table-wrap')"
    assert browser.evaluate(f"{wrap}.scrollWidth <= {wrap}.clientWidth")


FILTER = """((text, stage, lint) => {
  const set = (id, value) => {
    const el = document.getElementById(id);
    el.value = value;
    el.dispatchEvent(new Event('input', {bubbles: true}));
  };
  set('filter-text', text); set('filter-stage', stage); set('filter-lint', lint);
  return [[...document.querySelectorAll('tbody tr')].filter(r => r.offsetParent !== null)
            .map(r => r.querySelector('a').getAttribute('href')).sort(),
          document.getElementById('filter-count').textContent];
})"""


@pytest.mark.parametrize("width", WIDTHS)
def test_typing_in_the_filter_hides_the_rows_that_do_not_match(browser, site, width):
    browser.load(site / "index.html", width)
    assert browser.problems() == []
    assert browser.evaluate("document.getElementById('filter').hidden") is False
    everything = sorted(f"{path.stem}.html" for path in EXAMPLES.glob("*.yaml"))
    assert browser.evaluate(f"{FILTER}('', '', '')")[0] == everything
    shown, count = browser.evaluate(f"{FILTER}('loyalty', '', '')")
    assert shown == ["loyalty-app.html"] and count == f"Showing 1 of {len(everything)} briefs."
    assert browser.evaluate(f"{FILTER}('MKT-2027', 'approved', '')")[0] == [
        "trade-show-microsite.html"
    ]
    assert browser.evaluate(f"{FILTER}('', '', 'error')")[0] == ["weak-brief.html"]
    assert browser.evaluate(f"{FILTER}('no such brief', '', '')")[0] == []


def test_without_scripts_the_index_lists_every_brief(browser, site):
    browser.tools.call("Emulation.setScriptExecutionDisabled", browser.session, value=True)
    try:
        browser.load(site / "index.html", 500)
        shown = browser.evaluate(
            "[document.getElementById('filter').hidden,"
            " [...document.querySelectorAll('tbody tr')].filter(r => r.offsetParent).length]"
        )
    finally:
        browser.tools.call("Emulation.setScriptExecutionDisabled", browser.session, value=False)
    assert shown == [True, len(list(EXAMPLES.glob("*.yaml")))]


CHART_BOXES = """((selector) => {
  const box = (el) => { const b = el.getBBox(); return [b.x, b.y, b.x + b.width, b.y + b.height]; };
  const svg = document.querySelector(selector);
  if (!svg) return null;
  const items = [...svg.querySelectorAll('g.item')].map(g => ({
    label: box(g.querySelector('text.label:not(.length)')), mark: box(g.querySelector('rect, path, circle')),
    inside: g.querySelector('text.label:not(.length)').classList.contains('inside'),
    text: g.querySelector('text.label:not(.length)').textContent}));
  const others = [...svg.querySelectorAll('.tick-label, .legend-text, .today-label')]
    .map(el => ({box: box(el), text: el.textContent}));
  return {items, others, view: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height,
          shown: svg.getBoundingClientRect().width};
})"""


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize(("width", "variant"), [(1280, "wide"), (500, "compact")])
@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_the_timeline_labels_do_not_overlap_as_drawn(browser, site, example, width, variant):
    browser.load(site / f"{example.stem}.html", width)
    chart = browser.evaluate(f"{CHART_BOXES}('#timeline .chart-{variant} svg')")
    if chart is None:
        pytest.skip(f"{example.name} has no dated timeline")
    texts = [(i["text"], i["label"]) for i in chart["items"]] + [
        (o["text"], o["box"]) for o in chart["others"]
    ]
    clashes = [(a, b) for (a, x), (b, y) in itertools.combinations(texts, 2) if _overlap(x, y)]
    assert clashes == []
    for index, item in enumerate(chart["items"]):
        for other, mark in enumerate(i["mark"] for i in chart["items"]):
            if other != index:
                assert not _overlap(item["label"], mark), (item["text"], other)
    for text, (x1, y1, x2, y2) in texts:
        assert x1 >= 0 and y1 >= 0 and x2 <= chart["view"] and y2 <= chart["height"], text
    # The chart shown fits its box: at 500 px the phone layout, not a scrolled wide one.
    assert 0 < chart["shown"] <= width

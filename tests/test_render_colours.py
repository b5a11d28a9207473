"""Colour contrast of the HTML stylesheet, in the light and the dark scheme.

Every colour in style.css is a custom property, set in ``:root`` for the light
scheme and again under ``prefers-color-scheme: dark``. The pairs below are the
text and mark colours the stylesheet puts on each background; each must reach
the WCAG 2 contrast ratio for its kind (4.5:1 for text, 3:1 for marks such as
chart shapes, bars and the coloured borders that tell priorities apart). A
colour used as ``color:`` or ``fill:`` that no pair covers fails the test, so a
new rule cannot slip in unchecked.
"""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

STYLE = ROOT / "templates" / "render" / "style.css"
TEXT, MARK = 4.5, 3.0

#: (foreground, background, minimum ratio, where the stylesheet uses the pair)
PAIRS = [
    ("ink", "paper", TEXT, "body text"),
    ("heading", "paper", TEXT, "headings"),
    ("muted", "paper", TEXT, "secondary text, captions, legends"),
    ("accent", "paper", TEXT, "links"),
    ("ink", "soft", TEXT, "contents box"),
    ("muted", "soft", TEXT, "table headers, contents title"),
    ("accent", "soft", TEXT, "links in the contents box"),
    ("ink", "amber-bg", TEXT, "changed-since-approval note"),
    ("callout-ink", "amber-bg", TEXT, "callout"),
    ("muted", "amber-bg", TEXT, "rule names in a callout"),
    ("accent", "amber-bg", TEXT, "links in a callout"),
    ("callout-ok-ink", "green-bg", TEXT, "all-clear callout"),
    ("grey", "grey-bg", TEXT, "plain badge"),
    ("red", "red-bg", TEXT, "must / error badge"),
    ("amber", "amber-bg", TEXT, "should / warning badge"),
    ("green", "green-bg", TEXT, "approved badge"),
    ("blue", "blue-bg", TEXT, "could / info badge"),
    ("on-strong", "red", TEXT, "hard-date badge"),
    ("on-strong", "amber", TEXT, "changed badge"),
    ("red", "paper", TEXT, "RACI letter A, hard-date chart label"),
    ("amber", "paper", TEXT, "RACI letter C, today's date in the chart"),
    ("blue", "paper", TEXT, "RACI letter R"),
    ("grey", "paper", TEXT, "RACI letter I, filter field borders"),
    ("on-strong", "blue", TEXT, "a label inside a phase's bar"),
    ("blue", "paper", MARK, "phase bars and milestones in the chart"),
    ("green", "paper", MARK, "quick wins in the chart"),
    ("should", "paper", MARK, "should bar and border"),
    ("wont", "paper", MARK, "won't bar and border"),
    ("should", "soft", MARK, "should segment of the priority bar"),
    ("wont", "soft", MARK, "won't segment of the priority bar"),
    ("red", "soft", MARK, "must segment of the priority bar"),
    ("blue", "soft", MARK, "could segment of the priority bar"),
]

_DECLARATION = re.compile(r"--([\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\b")


def _blocks() -> dict[str, dict[str, str]]:
    """The custom properties of each scheme, read from the stylesheet."""
    css = STYLE.read_text(encoding="utf-8")
    dark_at = css.index("prefers-color-scheme: dark")
    light = css[css.index(":root") : css.index("}", css.index(":root"))]
    dark = css[dark_at : css.index("}", css.index(":root", dark_at))]
    return {
        "light": dict(_DECLARATION.findall(light)),
        "dark": dict(_DECLARATION.findall(dark)),
    }


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)


def test_both_schemes_set_every_colour():
    schemes = _blocks()
    assert len(schemes["light"]) >= 20
    assert set(schemes["dark"]) == set(schemes["light"])
    assert schemes["dark"]["paper"] != schemes["light"]["paper"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_pair_is_readable(scheme):
    colours = _blocks()[scheme]
    failures = [
        f"{fg} on {bg} ({where}): {contrast(colours[fg], colours[bg]):.2f} < {minimum}"
        for fg, bg, minimum, where in PAIRS
        if contrast(colours[fg], colours[bg]) < minimum
    ]
    assert failures == []


def test_every_text_and_mark_colour_is_in_a_checked_pair():
    css = STYLE.read_text(encoding="utf-8")
    used = set(re.findall(r"(?<![-\w])(?:color|fill|stroke)\s*:\s*var\(--([\w-]+)\)", css))
    used |= set(re.findall(r"border-left(?:-color)?\s*:[^;}]*var\(--([\w-]+)\)", css))
    # Grid lines and separators carry no meaning; paper is the halo behind chart labels.
    decorative = {"line", "soft", "paper"}
    checked = {fg for fg, _, _, _ in PAIRS}
    assert used - checked - decorative == set()


def test_no_colour_bypasses_the_custom_properties():
    css = STYLE.read_text(encoding="utf-8")
    rules = [line for line in css.splitlines() if not line.strip().startswith("--")]
    assert [line for line in rules if re.search(r"#[0-9a-fA-F]{3,6}\b|rgb", line)] == []


def test_the_charts_own_colours_are_the_light_schemes():
    """The timeline's SVG carries colours as attributes, to stand alone outside the page."""
    from reqkit.render.timeline_chart import CHART_COLOURS

    light = _blocks()["light"]
    assert {name: light[name.replace("_", "-")] for name in CHART_COLOURS} == CHART_COLOURS

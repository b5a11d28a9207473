"""The PDF a reader gets: pages, running header and footer, bookmarks, marks, permissions.

The examples are printed once per test run by the installed ``reqkit``
executable into one folder, as a docs repository would (the browsers run
side by side), and read back with pypdf. The page limits are the counts this layout gives; the layout before
it (a forced page before each major section) printed 14 to 18 pages each.

Without Chromium these tests are skipped with the reason; CI installs it.
"""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES
from reqkit.render.browser import find_chromium

pypdf = pytest.importorskip("pypdf")

pytestmark = pytest.mark.skipif(
    find_chromium() is None, reason="Chromium is not installed (apt-get install chromium)"
)

#: Pages each example may take: what its content needs on A4 (measured), where
#: the layout with a forced page before each major section printed 16, 17, 18 and 14.
PAGE_LIMITS = {
    "crm-migration": 13,
    "loyalty-app": 12,
    "trade-show-microsite": 14,
    "weak-brief": 11,
}
TODAY = "2026-12-01"
REQKIT = Path(sys.executable).with_name("reqkit")


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    """Every example printed into one folder by the installed executable (several at once)."""
    folder = tmp_path_factory.mktemp("pdf")
    command = [str(REQKIT), "render", *(str(EXAMPLES / f"{stem}.yaml") for stem in PAGE_LIMITS)]
    command += ["-o", str(folder), "-f", "pdf", "--today", TODAY, "--isolated"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    written = [line.removeprefix("Wrote ") for line in done.stderr.splitlines()]
    expected = [str(folder / f"{stem}.pdf") for stem in PAGE_LIMITS] + [str(folder / "index.pdf")]
    assert written == expected, "each file is reported once, in order"
    return {stem: folder / f"{stem}.pdf" for stem in [*PAGE_LIMITS, "index"]}


@functools.cache
def pages_text(path: Path) -> tuple[str, ...]:
    """The text of each page, read once per file (extraction is the slow part)."""
    return tuple(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize("stem", sorted(PAGE_LIMITS))
def test_each_example_takes_no_more_pages_than_its_content_needs(printed, stem):
    pages = len(pypdf.PdfReader(printed[stem]).pages)
    assert 3 <= pages <= PAGE_LIMITS[stem], f"{stem}: {pages} pages"


@pytest.mark.parametrize("stem", ["crm-migration", "weak-brief"])
def test_every_page_is_numbered_and_names_the_brief(printed, stem):
    texts = pages_text(printed[stem])
    brief_id = {"crm-migration": "MKT-2027-001", "weak-brief": "MKT-2027-021"}[stem]
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in text, f"page {number}"
        assert brief_id in text, f"page {number} does not name the brief"


def titles(outline) -> list[str]:
    found = []
    for item in outline:
        found += titles(item) if isinstance(item, list) else [item["/Title"]]
    return found


def test_bookmarks_lead_to_the_sections_and_requirements(printed):
    reader = pypdf.PdfReader(printed["crm-migration"])
    bookmarks = titles(reader.outline)
    for heading in ("Summary and problem", "Requirements", "Budget", "Timeline", "REQ-011"):
        assert heading in bookmarks
    top = [item["/Title"] for item in reader.outline if not isinstance(item, list)]
    assert top == ["One customer database for marketing, sales and service"]
    pages = {
        reader.get_destination_page_number(b) for b in reader.outline[1] if isinstance(b, dict)
    }
    assert len(pages) > 3, "the bookmarks point at pages all through the document"
    links = [a.get_object() for a in reader.pages[0].get("/Annots") or []]
    contents = [a for a in links if a.get("/Subtype") == "/Link" and "/Dest" in a]
    assert len(contents) >= 14, "the contents list on the first page links to each section"


def test_a_brief_not_approved_is_marked_on_every_page(printed):
    for number, text in enumerate(pages_text(printed["weak-brief"]), 1):
        assert "FOR HAND-OFF · NOT APPROVED" in text, f"page {number}"


def test_an_approved_brief_carries_no_mark(printed):
    texts = pages_text(printed["trade-show-microsite"])
    assert not any("NOT APPROVED" in text for text in texts)
    assert "Page 1 of" in texts[0]
    index = pages_text(printed["index"])
    assert "Page 1 of 1" in index[0] and "NOT APPROVED" not in index[0]


_CUT = re.compile(r"(\d{4}-(\d{2}-?)?|\b[A-Z]{2,}-(\d+-)?)$")


@pytest.mark.parametrize("stem", sorted(PAGE_LIMITS))
def test_no_date_or_id_is_split_across_lines(printed, stem):
    cut = [
        line
        for text in pages_text(printed[stem])
        for line in text.splitlines()
        if _CUT.search(line.rstrip())
    ]
    assert cut == []


def test_the_pdf_gets_the_same_permissions_as_other_outputs(printed, tmp_path):
    from typer.testing import CliRunner

    from reqkit.cli import app

    markdown = tmp_path / "brief.md"
    brief = str(EXAMPLES / "weak-brief.yaml")
    result = CliRunner().invoke(app, ["render", brief, "-o", str(markdown)])
    assert result.exit_code == 0, result.output
    pdf_mode = printed["weak-brief"].stat().st_mode & 0o777
    assert pdf_mode == markdown.stat().st_mode & 0o777
    assert pdf_mode & 0o044, "readable by others, as the umask allows"

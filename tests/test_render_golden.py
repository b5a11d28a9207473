"""Golden documents: every example, and a minimal draft, in Markdown and HTML.

A change to a template or to the view shows up here as a diff to review;
``pytest --update-goldens`` rewrites the files after an intended change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import EXAMPLES, MINIMAL, ROOT, check_golden, document_view, load
from reqkit.loader import load_brief
from reqkit.render.documents import render_brief
from reqkit.render.environment import make_templates

GOLDEN = ROOT / "tests" / "golden" / "render"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture(scope="module")
def templates():
    return make_templates()


def _render(path: Path, output_format: str, templates, **options) -> str:
    loaded = load_brief(path)
    assert loaded.valid, loaded.diagnostics
    return render_brief(document_view(loaded, path.name, **options), output_format, templates)


@pytest.mark.parametrize("output_format", ["md", "html"])
@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_matches_its_golden_document(example, output_format, templates, update_goldens):
    text = _render(example, output_format, templates)
    check_golden(GOLDEN / f"{example.stem}.{output_format}", text, update_goldens)


@pytest.mark.parametrize("output_format", ["md", "html"])
def test_minimal_draft_leaves_empty_sections_out(output_format, templates, update_goldens):
    loaded = load(MINIMAL, "minimal.yaml")
    text = render_brief(document_view(loaded, "minimal.yaml"), output_format, templates)
    check_golden(GOLDEN / f"minimal.{output_format}", text, update_goldens)
    for absent in (
        "overview",
        "goals",
        "people",
        "budget",
        "timeline",
        "risks",
        "glossary",
        "traceability",
    ):
        assert f'id="{absent}"' not in text
    assert 'id="requirements"' in text and 'id="req-REQ-1"' in text


def test_the_same_brief_renders_to_the_same_bytes(templates):
    example = EXAMPLES / "trade-show-microsite.yaml"
    assert _render(example, "html", templates) == _render(example, "html", templates)
    assert _render(example, "md", templates) == _render(example, "md", templates)


def test_a_date_appears_only_when_given(templates):
    example = EXAMPLES / "crm-migration.yaml"
    plain = _render(example, "html", templates)
    dated = _render(example, "html", templates, date=dt.date(2027, 3, 3))
    assert "2027-03-03" not in plain
    assert "on 2027-03-03" in dated and 'class="today"' in dated


def test_goldens_cover_every_example():
    names = {p.name for p in GOLDEN.iterdir()}
    for example in EXAMPLE_FILES:
        assert {f"{example.stem}.md", f"{example.stem}.html"} <= names

"""Review notes show the YAML a finding quotes as code, and brief text stays text.

Linter messages and hints quote YAML between backticks, as Markdown does. In
the HTML document those spans become ``<code>`` elements; whatever the brief
itself contains, backticks and tags included, is escaped first.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from reqkit.cli import app
from reqkit.render.filters import code_spans

runner = CliRunner()

BRIEF = """\
initiative:
  id: MKT-9
  title: "Launch `page` <script>alert(1)</script>"
  owner: Dana Fischer
  stage: handoff
requirements:
  - id: REQ-1
    statement: "The page shall show `<b>fast</b>` <script>alert(2)</script> etc."
    priority: must
"""


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("Add `kind: approval` here", "Add <code>kind: approval</code> here"),
        ("`a` and `b`", "<code>a</code> and <code>b</code>"),
        ("``x`y``", "<code>x`y</code>"),
        ("a lone ` tick", "a lone ` tick"),
        ("`<script>x</script>`", "<code>&lt;script&gt;x&lt;/script&gt;</code>"),
        ('"<b>" & `&`', "&#34;&lt;b&gt;&#34; &amp; <code>&amp;</code>"),
        (None, ""),
    ],
)
def test_code_spans_escape_first(text, html):
    assert str(code_spans(text)) == html


def test_review_notes_show_code_not_backticks(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(BRIEF, encoding="utf-8")
    result = runner.invoke(
        app, ["render", str(path), "-f", "html", "--with-lint", "--today", "2026-01-05"]
    )
    assert result.exit_code == 0, result.output
    html = result.stdout
    review = html[html.index('id="review"') :]
    assert "<code>kind: approval</code>" in review
    assert "`kind: approval`" not in html
    # What the brief wrote is escaped, in the document and in the notes quoting it.
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "`&lt;b&gt;fast&lt;/b&gt;`" in html  # the brief's own backticks stay as written
    assert "Placeholder &#34;&lt;script&gt;&#34;" in review

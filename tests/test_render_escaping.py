"""Hostile text in a brief stays text: no script runs, no table or chart breaks.

Briefs are written by people, pasted from e-mails and web pages; some will
contain markup by accident and a few on purpose. Every value is escaped for
the format it lands in, and these tests feed the nastiest text we can think
of through every section.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from conftest import EXAMPLES, load
from reqkit.loader import load_brief
from reqkit.render.documents import render_brief
from reqkit.render.environment import make_templates
from reqkit.render.markdown import md_block, md_inline, mermaid_text
from reqkit.render.view import build_view

SCRIPT = "<script>alert(1)</script>"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"

HOSTILE = f"""
initiative:
  id: MKT-666
  title: "{SCRIPT} | pipes | `ticks` [link](javascript:alert(1))"
  owner: "{HOSTILE_NAME}"
  summary: |
    # Not a heading
    - not a list
    </table></div><iframe src="https://evil.example"></iframe>
    1. not numbered either
  problem: "<a href=\\"javascript:alert(1)\\">click</a> & &amp; ***bold*** ~~gone~~ $x$"
stakeholders:
  - name: "{HOSTILE_NAME}"
    side: marketing
    email: "javascript:alert(1)"
  - name: "Sam | Okafor"
    side: it
    email: "sam@example.com"
    liaison: true
goals:
  - id: G1
    statement: "Cell | breaker\\nwith a newline </td></tr><script>x()</script>"
    metrics:
      - name: "<b>bold</b> | metric"
        baseline: 1
        target: 2
        unit: "% | %"
        data_source: "[x](javascript:alert(1))"
requirements:
  - id: REQ-1
    statement: "{SCRIPT} shall not run; |pipes| and `code` and [link](javascript:alert(1))"
    priority: must
    rationale: "\\" onmouseover=\\"alert(1)"
    acceptance_criteria:
      - "</li></ul><script>alert(2)</script>"
      - "- [ ] fake task"
    goals: [G1]
    systems: ["<svg onload=alert(1)>"]
raci:
  - deliverable: "Pipe | deliverable <script>"
    responsible: ["Sam | Okafor"]
    accountable: ["{HOSTILE_NAME}"]
timeline:
  milestones:
    - name: "Launch: day #1; then\\nmore --> done ```"
      date: 2027-03-01
      kind: launch
      hard: true
      reason: "{SCRIPT}"
    - name: "section Evil"
      date: 2027-04-01
  phases:
    - name: "Phase: 1 # ; <b>"
      start: 2027-01-01
      end: 2027-02-01
budget:
  total: 100 EUR
  lines:
    - item: "Line | one <script>"
      amount: 100 EUR
      note: "`"
open_questions:
  - question: "{SCRIPT}?"
    blocking: true
risks:
  - statement: "| risk |"
    mitigation: "<style>body{{display:none}}</style>"
glossary:
  "<script>": "A | term"
next_steps:
  - action: "[click me](javascript:alert(1))"
"""


@pytest.fixture(scope="module")
def view():
    loaded = load(HOSTILE, "hostile.yaml")
    assert loaded.valid, loaded.diagnostics
    return build_view(loaded.brief, "hostile.yaml")


@pytest.fixture(scope="module")
def html(view):
    return render_brief(view, "html", make_templates())


@pytest.fixture(scope="module")
def markdown(view):
    return render_brief(view, "md", make_templates())


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_html_has_no_script_handler_or_javascript_link(html):
    parser = _Tags()
    parser.feed(html)
    names = [tag for tag, _ in parser.tags]
    for forbidden in ("script", "iframe", "img", "object", "embed", "b"):
        assert forbidden not in names
    assert names.count("style") == 1
    for tag, attrs in parser.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for link in ("href", "src", "action"):
            assert not (attrs.get(link) or "").lower().startswith("javascript:"), (tag, attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="mailto:sam@example.com"' in html


def test_html_keeps_the_structure_it_was_given(html):
    parser = _Tags()
    parser.feed(html)
    names = [tag for tag, _ in parser.tags]
    assert names.count("table") == html.count("<table")
    assert names.count("html") == 1 and names.count("body") == 1


def _tables(markdown: str) -> list[list[str]]:
    tables, current = [], []
    for line in markdown.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


def _cells(row: str) -> int:
    return len(re.findall(r"(?<!\\)\|", row)) - 1


def test_markdown_tables_keep_their_column_count(markdown):
    tables = _tables(markdown)
    assert len(tables) >= 8
    for table in tables:
        widths = {_cells(row) for row in table}
        assert len(widths) == 1, table


def test_markdown_turns_no_text_into_markup(markdown):
    body = markdown.split("\n", 1)[1]  # past the generated-by comment
    assert (
        "<script" not in body
        and "<img" not in body
        and "<iframe" not in body
        and "<style" not in body
    )
    assert not re.search(r"(?<!\\)\]\(javascript:", body)
    assert "&lt;script&gt;" in body
    for line in body.splitlines():
        assert not line.startswith(("# Not", "- not", "1. not", "- [ ]"))
    assert "\\`code\\`" in body and "\\[link\\]" in body


def test_mermaid_block_gets_plain_task_names(markdown):
    block = markdown.split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    tasks = [
        line.strip() for line in block.splitlines()[3:] if not line.strip().startswith("section ")
    ]
    assert len(tasks) == 3
    for task in tasks:
        name, _, spec = task.partition(" :")
        assert not set(name) & set(":#;`<>"), task
        assert spec.count(":") == 0 and "\n" not in task
    assert "- section Evil" in block
    assert "```" not in block


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a | b", "a \\| b"),
        ("<b>x</b> & y", "&lt;b&gt;x&lt;/b&gt; &amp; y"),
        ("line one\nline two", "line one line two"),
        ("- item", "\\- item"),
        ("2027. A year", "2027\\. A year"),
        ("version 1.0", "version 1.0"),
        ("snake_case stays", "snake_case stays"),
        ("_emphasis_", "\\_emphasis\\_"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("# title #", "\\# title \\#"),
    ],
)
def test_markdown_inline_escaping(text, expected):
    assert md_inline(text) == expected


def test_markdown_blocks_keep_paragraphs_and_line_breaks():
    assert md_block("one\ntwo\n\nthree") == "one\\\ntwo\n\nthree"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Launch: day #1; go", "Launch day 1 go"),
        ("a\nb --> c", "a b -- c"),
        ("title Sneaky", "- title Sneaky"),
        (":#;", "Item"),
    ],
)
def test_mermaid_names(text, expected):
    assert mermaid_text(text) == expected


def test_markdown_parses_to_our_structure_only(markdown):
    """Parsed as GitHub would (tables, strikethrough): links go to anchors, HTML is ours."""
    _assert_only_our_structure(markdown)


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_examples_parse_to_our_structure_only(example):
    loaded = load_brief(example)
    _assert_only_our_structure(
        render_brief(build_view(loaded.brief, example.name), "md", make_templates())
    )


def _assert_only_our_structure(markdown: str) -> None:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(markdown)
    inline = [child for token in tokens for child in (token.children or [])]
    for token in inline:
        if token.type == "link_open":
            assert token.attrs["href"].startswith("#"), token.attrs
        if token.type == "html_inline":
            assert re.fullmatch(r'<a id="[A-Za-z0-9._-]+">|</a>', token.content), token.content
        assert token.type not in ("s_open", "image"), token
    blocks = [t for t in tokens if t.type == "html_block"]
    assert len(blocks) == 1 and blocks[0].content.startswith("<!-- generated by reqkit")
    headings = [t.tag for t in tokens if t.type == "heading_open"]
    assert headings.count("h1") == 1
    assert [t for t in tokens if t.type == "tr_open"], "tables were parsed"


HOSTILE_FILE = "x--><img src=x onerror=alert(1)><!--.yaml"


@pytest.mark.parametrize("output_format", ["md", "html"])
def test_a_hostile_file_name_stays_inside_the_generated_by_comment(tmp_path, output_format):
    from markdown_it import MarkdownIt
    from typer.testing import CliRunner

    from conftest import MINIMAL
    from reqkit.cli import app

    brief = tmp_path / HOSTILE_FILE
    brief.write_text(MINIMAL, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["render", "--isolated", "-f", output_format, str(brief)], env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.output
    document = result.stdout
    html = document
    if output_format == "md":
        html = MarkdownIt("commonmark").enable(["table"]).render(document)
    parser = _Tags()
    parser.feed(html)
    assert "img" not in [tag for tag, _ in parser.tags]
    comments = re.findall(r"<!--(.*?)-->", document, flags=re.DOTALL)
    assert "generated by reqkit" in comments[0] and "x--&gt;&lt;img" in comments[0]
    assert all("<" not in text and ">" not in text for text in comments)

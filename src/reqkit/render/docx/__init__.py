"""``reqkit render --format docx``: the brief as a Word document people can forward.

The document is built from the rendered HTML document (see
:mod:`reqkit.render.docx.html_to_word`), so it has the same sections, the same
figures and the same findings. Around it come what Word readers expect: A4
pages with the brief's id and title in the header, the stage mark of a brief
not approved yet, "Page N of M" in the footer (fields Word fills in), and the
document properties (title, author = the brief's owner, subject, keywords).

python-docx (and lxml under it) is imported only here, when a Word document
is asked for. The timeline chart becomes a picture drawn by the same headless
browser as the PDF, when one is installed; without one, the document says so
where the chart would be, and the table of dates beside it is complete anyway.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reqkit.fsio import GENERATED_MARK

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from reqkit.render.view import BriefView

#: How a Word document says it was written by reqkit (its "last modified by"
#: property; Word puts a person's name there when someone saves it).
WORD_MARK = GENERATED_MARK

#: What XML cannot hold even escaped, once control characters are written out.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_VIEWBOX = re.compile(r"^\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*$")
_STYLESHEET = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def word_document(
    html: str,
    *,
    title: str,
    author: str,
    subject: str,
    keywords: Sequence[str],
    header: str,
    mark: str | None,
    footer_note: str | None = None,
    comments: str = "",
) -> bytes:
    """The Word document for a rendered HTML page, as the bytes of a .docx file.

    Control characters in the brief's text (which XML cannot hold) are written
    out as escapes such as ``\\x1b``, as in every report reqkit prints.
    """
    import docx
    import lxml.html
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    from reqkit.render.docx import word_parts as parts
    from reqkit.render.docx.html_to_word import WordWriter

    html, title, author, subject, header = map(_xml_safe, (html, title, author, subject, header))
    keywords = [_xml_safe(k) for k in keywords]
    comments = _xml_safe(comments)
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10)

    top = section.header.paragraphs[0]
    parts.small(top.add_run(header), 8)
    if mark:
        top.add_run("    ")
        stage = parts.small(top.add_run(mark.upper()), 8, RGBColor(0xA3, 0x21, 0x1B))
        stage.bold = True
    bottom = section.footer.paragraphs[0]
    bottom.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_note:
        parts.small(bottom.add_run(f"{footer_note} · "), 8)
    parts.small(bottom.add_run("Page "), 8)
    parts.small(parts.add_field(bottom, "PAGE"), 8)
    parts.small(bottom.add_run(" of "), 8)
    parts.small(parts.add_field(bottom, "NUMPAGES"), 8)

    page = lxml.html.document_fromstring(html)
    stylesheet = "\n".join(_STYLESHEET.findall(html))
    body = page.find("body")
    WordWriter(document, lambda svg: _picture(svg, stylesheet)).write(
        body if body is not None else page
    )

    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.subject = subject
    properties.keywords = ", ".join(k for k in keywords if k)
    properties.comments = comments
    properties.last_modified_by = WORD_MARK
    properties.category = "Requirements brief"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xml_safe(text: str) -> str:
    from reqkit.visible import visible

    return _NOT_XML.sub("\ufffd", visible(text, keep_line_breaks=True))


def _picture(svg: HtmlElement, stylesheet: str) -> tuple[bytes | None, str]:
    """The chart drawn by the headless browser, or why it could not be drawn."""
    import lxml.html

    from reqkit.errors import UsageError
    from reqkit.render.browser import screenshot
    from reqkit.render.browser_search import search_browser

    browser = search_browser().found
    if browser is None:
        return None, (
            "no Chromium, Chrome or Edge browser was found to draw it (set REQKIT_CHROMIUM "
            "to include it). The table lists every date."
        )
    width, height = _size(svg)
    markup = lxml.html.tostring(svg, encoding="unicode", with_tail=False)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{stylesheet}\n'
        "html, body { margin: 0; background: #fff; } .chart { border: 0; padding: 0; }"
        ".chart svg { width: 100%; min-width: 0; }</style></head>"
        f'<body><figure class="chart" style="margin:0">{markup}</figure></body></html>'
    )
    try:
        return screenshot(page, width, height, browser), ""
    except UsageError as error:
        return None, f"{error.message}. The table lists every date."


def _size(svg: HtmlElement) -> tuple[int, int]:
    """The window for the chart: its drawing size at 720 px wide, as on a laptop."""
    found = _VIEWBOX.match(svg.get("viewBox") or svg.get("viewbox") or "")
    if found:
        view_width, view_height = float(found.group(1)), float(found.group(2))
    else:
        view_width = float(svg.get("width") or 720)
        view_height = float(svg.get("height") or 360)
    width = 720
    return width, max(round(width * view_height / max(view_width, 1)) + 2, 40)


def brief_word_document(view: BriefView, html: str) -> bytes:
    """The Word document of one brief, from its rendered HTML and its view."""
    from reqkit.render.documents import mark_for
    from reqkit.render.filters import GLOBALS

    initiative = view.brief.initiative
    stage = GLOBALS["stage_labels"][initiative.stage]
    return word_document(
        html,
        title=initiative.title,
        author=initiative.owner,
        subject=f"Requirements brief {initiative.id}",
        keywords=(initiative.id, initiative.kind or "", stage, "requirements brief"),
        header=f"{initiative.id} · {initiative.title}",
        mark=GLOBALS["stage_marks"].get(initiative.stage),
        footer_note=f"Version {initiative.version}" if initiative.version else None,
        comments=mark_for(view.source_name),
    )


def index_word_document(html: str) -> bytes:
    """The Word document that lists the briefs rendered into one folder."""
    from reqkit.render.documents import mark_for

    return word_document(
        html,
        title="Requirements briefs",
        author="reqkit",
        subject="Index of requirements briefs",
        keywords=("requirements briefs", "index"),
        header="Requirements briefs",
        mark=None,
        comments=mark_for("several briefs"),
    )

"""Writing the rendered HTML document into a Word document, element by element.

The Word document is the HTML document in Word's terms, not a second
rendering of the brief: the templates (built-in or a house style) decide what
is shown, the view behind them holds every figure, and the linter's findings
are the ones the HTML shows. Only the mapping is done here: headings become
Word headings (so the navigation pane lists sections and requirements), tables
become Word tables whose header row repeats on every page, badges become
coloured runs, term lists become two-column tables, a chart becomes a picture.
Elements the HTML hides from assistive technology (the MoSCoW bar) and the
in-page contents (Word has its navigation pane) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from docx.shared import Cm, Pt, RGBColor
from lxml.html import HtmlElement

from reqkit.render.docx import word_parts as parts
from reqkit.render.docx.word_tables import TableWriter
from reqkit.render.keep_together import TOKEN

#: Returns a PNG of an <svg> element, or None with the reason it could not be drawn.
Picture = Callable[[HtmlElement], tuple[bytes | None, str]]

_INLINE = frozenset(
    {"a", "abbr", "b", "br", "code", "em", "i", "small", "span", "strong", "sub", "sup", "time"}
)
_SKIPPED = frozenset({"head", "nav", "script", "style", "template", "title"})
#: Classes of what the page shows only on some screens: the phone-sized copy of the
#: timeline chart (the full one is kept), the index's filter, the link back to it.
_SCREEN_ONLY = frozenset({"chart-compact", "filter", "back", "screen-only"})
_HEADING_LEVELS = {"h1": 0, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 4}
_PICTURE_WIDTH = Cm(16.5)
_SPACE = re.compile(r"[ \t\r\n\f]+")  # HTML's white space; a no-break space stays


def _trim(paragraph: Any) -> None:
    """No white space at the start or end of a paragraph, as a browser shows it."""
    runs = [run for run in paragraph.runs if run.text]
    if runs:
        runs[0].text = runs[0].text.lstrip(" ")
        runs[-1].text = runs[-1].text.rstrip(" ")


class WordWriter(TableWriter):
    """Adds the blocks of an HTML element to a python-docx document or table cell."""

    def __init__(self, document: Any, picture: Picture) -> None:
        self.document = document
        self.picture = picture

    def write(self, element: HtmlElement, into: Any = None) -> None:
        """Every child of ``element``, as paragraphs, headings, tables and pictures."""
        into = self.document if into is None else into
        pending: list[Any] = []  # text and inline elements that make one paragraph
        if element.text:
            pending.append(element.text)
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _INLINE:
                self._flush(pending, into)
                self.block(child, into)
            elif isinstance(child.tag, str):
                pending.append(child)
            if child.tail:
                pending.append(child.tail)
        self._flush(pending, into)

    def block(self, element: HtmlElement, into: Any) -> None:
        tag = element.tag
        classes = element.classes
        if tag in _SKIPPED or element.get("aria-hidden") == "true" or _SCREEN_ONLY & set(classes):
            return
        if tag in _HEADING_LEVELS:
            self.heading(element, _HEADING_LEVELS[tag])
        elif tag == "p":
            self.inline(self.paragraph(into), element)
        elif tag in ("ul", "ol"):
            self.items(element, into, "notes" in classes)
        elif tag == "table":
            self.table(element, into)
        elif tag == "dl":
            self.terms(element, into) if "terms" in classes else self.pairs(element, into)
        elif tag == "svg":
            self.svg(element, into)
        elif tag == "figcaption":
            self.inline(self.paragraph(into, "Caption"), element)
        elif tag == "header" and element.getparent().tag == "article":
            self.heading(element, 3)
        else:
            self.write(element, into)

    def heading(self, element: HtmlElement, level: int) -> None:
        paragraph = self.document.add_heading("", level=level)
        self.inline(paragraph, element, heading=True)

    def paragraph(self, into: Any, style: str | None = None) -> Any:
        """A new paragraph; a table cell's own empty first paragraph is used first."""
        cells_first = getattr(into, "paragraphs", None)
        if into is not self.document and cells_first and len(cells_first) == 1:
            first = cells_first[0]
            if not first.text and not first.runs:
                if style:
                    first.style = style
                return first
        return into.add_paragraph(style=style)

    def _flush(self, pending: list[Any], into: Any) -> None:
        """The text and inline elements gathered so far, as one paragraph (none if blank)."""
        if not any(not isinstance(piece, str) or piece.strip() for piece in pending):
            pending.clear()
            return
        paragraph = self.paragraph(into)
        for piece in pending:
            if isinstance(piece, str):
                self._text(paragraph, piece, {})
            else:
                self.inline_element(paragraph, piece, {})
        _trim(paragraph)
        pending.clear()

    def inline(self, paragraph: Any, element: HtmlElement, heading: bool = False) -> None:
        """The text of ``element`` and its inline children, with their emphasis."""
        self._inline(paragraph, element, heading)
        _trim(paragraph)

    def _inline(self, paragraph: Any, element: HtmlElement, heading: bool) -> None:
        if element.text:
            self._text(paragraph, element.text, {})
        for child in element:
            if isinstance(child.tag, str):
                if heading and child.tag in _HEADING_LEVELS:
                    self._inline(paragraph, child, heading)
                elif child.tag in _INLINE or heading:
                    self.inline_element(paragraph, child, {})
                elif child.tag in ("ul", "ol", "div", "p", "li") and paragraph.text.strip():
                    paragraph.add_run().add_break()
                    self._inline(paragraph, child, heading)
                else:
                    self._inline(paragraph, child, heading)
            if child.tail:
                self._text(paragraph, child.tail, {})

    def inline_element(self, paragraph: Any, element: HtmlElement, style: dict[str, Any]) -> None:
        tag, classes = element.tag, element.classes
        if tag == "br":
            paragraph.add_run().add_break()
            return
        style = dict(style)
        if tag in ("strong", "b", "th"):
            style["bold"] = True
        elif tag in ("em", "i"):
            style["italic"] = True
        elif tag == "code":
            style["font"] = "Consolas"
        if "badge" in classes:
            self._badge(paragraph, element.text_content(), list(classes))
            return
        href = element.get("href") or "" if tag == "a" else ""
        if href and not href.startswith("#"):
            parts.add_hyperlink(paragraph, href, _SPACE.sub(" ", element.text_content()))
            return
        if "muted" in classes:
            style["colour"] = parts.MUTED
        if element.text:
            self._text(paragraph, element.text, style)
        for child in element:
            if isinstance(child.tag, str):
                self.inline_element(paragraph, child, style)
            if child.tail:
                self._text(paragraph, child.tail, style)

    def _text(self, paragraph: Any, text: str, style: dict[str, Any]) -> None:
        text = _SPACE.sub(" ", text)
        if not text or (text == " " and (not paragraph.text or paragraph.text.endswith(" "))):
            return
        position = 0
        for token in TOKEN.finditer(text):  # dates, ids, amounts: never broken in a line
            self._run(paragraph, text[position : token.start()], style)
            parts.unbreakable(self._run(paragraph, "", style), token.group(0))
            position = token.end()
        self._run(paragraph, text[position:], style)

    def _run(self, paragraph: Any, text: str, style: dict[str, Any]) -> Any:
        run = paragraph.add_run(text)
        run.bold = style.get("bold")
        run.italic = style.get("italic")
        if "font" in style:
            run.font.name = style["font"]
        if "colour" in style:
            run.font.color.rgb = style["colour"]
        return run

    def _badge(self, paragraph: Any, text: str, classes: list[str]) -> None:
        ink, fill = parts.badge_colours(classes)
        if paragraph.runs and not paragraph.text.endswith(" "):
            paragraph.add_run(" ")
        run = paragraph.add_run(f"\u00a0{text.strip()}\u00a0")
        run.bold = True
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor.from_string(ink)
        parts.shade_run(run, fill)
        paragraph.add_run(" ")

    def items(self, element: HtmlElement, into: Any, notes: bool) -> None:
        numbered = element.tag == "ol"
        style = "List Number" if numbered else "List Bullet"
        for item in element.iterchildren("li"):
            paragraph = self.paragraph(into, None if notes else style)
            self.inline(paragraph, item)

    def terms(self, element: HtmlElement, into: Any) -> None:
        """A glossary: each term in bold, its meaning beneath."""
        for child in element:
            if child.tag == "dt":
                self.paragraph(into).add_run(child.text_content().strip()).bold = True
            elif child.tag == "dd":
                self.inline(self.paragraph(into), child)
            elif child.tag == "div":
                self.terms(child, into)

    def svg(self, element: HtmlElement, into: Any) -> None:
        png, reason = self.picture(element)
        if png is None:
            note = self.paragraph(into)
            parts.small(note.add_run(f"The chart is not included: {reason}"), 9)
            return
        import io

        self.paragraph(into).add_run().add_picture(io.BytesIO(png), width=_PICTURE_WIDTH)

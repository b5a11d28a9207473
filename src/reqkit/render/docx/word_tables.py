"""HTML tables and term lists as Word tables, for :class:`~reqkit.render.docx.html_to_word.WordWriter`.

A table keeps its header row on every page and never splits a row; its
columns share the page width by how much text they hold, so a column of
dates is not squeezed to one digit a line while a column of notes idles.
"""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from lxml.html import HtmlElement

from reqkit.render.docx import word_parts as parts


class TableWriter:
    """The table half of the HTML-to-Word writer; ``write`` comes from the writer."""

    def write(self, element: HtmlElement, into: Any = None) -> None:  # pragma: no cover
        raise NotImplementedError

    def table(self, element: HtmlElement, into: Any) -> None:
        head = [row for section in element.iterchildren("thead") for row in section.iter("tr")]
        body = [
            row
            for section in element.iterchildren("tbody", "tfoot")
            for row in section.iterchildren("tr")
        ]
        body += list(element.iterchildren("tr"))
        rows = head + body
        columns = max((len(row.xpath("./th|./td")) for row in rows), default=0)
        if not columns:
            return
        table = into.add_table(rows=len(rows), cols=columns)
        parts.grid_table(table)
        for index, row in enumerate(rows):
            word_row = table.rows[index]
            parts.keep_row_whole(word_row)
            is_head = index < len(head)
            if is_head:
                parts.repeat_as_header(word_row)
            for cell, html_cell in zip(word_row.cells, row.xpath("./th|./td"), strict=False):
                self.cell(cell, html_cell, is_head, "total" in row.classes)
        parts.share_width(table, _column_weights(rows, columns))

    def cell(self, cell: Any, element: HtmlElement, head: bool, total: bool) -> None:
        self.write(element, cell)
        for paragraph in cell.paragraphs:
            if "num" in element.classes:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in paragraph.runs:
                run.font.size = Pt(8.5 if head else 9)
                if head or total:
                    run.bold = True
        if head:
            parts.shade_cell(cell, parts.HEADER_FILL)

    def pairs(self, element: HtmlElement, into: Any) -> None:
        """A term list (the title block's facts, a requirement's details) as a two-column table."""
        terms = element.xpath("./dt|./div/dt")
        if not terms:
            return
        table = into.add_table(rows=len(terms), cols=2)
        table.autofit = False
        for row, term in zip(table.rows, terms, strict=True):
            label = row.cells[0].paragraphs[0]
            parts.small(label.add_run(term.text_content().strip()), 9)
            definition = term.getnext()
            while definition is not None and definition.tag == "dd":
                self.write(definition, row.cells[1])
                definition = definition.getnext()
        parts.share_width(table, [1, 3])


def _column_weights(rows: list[HtmlElement], columns: int) -> list[int]:
    """How wide each column wants to be: its longest word, and its longest text up to a point."""
    weights = [6] * columns
    for row in rows:
        for index, cell in enumerate(row.xpath("./th|./td")[:columns]):
            text = cell.text_content()
            longest_word = max((len(word) for word in text.split()), default=0)
            weights[index] = max(weights[index], longest_word + 1, min(len(text.strip()) // 3, 30))
    return weights

"""The pieces of WordprocessingML that python-docx has no call for.

Fields (page numbers), a table row that repeats on every page, shading of a
run or a cell, a row that does not split: each is a few XML elements, added
here in one place so that the rest of the Word writer reads as plain steps.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

INK = RGBColor(0x1B, 0x24, 0x30)
MUTED = RGBColor(0x4F, 0x5B, 0x69)
HEADER_FILL = "F4F6F9"

#: Text and background colours of the badges, as the HTML stylesheet has them.
BADGE_COLOURS = {
    "red": ("A3211B", "FDECEB"),
    "amber": ("8A4B00", "FFF3DC"),
    "green": ("1D6B3A", "E4F5EA"),
    "blue": ("1D4BA8", "E6EEFF"),
    "grey": ("4A5361", "ECEFF3"),
    "hard": ("FFFFFF", "A3211B"),
    "changed": ("FFFFFF", "8A4B00"),
}
_BADGE_TONE = {
    **dict.fromkeys(("red", "must", "error", "high", "rejected", "blocking"), "red"),
    **dict.fromkeys(("amber", "should", "warning", "medium", "draft", "pending"), "amber"),
    **dict.fromkeys(("green", "approved", "low", "selected", "done"), "green"),
    **dict.fromkeys(("blue", "could", "handoff", "info", "shortlisted"), "blue"),
    "hard": "hard",
    "changed": "changed",
}


def badge_colours(classes: list[str]) -> tuple[str, str]:
    """The text and background colour for a badge with these HTML classes."""
    tone = next((_BADGE_TONE[c] for c in classes if c in _BADGE_TONE), "grey")
    return BADGE_COLOURS[tone]


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> Run:
    """A field such as PAGE or NUMPAGES, which Word and LibreOffice fill in."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = placeholder
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, code, separate, shown, end):
        run._r.append(element)
    return run


def shade_run(run: Run, fill: str) -> None:
    """A background colour behind a run of text (a badge)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    run._r.get_or_add_rPr().append(shading)


def shade_cell(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def repeat_as_header(row: _Row) -> None:
    """Mark a row as the table's header: Word repeats it at the top of every page."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def keep_row_whole(row: _Row) -> None:
    """A row is not split across two pages."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))


def small(run: Run, size: float = 8.5, colour: RGBColor | None = MUTED) -> Run:
    run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour
    return run


def grid_table(table: Table) -> None:
    """The full width of the page, light borders on every cell, as the HTML tables have them."""
    properties = table._tbl.tblPr
    for old in properties.findall(qn("w:tblW")):
        properties.remove(old)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), "5000")
    width.set(qn("w:type"), "pct")
    properties.append(width)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:color"), "D8DEE6")
        borders.append(line)
    table._tbl.tblPr.append(borders)


#: The width of the text on an A4 page with 2 cm margins, in twentieths of a point.
TEXT_WIDTH = 9638


def share_width(table: Table, weights: list[int]) -> None:
    """Give each column a share of the page width in proportion to its weight."""
    total = sum(weights) or 1
    widths = [max(int(TEXT_WIDTH * weight / total), 600) for weight in weights]
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
        column.set(qn("w:w"), str(width))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = Twips(width)


def unbreakable(run: Run, text: str) -> None:
    """``text`` in ``run`` with non-breaking hyphens and spaces: kept on one line."""
    for index, piece in enumerate(text.replace(" ", "\u00a0").split("-")):
        if index:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        if piece:
            element = OxmlElement("w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = piece
            run._r.append(element)


def add_hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """A link to another file or a web page, underlined in the accent colour."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "1F4FBF")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    properties.append(colour)
    properties.append(underline)
    shown = OxmlElement("w:t")
    shown.set(qn("xml:space"), "preserve")
    shown.text = text
    run.append(properties)
    run.append(shown)
    link.append(run)
    paragraph._p.append(link)

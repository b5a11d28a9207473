"""Keeping text in a CSV file from being run as a spreadsheet formula (CSV injection).

Excel, LibreOffice and Google Sheets treat a cell that starts with ``=``,
``+``, ``-`` or ``@`` as a formula, and a tab or carriage return at the start
can hide such a character; a formula can fetch web addresses or run
commands. reqkit follows the OWASP convention: such a cell is written with a
leading apostrophe (``'=HYPERLINK(...)``), which spreadsheets read as "this
is text". The apostrophe is part of the file; :func:`unguard` removes it for
tools that read the file back.
"""

from __future__ import annotations

#: The characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def guard(text: str) -> str:
    """``text`` as a cell a spreadsheet shows as text, never runs."""
    return GUARD + text if text.startswith(FORMULA_STARTS) else text


def unguard(text: str) -> str:
    """The text :func:`guard` was given."""
    if text.startswith(GUARD) and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text

"""Every table of the HTML document adapts to a phone, the waivers table included.

On a narrow screen a table with class "stack" becomes a list of small cards,
each value with its column name from ``data-label``; the others (the RACI
matrix) scroll inside their own box. A table in neither group would squeeze
its columns or push the page wider.
"""

from __future__ import annotations

import re

from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app

WAIVED = MINIMAL.replace(
    "    priority: must\n",
    "    priority: must\n"
    "    waivers:\n"
    "      - rule: vague-term\n"
    "        reason: The event name is a trademark and cannot change.\n",
)


def test_the_waivers_table_stacks_on_a_phone(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(WAIVED, encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(path), "-f", "html"])
    assert result.exit_code == 0, result.output
    section = result.stdout[result.stdout.index('id="waivers"') :]
    table = re.search(r"<table[^>]*>.*?</table>", section, re.S).group(0)
    assert table.startswith('<table class="stack">')
    cells = re.findall(r"<td([^>]*)>", table)
    assert cells and all("data-label=" in cell for cell in cells)
    assert 'data-label="Reason">The event name is a trademark' in table

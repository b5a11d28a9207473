"""What the import writes, and the lists it reads from cells, come back as the same values."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from reqkit.export.xlsx_lines import cell_lines, lines_cell
from reqkit.importing.yaml_text import ordered, yaml_text
from reqkit.loader import load_text

# Text as cells hold it: any character but the ones a workbook cannot keep
# (surrogates) and NUL, which a YAML file cannot carry.
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))


def read_back(data: dict) -> object:
    text = yaml_text(data, "# header\n---\n")
    loaded = load_text(text)
    return loaded.data


@settings(max_examples=150, deadline=None)
@given(title=TEXT, criteria=st.lists(TEXT, max_size=4), term=TEXT, meaning=TEXT)
def test_any_text_reads_back_exactly(title, criteria, term, meaning):
    data = {
        "initiative": {"id": "X-1", "title": title, "owner": "O"},
        "requirements": [
            {"id": "R1", "statement": title, "priority": "must", "acceptance_criteria": criteria}
        ],
        "glossary": {term: meaning},
    }
    assert read_back(data) == ordered(data)


def test_values_that_look_typed_stay_text_and_typed_values_stay_typed():
    data = {
        "initiative": {"id": "007", "title": "2027-03-01", "owner": "yes", "version": "1.10"},
        "goals": [
            {
                "id": "G1",
                "statement": "~",
                "metrics": [
                    {"name": "0x1F", "baseline": 3, "target": 0.5, "by": dt.date(2027, 1, 2)}
                ],
            }
        ],
        "requirements": [
            {"id": "R1", "statement": "null", "priority": "must", "estimate_days": 1.25}
        ],
    }
    text = yaml_text(data, "")
    assert 'id: "007"' in text and 'version: "1.10"' in text and 'owner: "yes"' in text
    assert "baseline: 3\n" in text and "target: 0.5\n" in text and "by: 2027-01-02\n" in text
    assert read_back(data) == ordered(data)


def test_text_with_line_breaks_is_a_literal_block_and_sections_are_spaced():
    data = {
        "initiative": {"id": "X", "title": "T", "owner": "O", "problem": "One.\nTwo.\n"},
        "requirements": [{"id": "R1", "statement": "a\nb", "priority": "must"}],
    }
    text = yaml_text(data, "")
    assert "  problem: |\n    One.\n    Two.\n" in text
    assert "    statement: |-\n      a\n      b\n" in text
    assert "\n\nrequirements:\n" in text
    assert read_back(data) == ordered(data)


@settings(max_examples=150, deadline=None)
@given(items=st.lists(TEXT.filter(lambda text: "\r" not in text), max_size=5))
def test_any_list_of_texts_comes_back_from_its_cell(items):
    # A carriage return in a list item is not kept: cells from Windows end lines with
    # CR LF, and an item ending in CR before the next item's line break reads as one.
    assert cell_lines(lines_cell(items)) == items

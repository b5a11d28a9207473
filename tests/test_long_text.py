"""Long statements full of findings: every finding points at the words it names.

How fast this is, is measured by bench/bench_long_statement.py; these tests
check that pairing a value's words with the source, done once per value,
points at the right characters in plain, quoted, folded and block scalars.
"""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app

SENTENCES = (
    "The booking form should be user-friendly if possible.",
    "It shall show recipes, videos etc. as appropriate.",
    "The best page shall send the voucher by e-mail/SMS.",
    "The app may be faster and easier for many visitors.",
)


def lint_json(tmp_path, text: str) -> tuple[list[str], list[dict]]:
    path = tmp_path / "brief.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", "--isolated", "-f", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return text.splitlines(), json.loads(result.stdout)["diagnostics"]


def quoted_term(message: str) -> str | None:
    found = re.match(r'[^"]*"([^"]+)"', message)
    return found.group(1) if found else None


def pointed_at(lines: list[str], diagnostic: dict) -> str:
    if diagnostic["line"] != diagnostic["end_line"]:
        first = lines[diagnostic["line"] - 1][diagnostic["column"] - 1 :]
        last = lines[diagnostic["end_line"] - 1][: diagnostic["end_column"] - 1]
        return f"{first} {last.strip()}"
    return lines[diagnostic["line"] - 1][diagnostic["column"] - 1 : diagnostic["end_column"] - 1]


def statement_in(style: str, sentences: list[str]) -> str:
    text = " ".join(sentences)
    if style == "plain":
        return f"statement: {text}"
    if style == "double":
        return f'statement: "{text}"'
    if style == "folded":
        return "statement: >\n" + "\n".join(f"      {s}" for s in sentences)
    return "statement:\n" + "\n".join(f"      {s}" for s in sentences)  # plain, over lines


@pytest.mark.parametrize("style", ["plain", "double", "folded", "multiline"])
def test_every_word_finding_points_at_the_term_it_names(tmp_path, style):
    sentences = [SENTENCES[i % len(SENTENCES)] for i in range(120)]
    brief = MINIMAL.replace(
        "statement: The page shall show the event date.", statement_in(style, sentences)
    )
    lines, diagnostics = lint_json(tmp_path, brief)
    checked = 0
    for diagnostic in diagnostics:
        term = quoted_term(diagnostic["message"])
        if diagnostic["path"] != "requirements[0].statement" or not term:
            continue
        if diagnostic["name"] in ("compound-requirement", "passive-without-actor"):
            continue  # these quote a phrase rebuilt from the sentence
        assert pointed_at(lines, diagnostic).lower() == term.lower(), diagnostic
        checked += 1
    assert checked > 300  # a hundred and twenty sentences, several findings each


def test_words_next_to_escape_sequences_are_still_found_in_the_source(tmp_path):
    brief = MINIMAL.replace(
        "statement: The page shall show the event date.",
        'statement: "The \\x66orm should\\nbe user-friendly."',
    )
    lines, diagnostics = lint_json(tmp_path, brief)
    vague = next(d for d in diagnostics if d["name"] == "vague-term")
    assert pointed_at(lines, vague) == "user-friendly"
    weak = next(d for d in diagnostics if d["name"] == "weak-modal")
    assert pointed_at(lines, weak) == "should"  # written glued to an escape: "should\\nbe"


def test_a_word_only_an_escape_spells_points_at_the_whole_statement(tmp_path):
    brief = MINIMAL.replace(
        "statement: The page shall show the event date.",
        'statement: "The form \\x73hould be fine."',
    )
    _, diagnostics = lint_json(tmp_path, brief)
    weak = next(d for d in diagnostics if d["name"] == "weak-modal")
    assert (weak["line"], weak["column"]) == (7, 16)  # the opening quote of the value

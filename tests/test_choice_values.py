"""Choice fields (priority, side, stage, ...) all read their values the same way.

A value is matched exactly, as the JSON Schema that editors use says; a value
that differs only in letter case gets an error whose suggestion is spelt as
the schema wants it, and a suggestion never says the opposite of what was
written.
"""

from __future__ import annotations

import json
import types
import typing
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL
from reqkit.cli import app
from reqkit.loader import load_text
from reqkit.model import Brief
from reqkit.model.walk import reachable_models
from reqkit.partial import cut_for
from reqkit.positions import dotted
from reqkit.suggest import closest, is_opposite

runner = CliRunner()

WITH_CHANGE = (
    MINIMAL
    + """\
changes:
  - date: 2027-01-10
    summary: Budget raised for the second landing page
    sections: [budget]
"""
)


def choices_of(annotation: Any) -> tuple[str, ...]:
    """The values a choice field takes (through ``| None`` and ``list[...]``), or ()."""
    if get_origin(annotation) is Literal:
        return get_args(annotation)
    if get_origin(annotation) in (typing.Union, types.UnionType, list):
        for arg in get_args(annotation):
            if found := choices_of(arg):
                return found
    return ()


CHOICE_FIELDS = sorted(
    (model.__name__, name)
    for model in reachable_models(Brief)
    for name, info in model.model_fields.items()
    if choices_of(info.annotation)
)


def _choice_values(value: Any, path: tuple, found: dict) -> None:
    if isinstance(value, BaseModel):
        for name in value.model_fields_set:
            item = getattr(value, name)
            if choices_of(type(value).model_fields[name].annotation):
                where = (*path, name, 0) if isinstance(item, (list, tuple)) else (*path, name)
                if item:
                    found.setdefault((type(value).__name__, name), where)
            else:
                _choice_values(item, (*path, name), found)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _choice_values(item, (*path, index), found)


def _cases() -> list[tuple[tuple[str, str], str, tuple]]:
    """(field, brief text, path of its value) for one written value of every choice field."""
    cases: dict[tuple[str, str], tuple[str, tuple]] = {}
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.yaml"))]
    for text in [*texts, WITH_CHANGE]:
        found: dict = {}
        _choice_values(load_text(text).brief, (), found)
        for key, where in found.items():
            cases.setdefault(key, (text, where))
    return [(key, *cases[key]) for key in sorted(cases)]


CASES = _cases()


def test_every_choice_field_is_covered():
    assert [case[0] for case in CASES] == CHOICE_FIELDS


def _shouted(text: str, where: tuple) -> tuple[str, str]:
    """The brief with the value at ``where`` written in capitals, and that value."""
    loaded = load_text(text)
    node = loaded.data
    for part in where:
        node = node[part]
    span = loaded.source_map.nearest(where)[1]
    lines = text.splitlines(keepends=True)
    line = lines[span.line - 1]
    start = span.column - 1
    assert line[start : start + len(node)] == node, (line, node)
    lines[span.line - 1] = line[:start] + node.upper() + line[start + len(node) :]
    return "".join(lines), node


def _lint(tmp_path: Path, text: str) -> dict:
    brief = tmp_path / "brief.yaml"
    brief.write_text(text, encoding="utf-8")
    args = ["lint", "--isolated", "--today", "2026-12-01", "--stage", "handoff", "-f", "json"]
    result = runner.invoke(app, [*args, str(brief)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


@pytest.mark.parametrize(("field", "text", "where"), CASES, ids=[".".join(c[0]) for c in CASES])
def test_a_choice_in_the_wrong_case_is_an_error_naming_the_exact_spelling(
    tmp_path: Path, field, text, where
):
    shouted, value = _shouted(text, where)
    payload = _lint(tmp_path, shouted)
    found = [d for d in payload["diagnostics"] if d["code"] == "RK013"]
    assert [d["path"] for d in found] == [dotted(where)]
    assert f'"{value.upper()}" is not a valid' in found[0]["message"]
    assert f'write "{value}"' in found[0]["message"]

    # Every other finding is still reported, except those of rules that need the
    # part set aside and those inside it.
    gap = dotted(cut_for(where, load_text(shouted).data))
    skipped = {code for entry in payload["skipped"] for code in entry["rules"]}
    expected = {
        (d["code"], d["path"], d["line"], d["message"])
        for d in _lint(tmp_path, text)["diagnostics"]
        if d["code"] not in skipped and not d["path"].startswith(gap)
    }
    rest = {(d["code"], d["path"], d["line"], d["message"]) for d in payload["diagnostics"]}
    assert rest - expected == {(d["code"], d["path"], d["line"], d["message"]) for d in found}
    assert expected <= rest


@pytest.mark.parametrize(
    ("written", "choices", "expected"),
    [
        ("MUST", ["must", "should"], "must"),
        ("Handoff", ["draft", "handoff", "approved"], "handoff"),
        ("IT", ["marketing", "it", "other"], "it"),
        ("hand off", ["draft", "handoff"], "handoff"),
        ("shuold", ["must", "should"], "should"),
        ("non-functional", ["functional", "design"], None),
        ("Non Functional", ["functional", "design"], None),
        ("unapproved", ["pending", "approved", "rejected"], None),
        ("disapproved", ["pending", "approved", "rejected"], None),
        ("functional", ["non-functional"], None),
        ("REQ-1", [], None),
    ],
)
def test_suggestions_ignore_case_and_never_the_opposite(written, choices, expected):
    assert closest(written, choices) == expected


def test_opposites_are_recognised_through_case_and_separators():
    assert is_opposite("Non_Functional", "functional")
    assert is_opposite("in-formal", "formal")
    assert not is_opposite("informed", "formed-up")
    assert not is_opposite("must", "should")


def test_no_suggestion_for_the_opposite_through_the_command_line(tmp_path: Path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL + "    type: non-functional\n", encoding="utf-8")
    result = runner.invoke(app, ["lint", str(brief), "-f", "json"])
    found = [d for d in json.loads(result.output)["diagnostics"] if d["code"] == "RK013"]
    assert len(found) == 1
    assert '"non-functional" is not a valid type' in found[0]["message"]
    assert "Did you mean" not in found[0]["hint"]
    assert "functional, content" in found[0]["hint"]


def test_a_misspelt_key_in_capitals_is_suggested_in_the_schema_spelling(tmp_path: Path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL.replace("    priority:", "    Priority:"), encoding="utf-8")
    result = runner.invoke(app, ["lint", str(brief), "-f", "json"])
    found = [d for d in json.loads(result.output)["diagnostics"] if d["code"] == "RK010"]
    assert [d["hint"] for d in found] == ['Did you mean "priority"?']


def test_a_choice_in_a_list_is_named_in_the_singular(tmp_path: Path):
    payload = _lint(tmp_path, WITH_CHANGE.replace("sections: [budget]", "sections: [Budget]"))
    (found,) = [d for d in payload["diagnostics"] if d["code"] == "RK013"]
    assert found["message"].startswith('"Budget" is not a valid section: write "budget"')

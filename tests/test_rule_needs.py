"""What each rule needs of a brief, declared and then checked against its behaviour.

A brief with schema errors is checked without its broken parts; a rule is
skipped only if it needs one of them (``Rule.needs``). The declarations are
checked here the hard way: leaving out any part a rule does *not* declare
must never make it report something new. A rule that counts requirements
and forgot to say so fails this test.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from reqkit.config import load_config
from reqkit.explain import model_at
from reqkit.loader import load_brief
from reqkit.model import Brief
from reqkit.model.walk import models_in
from reqkit.partial import build
from reqkit.positions import Path as NodePath
from reqkit.rules import ALL_RULES
from reqkit.rules.base import Context, Rule
from reqkit.rules.textcache import forget_texts
from reqkit.ruleset import build_ruleset

RULE_EXAMPLES = Path(__file__).parent / "rules"
TODAY = dt.date(2026, 12, 1)
_TODAY_SETTING = re.compile(r"^#\s*today:\s*(\S+)", re.MULTILINE)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_says_what_it_needs(rule: Rule):
    declared_by = next(cls for cls in type(rule).__mro__ if "needs" in vars(cls))
    assert declared_by is not Rule, f"{rule.name} does not declare `needs`"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_needs_name_parts_of_a_brief(rule: Rule):
    for need in rule.needs:
        if need == "*":
            continue
        *parent, field = need.split(".")
        model = model_at(Brief, tuple(parent))
        assert model is not None and field in model.model_fields, (
            f'{rule.name} needs "{need}", which is not a part of a brief'
        )


def parts_to_leave_out(data: dict[str, Any]) -> Iterator[NodePath]:
    """Every part the loader may set aside: list items, optional fields, map entries."""

    def walk(path: NodePath, value: Any, model: Any) -> Iterator[NodePath]:
        if isinstance(value, list):
            yield from ((*path, index) for index in range(len(value)))
        elif isinstance(value, dict) and model is None:
            yield from ((*path, key) for key in value)
        elif isinstance(value, dict):
            for key, item in value.items():
                info = model.model_fields.get(key)
                if info is None:
                    continue
                if not info.is_required() or path == ("initiative",):
                    yield (*path, key)
                yield from walk((*path, key), item, next(models_in(info.annotation), None))

    for key, value in data.items():
        info = Brief.model_fields[key]
        if key != "initiative":
            yield (key,)
        yield from walk((key,), value, next(models_in(info.annotation), None))


@functools.cache
def _variants(path: Path) -> tuple[Any, tuple[tuple[NodePath, Brief], ...]]:
    """A brief, and the brief without each part that can be left out (built once per file)."""
    loaded = load_brief(path)
    assert loaded.brief is not None, path
    variants = tuple(
        (part, build(loaded.data, [part])[0]) for part in parts_to_leave_out(loaded.data)
    )
    return loaded, variants


def _corpus(rule: Rule) -> list[Path]:
    return [*sorted(EXAMPLES.glob("*.yaml")), *sorted((RULE_EXAMPLES / rule.name).glob("*.yaml"))]


def _covers(needs: list[NodePath], part: NodePath) -> bool:
    return any(part[: len(need)] == need or need[: len(part)] == part for need in needs)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_leaving_out_a_part_the_rule_does_not_need_never_adds_a_finding(rule: Rule):
    config_file = RULE_EXAMPLES / rule.name / "config.toml"
    active = build_ruleset(load_config(config_file if config_file.exists() else None), (rule.code,))
    options = active[0].options
    needs = [() if need == "*" else tuple(need.split(".")) for need in rule.needed(options)]
    checked = 0
    for path in _corpus(rule):
        loaded, variants = _variants(path)
        setting = _TODAY_SETTING.search(loaded.text)
        today = dt.date.fromisoformat(setting.group(1)) if setting else TODAY
        contexts = [Context(today, stage, options) for stage in ("draft", "handoff", "approved")]
        before = [{f.message for f in rule.check(loaded.brief, c)} for c in contexts]
        for part, brief in variants:
            if _covers(needs, part):
                continue
            for context, seen in zip(contexts, before, strict=True):
                new = {f.message for f in rule.check(brief, context)} - seen
                assert not new, (
                    f"{rule.name} reports something new when {part} of {path.name} is left "
                    f"out, so it needs that part: {sorted(new)[0]}"
                )
                checked += 1
    forget_texts()
    assert checked or rule.needs == ("*",)


def test_explaining_a_rule_names_what_it_needs():
    from typer.testing import CliRunner

    from reqkit.cli import app

    runner = CliRunner()
    counting = runner.invoke(app, ["rules", "too-many-musts"]).stdout
    assert "Needs, free of schema errors: requirements (the rule is skipped" in counting
    wording = runner.invoke(app, ["rules", "vague-term"]).stdout
    assert "Needs, free of schema errors" not in wording

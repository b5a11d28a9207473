"""Meta-tests over all rules: unique, documented, exemplified, covering the friction sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reqkit.docs import field_doc
from reqkit.rules import ALL_RULES, FAMILIES
from reqkit.rules.base import FRICTION_SOURCES, Levels, Rule
from reqkit.schema_checks import SCHEMA_CHECKS

EXAMPLES = Path(__file__).parent / "rules"
IDS = [rule.name for rule in ALL_RULES]


def test_codes_and_names_are_unique_across_rules_and_built_in_checks():
    codes = [r.code for r in ALL_RULES] + [c.code for c in SCHEMA_CHECKS]
    names = [r.name for r in ALL_RULES] + [c.name for c in SCHEMA_CHECKS]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


def test_rules_are_listed_in_code_order():
    codes = [rule.code for rule in ALL_RULES]
    assert codes == sorted(codes)


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_code_name_and_family(rule: Rule):
    assert re.fullmatch(r"RK[1-9]\d\d", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    family = type(rule).__module__.split(".")[2]
    assert FAMILIES[rule.code[2]][0] == family, f"{rule.code} lives in the {family} family"


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_one_rule_per_module_named_after_it(rule: Rule):
    module = type(rule).__module__
    assert module.rsplit(".", 1)[-1] == rule.name.replace("-", "_")
    assert [r for r in ALL_RULES if type(r).__module__ == module] == [rule]


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_friction_and_levels(rule: Rule):
    assert rule.friction in FRICTION_SOURCES
    assert isinstance(rule.levels, Levels)
    assert any(rule.levels.at(stage) for stage in ("draft", "handoff", "approved"))


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_documentation_says_why(rule: Rule):
    doc = rule.documentation()
    assert doc, f"{rule.name} has no docstring"
    summary = rule.summary()
    assert summary.endswith("."), "the first paragraph is a sentence"
    paragraphs = [p for p in doc.split("\n\n") if p.strip()]
    assert len(paragraphs) >= 2, "the docstring explains why it matters, not only what"
    assert len(doc) >= 200


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_options_are_documented(rule: Rule):
    for name in rule.Options.defaults():
        assert field_doc(rule.Options, name), f"option {name} of {rule.name} has no docstring"


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_has_good_and_bad_examples(rule: Rule):
    folder = EXAMPLES / rule.name
    assert sorted(folder.glob("bad*.yaml")), f"tests/rules/{rule.name}/bad.yaml is missing"
    assert sorted(folder.glob("good*.yaml")), f"tests/rules/{rule.name}/good.yaml is missing"


def test_example_folders_belong_to_rules():
    names = {rule.name for rule in ALL_RULES}
    folders = {p.name for p in EXAMPLES.iterdir() if p.is_dir()}
    assert folders <= names, f"example folders without a rule: {folders - names}"

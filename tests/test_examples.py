"""The shipped examples: complete briefs are clean at their stage; the weak one shows every friction source."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import EXAMPLES
from reqkit.config import Config
from reqkit.linter import Linter, LintOptions
from reqkit.loader import load_brief
from reqkit.rules import ALL_RULES
from reqkit.rules.base import FRICTION_SOURCES
from reqkit.ruleset import build_ruleset

TODAY = dt.date(2026, 12, 1)
COMPLETE = ["trade-show-microsite.yaml", "crm-migration.yaml", "loyalty-app.yaml"]


def lint(name: str):
    loaded = load_brief(EXAMPLES / name)
    assert loaded.valid, loaded.diagnostics
    return Linter(LintOptions(today=TODAY)).lint_loaded(loaded, build_ruleset(Config()))


@pytest.mark.parametrize("name", COMPLETE)
def test_complete_examples_are_clean_at_their_stage(name):
    assert [f"{d.line}: {d.code} {d.message}" for d in lint(name)] == []


def test_complete_examples_cover_every_stage_but_draft():
    stages = {load_brief(EXAMPLES / name).brief.initiative.stage for name in COMPLETE}
    assert stages == {"handoff", "approved"}


def test_weak_example_shows_every_friction_source():
    found = {d.friction for d in lint("weak-brief.yaml")}
    assert found >= set(FRICTION_SOURCES), f"missing: {set(FRICTION_SOURCES) - found}"


def test_every_friction_source_has_a_rule():
    assert {rule.friction for rule in ALL_RULES} == set(FRICTION_SOURCES)

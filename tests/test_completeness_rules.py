"""Helpers and options of the completeness, testing and metrics rules, and their stages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from reqkit.config import Config
from reqkit.diagnostics import Severity
from reqkit.errors import UsageError
from reqkit.linter import Linter, LintOptions
from reqkit.loader import load_brief, load_text
from reqkit.model import Brief, Budget, Timeline
from reqkit.rules.completeness.placeholder_text import placeholder_finder
from reqkit.rules.completeness.substance import is_blank, only_placeholders, word_count
from reqkit.rules.facts import all_text
from reqkit.ruleset import build_ruleset

EXAMPLES = Path(__file__).parent.parent / "examples"
BRIEFS = sorted(EXAMPLES.glob("*.yaml"))
TODAY = dt.date(2026, 12, 1)
OUR_RULES = ("RK2", "RK8", "RK9")


def _strings(data: Any, path: tuple = ()) -> set[tuple[tuple, str]]:
    if isinstance(data, str):
        return {(path, data)}
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    return {found for key, value in items for found in _strings(value, (*path, key))}


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.name)
def test_all_text_yields_exactly_the_strings_written(path: Path):
    loaded = load_brief(path)
    written = {(w.path, w.text) for w in all_text(loaded.brief) if not w.is_key}
    raw = _strings(loaded.data)
    # Money written as "48000 EUR" is expanded by the schema; only its currency is text.
    # Fields that take one of a fixed set of words are not text.
    choices = {
        "stage",
        "kind",
        "side",
        "party",
        "priority",
        "type",
        "status",
        "likelihood",
        "impact",
    }
    for where, text in raw - written:
        assert re.fullmatch(r"[0-9,.]+ [A-Z]{3}", text) or where[-1] in choices, (where, text)
    assert all(p[-1] == "currency" for p, _ in written - raw)
    assert len(raw & written) > 50


def test_all_text_includes_glossary_terms_and_skips_defaults():
    brief = Brief.model_validate(
        {
            "initiative": {"id": "M-1", "title": "T", "owner": "Dana"},
            "goals": [{"id": "G1", "statement": "Grow"}],
            "glossary": {"CMS": "The tool marketing edits pages in."},
        }
    )
    found = list(all_text(brief))
    assert [(w.path, w.is_key) for w in found if w.text == "CMS"] == [(("glossary", "CMS"), True)]
    assert not any(w.path == ("goals", 0, "party") for w in found), "party was not written"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Details TBD ???", ["TBD", "???"]),
        ("Live on <launch date>.", ["<launch date>"]),
        ("Raise it to [insert target] a month", ["[insert target]"]),
        ("[add TBD here]", ["[add TBD here]"]),
        ("To Be Decided at the kick-off", ["To Be Decided"]),
        ("lorem   ipsum", ["lorem   ipsum"]),
        ("Which CRM do we use???", []),
        ("A todo list app, sizes up to XXL", []),
        ('The "TBD" board game', []),
        ("Write to <help@example.com> or see <https://example.com>", []),
        ("N/A", []),
    ],
)
def test_placeholder_finder(text: str, expected: list[str]):
    assert [m.text for m in placeholder_finder().find(text)] == expected


@pytest.mark.parametrize(
    ("text", "words", "placeholder_only"),
    [
        ("Cut no-shows by half", 4, False),
        ("From 41 % to 20 %", 4, False),
        ("Grow sales TBD", 2, False),
        ("TBD ???", 0, True),
        ("   ", 0, False),
    ],
)
def test_word_count_leaves_placeholders_out(text: str, words: int, placeholder_only: bool):
    assert word_count(text) == words
    assert only_placeholders(text) is placeholder_only


def test_is_blank_looks_inside_sections():
    assert is_blank(None) and is_blank([]) and is_blank({}) and is_blank("  ")
    assert is_blank(Budget()) and is_blank(Timeline(milestones=[], phases=[]))
    assert not is_blank(Budget(owner="Dana Fischer"))
    assert not is_blank({"CMS": ""})


HEAD = """\
initiative:
  id: MKT-7
  title: Spring campaign page
  owner: Dana Fischer
"""


def lint(body: str, rule: str, options: dict[str, Any] | None = None, stage: str | None = None):
    """Findings of one rule on a brief written as ``HEAD + body``."""
    config = Config(rules={rule: options} if options else {})
    loaded = load_text(HEAD + body, "brief.yaml")
    assert loaded.valid, loaded.diagnostics
    linter = Linter(LintOptions(today=TODAY, stage=stage))  # type: ignore[arg-type]
    return linter.lint_loaded(loaded, build_ruleset(config, select=(rule,)))


def test_placeholder_options_allow_and_extend():
    body = "  summary: Budget TBD, launch date pending.\n"
    assert [d.message.split('"')[1] for d in lint(body, "placeholder-text")] == ["TBD"]
    found = lint(body, "placeholder-text", {"allow": ["tbd"], "extend-words": ["pending"]})
    assert [d.message.split('"')[1] for d in found] == ["pending"]


def test_length_thresholds_are_options():
    body = (
        "  problem: Demo bookings by e-mail get lost.\n"
        "goals:\n  - {id: G1, statement: Cut no-shows by half}\n"
    )
    assert lint(body, "missing-problem-statement") and not lint(body, "thin-goal")
    assert not lint(body, "missing-problem-statement", {"min-words": 6})
    assert lint(body, "thin-goal", {"min-words": 5})


def test_missing_section_reads_the_configured_sections():
    found = lint("goals: []\n", "missing-section", {"sections": ["goals", "risks"]})
    assert [d.path for d in found] == ["goals", "risks"]
    assert "no risks" in found[1].message and "What could go wrong" in (found[1].hint or "")


def test_criteria_priorities_are_options():
    body = "requirements:\n  - {id: R1, statement: The page shall show a map., priority: should}\n"
    assert not lint(body, "missing-acceptance-criteria")
    assert lint(body, "missing-acceptance-criteria", {"priorities": ["must", "should"]})
    assert not lint(body, "lower-priority-without-criteria", {"priorities": ["could"]})


def test_incomplete_metric_can_require_the_unit():
    body = (
        "goals:\n  - id: G1\n    statement: Raise demo bookings to 200 a month\n    metrics:\n"
        "      - {name: Demo bookings, baseline: 120, target: 200, data_source: CRM}\n"
    )
    assert not lint(body, "incomplete-metric")
    [finding] = lint(body, "incomplete-metric", {"required": ["unit"]})
    assert "has no unit" in finding.message and "`unit:`" in (finding.hint or "")


@pytest.mark.parametrize(
    ("rule", "options", "complaint"),
    [
        ("missing-section", {"sections": ["budjet"]}, '"budjet" is not a section'),
        ("missing-section", {"sections": ["requirements"]}, "no-requirements"),
        ("missing-acceptance-criteria", {"priorities": ["musts"]}, '"musts" is not a priority'),
        ("incomplete-metric", {"required": ["source"]}, '"source" is not a part of a metric'),
        ("thin-goal", {"min-words": 0}, "min-words"),
    ],
)
def test_bad_option_values_stop_the_run(rule: str, options: dict[str, Any], complaint: str):
    with pytest.raises(UsageError, match=re.escape(complaint)):
        build_ruleset(Config(rules={rule: options}))


def _our_findings(stage: str) -> dict[str, set[Severity]]:
    linter = Linter(LintOptions(today=TODAY, stage=stage, select=OUR_RULES, isolated=True))  # type: ignore[arg-type]
    report = linter.lint_file(str(EXAMPLES / "weak-brief.yaml"))
    severities: dict[str, set[Severity]] = {}
    for diagnostic in report.diagnostics:
        severities.setdefault(diagnostic.code, set()).add(diagnostic.severity)
    return severities


def test_a_draft_gets_notes_and_a_handoff_gets_errors_for_what_it_lacks():
    draft, handoff = _our_findings("draft"), _our_findings("handoff")
    assert draft.keys() == handoff.keys() >= {"RK201", "RK202", "RK801", "RK901", "RK902"}
    assert set().union(*draft.values()) == {Severity.INFO}
    assert handoff["RK201"] == handoff["RK801"] == handoff["RK902"] == {Severity.ERROR}
    assert handoff["RK802"] == handoff["RK804"] == {Severity.WARNING}


@pytest.mark.parametrize(
    "path", [p for p in BRIEFS if p.name != "weak-brief.yaml"], ids=lambda p: p.name
)
def test_complete_examples_are_clean(path: Path):
    linter = Linter(LintOptions(today=TODAY, select=OUR_RULES, isolated=True))
    assert linter.lint_file(str(path)).diagnostics == ()

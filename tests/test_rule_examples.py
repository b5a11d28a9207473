"""Every rule's good and bad examples, run through the real engine.

A bad example marks each expected finding with ``# [CODE]`` at the end of its
line; the rule must fire exactly there. A good example must stay silent.
A ``# with: other.yaml`` line at the top checks the example together with
another brief of its folder, for rules that compare briefs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from reqkit.across import duplicate_ids
from reqkit.config import load_config
from reqkit.linter import Linter, LintOptions
from reqkit.loader import load_brief
from reqkit.ruleset import build_ruleset

RULE_EXAMPLES = Path(__file__).parent / "rules"
DEFAULT_TODAY = dt.date(2026, 12, 1)
_MARKER = re.compile(r"#\s*\[(RK\d{3}(?:\s*,\s*RK\d{3})*)\]\s*$")
_SETTING = re.compile(r"^#\s*(today|stage|with):\s*(\S+)\s*$")


def example_files(kind: str) -> list[Path]:
    return sorted(RULE_EXAMPLES.glob(f"*/{kind}*.yaml"))


def expected_markers(text: str) -> Counter[tuple[int, str]]:
    expected: Counter[tuple[int, str]] = Counter()
    for number, line in enumerate(text.splitlines(), start=1):
        match = _MARKER.search(line)
        if match:
            for code in match.group(1).split(","):
                expected[(number, code.strip())] += 1
    return expected


def run_example(path: Path) -> tuple[list, str]:
    """Lint ``path`` with only its folder's rule selected; return diagnostics and the rule code."""
    rule_name = path.parent.name
    text = path.read_text(encoding="utf-8")
    settings = dict(m.groups() for line in text.splitlines()[:5] if (m := _SETTING.match(line)))
    today = dt.date.fromisoformat(settings.get("today", DEFAULT_TODAY.isoformat()))
    config_file = path.parent / "config.toml"
    config = load_config(config_file if config_file.exists() else None)
    linter = Linter(LintOptions(today=today, stage=settings.get("stage")))
    rules = build_ruleset(config, select=(rule_name,))
    loaded = load_brief(path)
    assert loaded.valid, f"{path} is not a valid brief: {loaded.diagnostics}"
    diagnostics = linter.lint_loaded(loaded, rules)
    if "with" in settings:
        # A cross-brief rule: the example is checked together with the brief it names.
        linter.lint_loaded(load_brief(path.parent / settings["with"]), rules)
        diagnostics += duplicate_ids(linter.take_identities()).get(loaded.file, [])
    return diagnostics, rules[0].rule.code


@pytest.mark.parametrize("path", example_files("bad"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bad_example_fires_where_marked(path):
    diagnostics, code = run_example(path)
    expected = expected_markers(path.read_text(encoding="utf-8"))
    assert expected, f"{path} marks no expected finding"
    assert {c for _, c in expected} == {code}, f"{path} marks codes of other rules"
    found = Counter((d.line, d.code) for d in diagnostics)
    assert found == expected, "\n".join(
        f"{d.line}:{d.column} {d.code} {d.message}" for d in diagnostics
    )


@pytest.mark.parametrize("path", example_files("good"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_good_example_stays_silent(path):
    diagnostics, _ = run_example(path)
    assert diagnostics == []

"""Damaged briefs through the real command line: reqkit keeps its promises on any input.

Hypothesis takes an example brief and damages it with one to three of the
mutations in ``tests/fuzz/mutations.py`` (byte flips, truncation, deleted and
duplicated lines, re-indentation, scalars of other types, huge numbers and
strings, control characters, tags, anchors, duplicate keys, deep nesting, a
byte order mark, other line endings, invalid UTF-8, dates at the ends of the
calendar). ``lint``, ``render`` (Markdown and HTML) and ``diff`` must then
keep the promises checked by ``tests/fuzz/check.py``: no internal error, exit
status 0 or 1 (2 only where documented), valid JSON without NaN or Infinity,
and the same output twice.

The run is derandomised and small, so it is the same on every machine and
takes seconds; ``python tests/fuzz/run.py`` runs thousands of cases.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES
from fuzz.check import COMMANDS, check_brief, reuse_compiled_templates
from fuzz.mutations import MUTATIONS

BRIEFS = sorted(EXAMPLES.glob("*.yaml"))
EXAMPLES_PER_COMMAND = 20


@st.composite
def damaged_briefs(draw: st.DrawFn) -> tuple[Path, bytes]:
    original = draw(st.sampled_from(BRIEFS))
    mutations = draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3))
    rng = draw(st.randoms(use_true_random=False))
    data = original.read_bytes()
    for mutation in mutations:
        data = mutation(data, rng)
    return original, data


@pytest.fixture(scope="module")
def workdir():
    reuse_compiled_templates()
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


@pytest.mark.parametrize("command", COMMANDS)
def test_damaged_briefs_never_break_a_promise(command, workdir, monkeypatch_module):
    @settings(
        max_examples=EXAMPLES_PER_COMMAND,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(case=damaged_briefs())
    def check(case: tuple[Path, bytes]) -> None:
        original, data = case
        brief = workdir / "damaged.yaml"
        brief.write_bytes(data)
        assert [str(b) for b in check_brief(brief, original, (command,))] == []

    check()


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("REQKIT_DEBUG", raising=False)
        yield patch


def test_every_mutation_changes_a_brief():
    data = BRIEFS[0].read_bytes()
    for mutation in MUTATIONS:
        changed = [mutation(data, random.Random(seed)) != data for seed in range(5)]
        assert any(changed), mutation.__name__

"""The schedule rules' helpers and options: durations in words, order, shared settings."""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from pathlib import Path

import pytest

from conftest import load
from reqkit.config import Config, load_config
from reqkit.errors import UsageError
from reqkit.linter import Linter, LintOptions
from reqkit.rules.schedule.timing import clash, duration, out_of_place
from reqkit.ruleset import build_ruleset

TODAY = dt.date(2026, 12, 1)


def day(number: int) -> dt.date:
    return TODAY + dt.timedelta(days=number)


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "0 days"),
        (1, "1 day"),
        (13, "13 days"),
        (14, "2 weeks"),
        (15, "2 weeks and 1 day"),
        (38, "5 weeks and 3 days"),
        (42, "6 weeks"),
    ],
)
def test_duration_in_words(days, words):
    assert duration(days) == words


@pytest.mark.parametrize(
    ("offsets", "moved"),
    [
        ([], set()),
        ([0, 0, 5, 5], set()),  # the same day is in order
        ([40, 0, 10, 50], {0}),  # a launch listed first: the one entry to move
        ([0, 10, 5], {2}),  # a tie blames the later entry, keeping the earlier in place
        ([0, 20, 10, 30, 40], {2}),
        ([50, 40, 30], {1, 2}),
    ],
)
def test_out_of_place_names_the_fewest_entries(offsets, moved):
    assert out_of_place([day(n) for n in offsets]) == moved


def test_out_of_place_leaves_a_longest_sorted_run():
    rng = random.Random(7)
    for _ in range(200):
        dates = [day(rng.randrange(30)) for _ in range(rng.randrange(1, 12))]
        moved = out_of_place(dates)
        kept = [d for i, d in enumerate(dates) if i not in moved]
        assert kept == sorted(kept)
        assert len(kept) == _longest_sorted_run(dates)


def _longest_sorted_run(dates: list[dt.date]) -> int:
    """Quadratic reference: fine for the short lists of this test."""
    best = [1] * len(dates)
    for i in range(len(dates)):
        for j in range(i):
            if dates[j] <= dates[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


def test_clash_names_the_nearest_entry_kept_in_place():
    dates = [day(n) for n in (0, 20, 10, 30)]
    moved = out_of_place(dates)
    assert moved == {2}
    assert clash(dates, moved, 2) == (1, True)  # dated before entry 1, which comes first
    dates = [day(n) for n in (40, 0, 10, 50)]
    assert clash(dates, out_of_place(dates), 0) == (1, False)  # dated after entry 1, listed later


def test_out_of_place_is_fast_on_long_timelines():
    dates = [day(n % 997) for n in range(20_000)]
    assert len(out_of_place(dates)) < 20_000


def lint_text(text: str, select: str, config: Config | None = None, today: dt.date = TODAY) -> list:
    """Diagnostics of the rules named by ``select`` on a brief written inline."""
    loaded = load(text)
    assert loaded.valid, loaded.diagnostics
    rules = build_ruleset(config or Config(), select=(select,))
    return Linter(LintOptions(today=today)).lint_loaded(loaded, rules)


LEAD_TIME = """\
initiative:
  id: MKT-1
  title: Trade show microsite
  owner: Dana Fischer
  stage: handoff
timeline:
  milestones:
    - name: Hand-off to IT
      date: 2026-12-04
      kind: handoff
    - name: Trade show opens
      date: 2027-01-08
      kind: other
      hard: true
      reason: The organiser fixes the show dates.
"""


def project_config(tmp_path: Path, toml: str) -> Config:
    """A project configuration file with ``toml`` in it, read."""
    path = tmp_path / ".reqkit.toml"
    path.write_text(textwrap.dedent(toml), encoding="utf-8")
    return load_config(path)


def test_min_lead_days_sets_the_minimum(tmp_path):
    assert len(lint_text(LEAD_TIME, "short-lead-time")) == 1
    config = project_config(tmp_path, "[rules.short-lead-time]\nmin-lead-days = 35\n")
    assert lint_text(LEAD_TIME, "short-lead-time", config) == []
    config = project_config(tmp_path, "[rules.short-lead-time]\nmin-lead-days = 56\n")
    (finding,) = lint_text(LEAD_TIME, "short-lead-time", config)
    assert finding.message.endswith(
        "leaves IT 5 weeks after the hand-off (2026-12-04); the minimum is 8 weeks"
    )


SIGNOFFS = """\
initiative:
  id: MKT-1
  title: Oat bar launch hub
  owner: Kim Baxter
  stage: approved
stakeholders:
  - name: Kim Baxter
    side: marketing
  - name: Lee Park
    side: it
approvals:
  - name: Kim Baxter
    status: approved
  - name: Lee Park
    status: approved
"""


def test_required_approvers_comes_from_the_project_setting(tmp_path):
    assert lint_text(SIGNOFFS, "missing-signoff") == []
    config = project_config(tmp_path, 'required-approvers = ["marketing", "it", "other"]\n')
    (finding,) = lint_text(SIGNOFFS, "missing-signoff", config)
    assert finding.message == "Nobody from the other parties is listed to sign the brief off"


def test_the_rule_option_overrides_the_project_setting(tmp_path):
    config = project_config(
        tmp_path,
        """\
        required-approvers = ["marketing", "it", "other"]
        [rules.missing-signoff]
        required-approvers = ["marketing"]
        """,
    )
    assert lint_text(SIGNOFFS, "missing-signoff", config) == []


def test_an_unknown_side_in_required_approvers_is_a_usage_error(tmp_path):
    config = project_config(tmp_path, 'required-approvers = ["marketing", "legal"]\n')
    with pytest.raises(UsageError, match="required-approvers"):
        build_ruleset(config, select=("missing-signoff",))


def test_a_bare_brief_hears_only_that_it_has_no_approval_step():
    minimal = "initiative:\n  id: MKT-1\n  title: Page\n  owner: Dana Fischer\n  stage: approved\n"
    found = lint_text(minimal, "RK3")
    assert [d.code for d in found] == ["RK306"]

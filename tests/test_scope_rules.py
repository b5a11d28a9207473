"""Unit tests for the scope rules' helpers: statement wording, repeats at scale, working days."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from reqkit.model import Brief
from reqkit.rules.base import Context, Finding, Rule
from reqkit.rules.phrases import and_list, count, percent, quote
from reqkit.rules.scope.duplicate_requirement import DuplicateRequirement
from reqkit.rules.scope.repeats import find_repeats, wording
from reqkit.rules.scope.scope_exceeds_time import ScopeExceedsTime, working_days
from reqkit.rules.scope.too_many_musts import TooManyMusts

TODAY = dt.date(2026, 12, 1)


def brief(requirements: list[dict[str, Any]], **sections: Any) -> Brief:
    return Brief.model_validate(
        {
            "initiative": {"id": "MKT-1", "title": "Test", "owner": "Dana Fischer"},
            "requirements": requirements,
            **sections,
        }
    )


def run(rule: Rule, subject: Brief, **options: Any) -> list[Finding]:
    return list(rule.check(subject, Context(TODAY, "handoff", rule.Options(**options))))


def statements(*texts: str) -> list[dict[str, Any]]:
    return [
        {"id": f"REQ-{n:03d}", "statement": text, "priority": "must"}
        for n, text in enumerate(texts, 1)
    ]


# --- what a statement says -------------------------------------------------------


def test_case_punctuation_and_filler_do_not_change_the_wording():
    assert (
        wording("The site MUST be user-friendly!").sequence
        == wording("site: user friendly").sequence
    )


def test_plurals_and_possessives_fold_to_one_word():
    assert (
        wording("Store the visitors' addresses").words
        == wording("store the visitor's address").words
    )
    assert wording("The categories").words == {"category"}


def test_negations_and_numbers_are_kept_apart():
    plain, negative = (
        wording("The page shall show the price."),
        wording("The page won't show the price."),
    )
    assert plain.key != negative.key
    assert wording("within 2 seconds").key != wording("within 5 seconds").key


# --- repeats -----------------------------------------------------------------------


def test_each_repeat_is_reported_once_naming_the_first():
    found = list(find_repeats(["Chatbot", "Dark mode", "chatbot.", "CHATBOT"], 0.8))
    assert [(r.later, r.earlier, r.exact) for r in found] == [(2, 0, True), (3, 0, True)]


def test_the_closest_earlier_statement_is_named():
    texts = [
        "Visitors shall book one demo slot from the calendar on the booth page.",
        "Visitors shall book one demo slot from the calendar on the stand page today.",
        "Visitors shall book one demo slot from the calendar on the stand page.",
    ]
    # The third is near both others (8 of 10 words shared with the first, 9 of 10
    # with the second); the first two are not near each other (8 of 11).
    assert [(r.later, r.earlier) for r in find_repeats(texts, 0.8)] == [(2, 1)]


def test_one_word_more_is_a_near_repeat_but_one_word_changed_is_not():
    texts = ["The site must be fast and user-friendly.", "Visitors shall book a demo slot."]
    texts += ["The site must be user-friendly.", "Visitors shall cancel a demo slot."]
    assert [(r.later, r.earlier, r.exact) for r in find_repeats(texts, 0.8)] == [(2, 0, False)]


def test_similarity_option_widens_or_narrows_the_net():
    subject = brief(
        statements(
            "Members see points, vouchers and offers on the start screen.",
            "Members see points, vouchers and news on the start screen.",
        )
    )
    assert run(DuplicateRequirement(), subject) == []
    [finding] = run(DuplicateRequirement(), subject, similarity=0.7)
    assert finding.path == ("requirements", 1, "statement")
    assert finding.message.startswith("REQ-002 nearly repeats REQ-001")


def _distinct_statements(size: int) -> list[str]:
    """Statements of four content words that share at most two with any other.

    Every word is used by hundreds of statements, the hardest case for the
    index: no rare word singles out the few statements worth comparing.
    """
    letters = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"][:30]
    vocabulary = [
        [prefix + syllable for syllable in letters] for prefix in ("sys", "ver", "obj", "aud")
    ]
    texts = []
    for number in range(size):
        a, b, c = number % 30, number // 30 % 30, number // 900 % 30
        words = (
            vocabulary[0][a],
            vocabulary[1][b],
            vocabulary[2][c],
            vocabulary[3][(a + b + c) % 30],
        )
        texts.append("The {} shall {} the {} for {}.".format(*words))
    return texts


@pytest.fixture(scope="module")
def large_brief() -> Brief:
    texts = _distinct_statements(20_000)
    texts += [texts[5].upper(), texts[17] + " weekly"]  # one repeat, one near repeat, far apart
    return brief(statements(*texts))


def test_twenty_thousand_requirements_find_the_one_repeat_and_near_repeat(large_brief: Brief):
    # How long this takes is measured by bench/bench_lint.py (its growth case), not here:
    # a timed assertion fails on a busy machine without saying anything about the code.
    findings = run(DuplicateRequirement(), large_brief)
    assert [f.message.split(":")[0] for f in findings] == [
        "REQ-20001 repeats REQ-006",
        "REQ-20002 nearly repeats REQ-018",
    ]


# --- priorities ----------------------------------------------------------------------


def test_too_many_musts_limit_is_an_option():
    subject = brief(
        [
            {**r, "priority": p}
            for r, p in zip(statements(*"abcde"), ["must"] * 4 + ["could"], strict=True)
        ]
    )
    [finding] = run(TooManyMusts(), subject)
    assert finding.message.startswith("4 of 5 requirements (80 %) are must")
    assert run(TooManyMusts(), subject, max_share=0.8) == []


def test_percent_never_shows_a_share_above_the_limit_as_equal_to_it():
    assert percent(9, 11) == "82 %"
    assert percent(121, 201, limit=0.6) == "60.2 %"


# --- time ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        ("2026-12-14", "2026-12-21", 5),  # Monday to Monday
        ("2026-12-12", "2026-12-14", 0),  # a weekend
        ("2026-12-11", "2026-12-15", 2),  # Friday to Tuesday: Friday and Monday
        ("2026-12-01", "2027-01-08", 28),
        ("2027-01-08", "2026-12-01", 0),  # end before start
    ],
)
def test_working_days(start: str, end: str, days: int):
    assert working_days(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) == days


def _estimated(days: list[float]) -> Brief:
    milestones = [
        {"name": "Hand-off", "date": "2026-12-14", "kind": "handoff"},
        {"name": "Live", "date": "2027-01-08", "kind": "launch"},
    ]
    requirements = [
        {**r, "estimate_days": d} for r, d in zip(statements(*"abc"), days, strict=True)
    ]
    return brief(requirements, timeline={"milestones": milestones})


def test_team_size_multiplies_the_time_available():
    subject = _estimated([10, 10, 10])  # 30 person-days in 19 working days
    [finding] = run(ScopeExceedsTime(), subject)
    assert "IT estimates 30 person-days" in finding.message
    assert "19 working days from the hand-off on 2026-12-14" in finding.message
    assert run(ScopeExceedsTime(), subject, team_size=2) == []


def test_time_counts_from_today_once_the_hand_off_has_passed():
    subject = _estimated([10, 10, 10])
    late = Context(dt.date(2026, 12, 28), "handoff", ScopeExceedsTime.Options())
    [finding] = ScopeExceedsTime().check(subject, late)
    assert "9 working days from today (2026-12-28)" in finding.message


# --- phrases ---------------------------------------------------------------------------


def test_phrases_read_as_english():
    assert (
        and_list(["Kim Baxter", "Rob Fenwick", "Sam Okafor"])
        == "Kim Baxter, Rob Fenwick and Sam Okafor"
    )
    assert count(2, "accountable person", "accountable people") == "two accountable people"
    assert count(12, "goal") == "12 goals"
    assert quote("word " * 30, limit=20) == '"word word word word …"'

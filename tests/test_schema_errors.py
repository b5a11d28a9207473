"""Problems of shape and type: plain words, a hint, and the exact line and column."""

from __future__ import annotations

import pytest

from conftest import MINIMAL, codes, load, only, where


def test_minimal_draft_is_valid():
    loaded = load(MINIMAL)
    assert loaded.diagnostics == []
    assert loaded.brief is not None
    assert loaded.brief.initiative.stage == "draft"


def test_unknown_key_points_at_the_key_and_suggests_the_right_one():
    loaded = load(MINIMAL.replace("  title:", "  titel:"))
    problem = only(loaded, "RK010")
    assert where(problem) == (3, 3)
    assert problem.message == 'Unknown key "titel" in "initiative"'
    assert problem.hint == 'Did you mean "title"?'
    assert problem.severity.value == "error"


def test_unknown_key_without_a_close_match_lists_the_known_ones():
    problem = only(load(MINIMAL + "colour: blue\n"), "RK010")
    assert where(problem) == (9, 1)
    assert "initiative" in problem.hint and "requirements" in problem.hint


def test_unknown_key_inside_a_list_item_names_the_item():
    text = MINIMAL.replace("    priority: must\n", "    priority: must\n    prio: high\n")
    problem = only(load(text), "RK010")
    assert where(problem) == (9, 5)
    assert 'requirement "REQ-1"' in problem.message
    assert problem.path == "requirements[0].prio"


def test_missing_key_points_at_its_parent():
    loaded = load(MINIMAL.replace("  owner: Dana Fischer\n", ""))
    problem = only(loaded, "RK011")
    assert where(problem) == (1, 1)
    assert problem.message == '"owner" is missing from "initiative"'
    assert "marketing side" in problem.hint  # the field's own documentation


def test_missing_key_in_a_list_item_points_at_the_item():
    loaded = load(MINIMAL.replace("    priority: must\n", ""))
    problem = only(loaded, "RK011")
    assert where(problem) == (6, 5)
    assert problem.path == "requirements[0].priority"


def test_empty_required_value_points_at_its_key():
    problem = only(load(MINIMAL.replace("  owner: Dana Fischer", "  owner:")), "RK011")
    assert where(problem) == (4, 3)
    assert "empty" in problem.message


def test_empty_optional_value_is_fine_in_a_draft():
    assert load(MINIMAL + "goals:\nbudget:\n").diagnostics == []


@pytest.mark.parametrize(
    ("line", "value", "read_as"),
    [
        ("  version: 1.10", "1.10", "the number 1.1"),
        ("  version: 2", "2", "the whole number 2"),
        ("  version: no", "no", "the yes/no value no"),
        ("  version: 2027-01-01", "2027-01-01", "a date"),
    ],
)
def test_text_fields_reject_values_yaml_reads_as_something_else(line, value, read_as):
    problem = only(
        load(MINIMAL.replace("  owner: Dana Fischer", "  owner: Dana Fischer\n" + line)), "RK012"
    )
    assert where(problem) == (5, 12)
    assert read_as in problem.message
    assert problem.hint == f'Put it in quotes: version: "{value}"'


def test_quoted_version_is_fine():
    assert load(MINIMAL + "budget:\n  total: 100 EUR\n").diagnostics == []
    text = MINIMAL.replace("  owner: Dana Fischer", '  owner: Dana Fischer\n  version: "1.10"')
    loaded = load(text)
    assert loaded.diagnostics == []
    assert loaded.brief.initiative.version == "1.10"


def test_id_read_as_a_number():
    problem = only(load(MINIMAL.replace("id: REQ-1", "id: 42")), "RK012")
    assert where(problem) == (6, 9)
    assert "whole number 42" in problem.message


def test_number_field_rejects_text_with_a_unit():
    text = (
        MINIMAL
        + "goals:\n  - id: G1\n    statement: More leads\n    metrics:\n      - name: Leads\n        target: 25%\n"
    )
    problem = only(load(text), "RK012")
    assert where(problem) == (14, 17)
    assert '"target" must be a number' in problem.message and '"25%"' in problem.message
    assert "unit" in problem.hint


def test_list_expected():
    text = MINIMAL + "    acceptance_criteria: The date is visible\n"
    problem = only(load(text), "RK012")
    assert where(problem) == (9, 26)
    assert "must be a list" in problem.message


def test_invalid_choice_suggests_the_closest():
    problem = only(load(MINIMAL.replace("priority: must", "priority: mus")), "RK013")
    assert where(problem) == (8, 15)
    assert problem.message == '"mus" is not a valid priority'
    assert problem.hint.startswith('Did you mean "must"?')


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2027-02-30", "not a real calendar date"),
        ("15.03.2027", "must be a date"),
        ("2027-03-01 10:00:00", "without a time"),
    ],
)
def test_dates(value, words):
    text = MINIMAL + f"timeline:\n  milestones:\n    - name: Launch\n      date: {value}\n"
    problem = only(load(text), "RK013")
    assert where(problem) == (12, 13)
    assert words in problem.message


def test_quoted_iso_date_is_accepted():
    text = MINIMAL + "timeline:\n  milestones:\n    - name: Launch\n      date: '2027-03-01'\n"
    loaded = load(text)
    assert loaded.diagnostics == []
    assert loaded.brief.timeline.milestones[0].date.isoformat() == "2027-03-01"


@pytest.mark.parametrize(
    "value",
    ["48000 EUR", "EUR 48,000", "48_000.50 EUR", "€48000", "{amount: 48000, currency: EUR}"],
)
def test_money_forms(value):
    loaded = load(MINIMAL + f"budget:\n  total: {value}\n")
    assert loaded.diagnostics == []
    assert loaded.brief.budget.total.currency == "EUR"
    assert int(loaded.brief.budget.total.amount) == 48000


@pytest.mark.parametrize(("value", "code"), [("48000", "RK013"), ("48000 eur", "RK013")])
def test_money_needs_a_currency(value, code):
    problem = only(load(MINIMAL + f"budget:\n  total: {value}\n"), code)
    assert where(problem) == (10, 10)
    assert "48000 EUR" in problem.hint


def test_negative_money():
    problem = only(load(MINIMAL + "budget:\n  total: {amount: -5, currency: EUR}\n"), "RK013")
    assert "negative" in problem.message


def test_bad_currency_code():
    problem = only(load(MINIMAL + "budget:\n  total: {amount: 5, currency: Euro}\n"), "RK013")
    assert "currency code" in problem.message


def test_id_with_spaces():
    problem = only(load(MINIMAL.replace("id: REQ-1", "id: REQ 1")), "RK013")
    assert "not a valid id" in problem.message


def test_all_problems_are_reported_in_one_run():
    text = MINIMAL.replace("  title:", "  titel:").replace("priority: must", "priority: high")
    text += "budget:\n  total: lots\n"
    assert sorted(codes(load(text).diagnostics)) == ["RK010", "RK013", "RK013"]


def test_misspelt_required_key_is_one_problem_not_two():
    loaded = load(MINIMAL.replace("  title:", "  titel:"))
    assert codes(loaded.diagnostics) == ["RK010"]


def test_unrelated_unknown_key_does_not_hide_a_missing_one():
    loaded = load(MINIMAL.replace("  title: Spring campaign page", "  colour: blue"))
    assert sorted(codes(loaded.diagnostics)) == ["RK010", "RK011"]


PEOPLE = """\
stakeholders:
  - name: Dana Fischer
    side: marketing
  - name: Sam Okafor
    side: it
goals:
  - id: G1
    statement: More leads
"""


def test_duplicate_ids_and_people():
    text = MINIMAL + "  - id: REQ-1\n    statement: Again.\n    priority: could\n" + PEOPLE
    text += "  - id: G1\n    statement: Twice\n"
    loaded = load(text)
    dupes = [d for d in loaded.diagnostics if d.code == "RK014"]
    assert [where(d) for d in dupes] == [(9, 9), (20, 9)]
    assert "first on line 6" in dupes[0].message


def test_references_must_resolve_with_a_suggestion():
    text = MINIMAL + "    goals: [G2]\n    depends_on: [REQ-9]\n" + PEOPLE
    text += "raci:\n  - deliverable: Page\n    accountable: [Dana Fisher]\n"
    text += "approvals:\n  - name: Pat Lee\n    status: approved\n"
    loaded = load(text)
    refs = [d for d in loaded.diagnostics if d.code == "RK015"]
    assert [where(d) for d in refs] == [(9, 13), (10, 18), (21, 19), (23, 11)]
    assert refs[0].message == 'The goal id "G2" is not defined in goals'
    assert refs[2].hint == 'Did you mean "Dana Fischer"?'
    assert 'Add "Pat Lee" to stakeholders' in refs[3].hint


def test_dependency_cycle():
    text = (
        MINIMAL
        + "    depends_on: [REQ-2]\n  - id: REQ-2\n    statement: B.\n    priority: must\n    depends_on: [REQ-1]\n"
    )
    problem = only(load(text), "RK016")
    assert "REQ-1 → REQ-2 → REQ-1" in problem.message
    assert where(problem) == (9, 17)


def test_self_dependency_is_a_cycle():
    problem = only(load(MINIMAL + "    depends_on: [REQ-1]\n"), "RK016")
    assert "REQ-1 → REQ-1" in problem.message

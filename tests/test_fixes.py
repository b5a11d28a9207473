"""The fix API: each kind of fix, and that fixing touches nothing but the fixed spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, MINIMAL
from reqkit.config import Config
from reqkit.fixes import Edit, Fix, apply_fixes, plan_fixes
from reqkit.fixes.dates import read_date
from reqkit.linter import Linter, LintOptions
from reqkit.loader import load_text

BRIEF = Path("brief.yaml")


def fixed(text: str, *, unsafe: bool = False) -> str:
    return apply_fixes(text, plan_fixes(text, BRIEF, config=Config(), unsafe=unsafe))


def fully_fixed(text: str, *, unsafe: bool = False) -> str:
    """Fixed until nothing is left, as --fix does (overlapping fixes wait a pass)."""
    for _ in range(10):
        following = fixed(text, unsafe=unsafe)
        if following == text:
            return text
        text = following
    raise AssertionError("fixing does not settle")


def test_a_fix_names_its_rule_position_and_edits():
    text = MINIMAL.replace("id: MKT-1", "id: no")
    (fix,) = plan_fixes(text, BRIEF, config=Config())
    assert (fix.code, fix.line, fix.column, fix.safe) == ("RK012", 2, 7, True)
    assert fix.edits == (Edit(18, 20, '"no"'),)
    assert '"no"' in fix.title


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("  title: Spring campaign page\n", '  title: Spring campaign page\n  version: "1.10"\n'),
        ("  id: MKT-1\n", '  id: "0123"\n'),
        ("  id: MKT-1\n", '  id: "12:30"\n'),
        ("  id: MKT-1\n", '  id: "2027-03-01"\n'),
    ],
    ids=["number", "octal-looking", "time", "date"],
)
def test_values_read_as_the_wrong_type_are_quoted(before, after):
    written = after.replace('"', "")
    text = MINIMAL.replace(before, written)
    assert fixed(text) == MINIMAL.replace(before, after)


def test_a_value_the_schema_wants_as_a_number_is_not_quoted():
    text = MINIMAL + "budget:\n  lines: no\n"
    assert fixed(text) == text


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("priority: Must", "priority: must"),
        ("priority: 'MUST'", "priority: 'must'"),
    ],
)
def test_choices_in_the_wrong_case_are_written_as_listed(wrong, right):
    text = MINIMAL.replace("priority: must", wrong)
    assert fixed(text) == MINIMAL.replace("priority: must", right)


def test_a_side_in_capitals_is_fixed_but_an_unknown_choice_is_not():
    text = MINIMAL + "stakeholders:\n  - name: Ann\n    side: IT\n  - name: Bob\n    side: ops\n"
    assert fixed(text).endswith("side: it\n  - name: Bob\n    side: ops\n")


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2027-3-1", "2027-03-01"),
        ("15.03.2027", "2027-03-15"),
        ("03/15/2027", "2027-03-15"),
        ("05.05.2027", "2027-05-05"),
        ("15 March 2027", "2027-03-15"),
        ("March 15, 2027", "2027-03-15"),
        ("2027/3/1", "2027-03-01"),
    ],
)
def test_dates_with_one_reading_become_iso(written, iso):
    assert read_date(written).isoformat() == iso
    text = MINIMAL.replace("  owner:", f"  created: {written}\n  owner:")
    assert fixed(text) == MINIMAL.replace("  owner:", f"  created: {iso}\n  owner:")


@pytest.mark.parametrize("written", ["03.04.2027", "1.2.27", "31.02.2027"])
def test_dates_with_two_readings_or_none_are_left_alone(written):
    assert read_date(written) is None
    text = MINIMAL.replace("  owner:", f"  created: {written}\n  owner:")
    assert fixed(text) == text


def test_a_date_without_leading_zeros_is_reported_with_both_readings():
    loaded = load_text(MINIMAL.replace("  owner:", "  created: 2027-3-1\n  owner:"))
    (finding,) = [d for d in loaded.diagnostics if d.code == "RK013"]
    assert "2027-3-1 reads two ways" in finding.message
    assert "2027-03-01" in (finding.hint or "")


TIMELINE = """\
timeline:
  milestones:
    # the launch: fixed by the trade show
    - name: Launch  # hard date
      date: 2027-03-01
      kind: launch

    - name: Kick-off
      date: 2027-01-10
      kind: kickoff
    - name: Build
      date: 2027-02-01
      kind: build
requirements:
"""


def test_milestones_are_sorted_with_their_comments_and_blank_lines_stay_put():
    text = MINIMAL.replace("requirements:\n", TIMELINE)
    result = fixed(text)
    sorted_part = result.split("  milestones:\n")[1].split("requirements:")[0]
    assert sorted_part == (
        "    - name: Kick-off\n"
        "      date: 2027-01-10\n"
        "      kind: kickoff\n"
        "\n"
        "    - name: Build\n"
        "      date: 2027-02-01\n"
        "      kind: build\n"
        "    # the launch: fixed by the trade show\n"
        "    - name: Launch  # hard date\n"
        "      date: 2027-03-01\n"
        "      kind: launch\n"
    )


def test_trailing_blanks_go_but_inside_a_block_of_text_only_when_unsafe():
    text = MINIMAL.replace(
        "  owner: Dana Fischer\n", "  owner: Dana Fischer  \n  summary: |\n    Two  \n    lines\n"
    )
    safe = fixed(text)
    assert "owner: Dana Fischer\n" in safe and "Two  \n" in safe
    assert "Two\n" in fixed(text, unsafe=True)


def test_tabs_that_indent_a_brief_become_spaces_only_with_unsafe_fixes():
    text = MINIMAL.replace("\n  ", "\n\t")
    assert fixed(text) == text
    assert fixed(text, unsafe=True) == MINIMAL


def test_a_derived_total_is_rewritten_only_when_the_config_says_so(tmp_path):
    budget = "budget:\n  total: 100 EUR\n  lines:\n    - {item: A, amount: 30 EUR}\n    - {item: B, amount: 40 EUR}\n"
    text = MINIMAL + budget
    config_file = tmp_path / ".reqkit.toml"
    config_file.write_text("[rules.budget-does-not-add-up]\nderived-total = true\n")
    from reqkit.config import load_config

    derived = load_config(config_file)
    assert apply_fixes(text, plan_fixes(text, BRIEF, config=Config())) == text
    result = apply_fixes(text, plan_fixes(text, BRIEF, config=derived))
    assert "  total: 70 EUR\n" in result
    with_contingency = text + "  contingency: 5 EUR\n"
    (unsafe,) = [
        f
        for f in plan_fixes(with_contingency, BRIEF, config=derived, unsafe=True)
        if f.code == "RK401"
    ]
    assert not unsafe.safe
    assert not [f for f in plan_fixes(with_contingency, BRIEF, config=derived) if f.code == "RK401"]


def test_overlapping_fixes_are_skipped_and_identical_ones_applied_once():
    one = Fix("RK001", "a", True, (Edit(0, 3, "x"),), 1, 1)
    overlapping = Fix("RK002", "b", True, (Edit(2, 4, "y"),), 1, 3)
    same = Fix("RK003", "c", True, (Edit(0, 3, "x"),), 1, 1)
    assert apply_fixes("abcdef", [one, overlapping, same]) == "xdef"


def test_fixes_follow_the_lint_options():
    text = MINIMAL.replace("priority: must", "priority: Must") + "  # note   \n"
    linter = Linter(LintOptions(ignore=("RK704",)))
    codes = {f.code for f in plan_fixes(text, BRIEF, config=Config(), linter=linter)}
    assert codes == {"RK013"}


# -- the rest of the file stays byte for byte --------------------------------


def _damage(text: str) -> str:
    """The brief with problems --fix repairs: blanks at line ends, choices in capitals."""
    text = re.sub(r"(?m)^(\s*\w+: [^|>\n#]*[^\s|>#])$", r"\1   ", text, count=5)
    text = re.sub(r"priority: must\b", "priority: MUST", text, count=2)
    return re.sub(r"side: it\b", "side: IT", text, count=1)


FOUR_SPACES = """\
# A brief in another style: four spaces, lists not indented under their key.
initiative:
    id: MKT-9
    title: Shop opening page
    owner: Dana Fischer
    stage: draft   # still moving
stakeholders:
- name: Dana Fischer
  side: marketing
- name: Ola Berg
  side: it
timeline:
    milestones:
    - name: Launch
      date: 2027-04-01
    # kick-off first
    - name: Kick-off
      date: 2027-02-01
requirements:
-   id: REQ-1
    statement: The page shall show the opening hours.
    priority: must
"""


def _briefs() -> list[tuple[str, str]]:
    found = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.yaml"))]
    return [*found, ("four-spaces", FOUR_SPACES), ("crlf", FOUR_SPACES)]


@pytest.mark.parametrize(("name", "text"), _briefs(), ids=[n for n, _ in _briefs()])
def test_fixing_changes_only_the_fixed_spans(name, text):
    newline = "\r\n" if name == "crlf" else "\n"
    damaged = _damage(text).replace("\n", newline)
    text = text.replace("\n", newline)
    assert damaged != text
    fixes = plan_fixes(damaged, BRIEF, config=Config(), unsafe=True)
    assert {"RK013", "RK704"} <= {fix.code for fix in fixes}
    result = apply_fixes(damaged, fixes)
    # Cut the edited spans out of both texts: what is left must be identical.
    kept_before, kept_after, at, shift = [], [], 0, 0
    for edit in sorted({e for f in fixes for e in f.edits}, key=lambda e: e.start):
        kept_before.append(damaged[at : edit.start])
        kept_after.append(result[at + shift : edit.start + shift])
        shift += len(edit.replacement) - (edit.end - edit.start)
        at = edit.end
    assert kept_before == kept_after
    # And the damage is undone exactly, apart from what the brief itself needed.
    assert fully_fixed(damaged, unsafe=True) == fully_fixed(text, unsafe=True)


@pytest.mark.parametrize(
    "name", ["crm-migration.yaml", "loyalty-app.yaml", "trade-show-microsite.yaml"]
)
def test_a_good_example_has_nothing_to_fix(name):
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    assert plan_fixes(text, BRIEF, config=Config(), unsafe=True) == []


def test_the_second_style_keeps_its_indentation_when_milestones_move():
    result = fully_fixed(FOUR_SPACES)
    assert (
        "    milestones:\n    # kick-off first\n    - name: Kick-off\n      date: 2027-02-01\n    - name: Launch\n"
        in result
    )


def test_milestones_that_share_values_through_anchors_are_not_moved():
    shared = TIMELINE.replace(
        "      kind: launch\n", "      kind: launch\n      owner: &o Dana\n"
    ).replace("      kind: build\n", "      kind: build\n      owner: *o\n")
    text = MINIMAL.replace("requirements:\n", shared)
    reported = Linter().lint_loaded(load_text(text), Linter().ruleset_for(Config()))
    assert "RK309" in {d.code for d in reported}
    assert not [f for f in plan_fixes(text, BRIEF, config=Config()) if f.code == "RK309"]


# -- the diff --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n"]),
        (
            [f"{i}\n" for i in range(20)],
            [f"{i}\n" if i not in (2, 15) else "x\n" for i in range(20)],
        ),
        (["k\n", "1\n", "2\n", "3\n", "end\n"], ["k\n", "2\n", "3\n", "1\n", "end\n"]),
        (["a\n", "b"], ["a\n", "c"]),
    ],
    ids=["one-line", "two-hunks", "moved", "no-newline-at-end"],
)
def test_the_diff_reads_as_difflib_writes_it(before, after):
    import difflib

    from reqkit.fixes.unified import unified_diff

    expected = "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
        for line in difflib.unified_diff(before, after, "a/x", "b/x")
    )
    assert unified_diff(before, after, "a/x", "b/x") == expected


def test_the_diff_of_a_long_brief_with_scattered_fixes_is_quick():
    import time

    from reqkit.fixes.unified import unified_diff

    before = [f"  line {i}: text\n" for i in range(30_000)]
    after = [line.replace("text", "TEXT") if i % 13 == 0 else line for i, line in enumerate(before)]
    started = time.perf_counter()
    diff = unified_diff(before, after, "a/x", "b/x")
    assert time.perf_counter() - started < 5  # a general line diff takes minutes here
    assert diff.count("\n+  line") == len(range(0, 30_000, 13))


def test_a_date_is_written_as_iso_only_where_the_field_is_a_date():
    text = MINIMAL.replace("id: MKT-1", "id: 15 March 2027")
    loaded = load_text(text)
    assert "RK013" in {d.code for d in loaded.diagnostics}
    assert fixed(text) == text

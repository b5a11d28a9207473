"""The facts the rendered brief shows: traceability, RACI, money, sign-off, timeline."""

from __future__ import annotations

import datetime as dt

from conftest import EXAMPLES, load
from reqkit.loader import load_brief
from reqkit.model import Approval
from reqkit.render.facts import approval_state
from reqkit.render.timeline import timeline_items
from reqkit.render.timeline_chart import WIDTH, timeline_chart
from reqkit.render.view import build_view

BRIEF = """
initiative: {id: B-1, title: Facts, owner: Ann}
stakeholders:
  - {name: Ann, side: marketing}
  - {name: Bo, side: it}
  - {name: Cy, side: other}
goals:
  - {id: G1, statement: Served}
  - {id: G2, statement: Nobody serves this, party: it}
requirements:
  - {id: R1, statement: One, priority: should, goals: [G1]}
  - {id: R2, statement: Two, priority: must, goals: [G1], depends_on: [R1]}
  - {id: R3, statement: Three, priority: must}
raci:
  - {deliverable: Site, responsible: [Bo, Ann], accountable: [Ann], informed: [Cy]}
budget:
  total: 1000 EUR
  contingency: 100 EUR
  lines:
    - {item: A, amount: 600 EUR}
    - {item: B, amount: 300 EUR}
timeline:
  milestones:
    - {name: Late, date: 2027-06-01, hard: true}
    - {name: Early, date: 2027-01-10}
    - {name: Later hard, date: 2027-09-01, hard: true}
  phases:
    - {name: Build, start: 2027-02-01, end: 2027-04-30}
"""


def _view(**options):
    loaded = load(BRIEF)
    assert loaded.valid, loaded.diagnostics
    return build_view(loaded.brief, "facts.yaml", **options)


def test_traceability_both_ways():
    view = _view()
    assert view.requirements_for_goal == {"G1": ("R1", "R2")}
    assert view.needed_by == {"R1": ("R2",)}


def test_the_view_judges_nothing_without_findings():
    """No findings given, no warnings: gaps are the linter's to report, not the view's."""
    notes = _view().notes
    assert notes.top == () and notes.trace == ()
    assert notes.section("traceability") == () and notes.requirement("R3") == ()


def test_requirements_grouped_by_priority_in_moscow_order():
    view = _view()
    assert [(g.key, [r.id for r in g.items]) for g in view.requirement_groups] == [
        ("must", ["R2", "R3"]),
        ("should", ["R1"]),
    ]
    assert [g.key for g in view.goals_by_party] == ["marketing", "it"]


def test_raci_matrix_has_a_letter_per_role():
    raci = _view().raci
    assert raci.people == ("Ann", "Bo", "Cy")
    assert raci.rows == (("Site", ("RA", "R", "I")),)


def test_a_contingency_held_inside_the_total_is_not_added_again():
    facts = _view().budget
    assert str(facts.lines_total) == "900 EUR"
    assert facts.contingency_included and facts.with_contingency is None
    assert str(facts.cost.amount) == "1,000 EUR"


def test_a_contingency_held_on_top_is_added_to_the_total():
    loaded = load(BRIEF.replace("{item: B, amount: 300 EUR}", "{item: B, amount: 400 EUR}"))
    facts = build_view(loaded.brief, "facts.yaml").budget
    assert str(facts.lines_total) == "1,000 EUR"
    assert not facts.contingency_included and str(facts.with_contingency) == "1,100 EUR"


def test_approval_state():
    assert approval_state([]).status == "none"
    signed = Approval(name="A", status="approved")
    pending = Approval(name="B")
    assert approval_state([signed, pending]).label == "Pending: 1 of 2 signed"
    assert approval_state([signed, signed]).status == "approved"
    assert approval_state([pending, Approval(name="C", status="rejected")]).label == "Rejected by C"


def test_next_hard_date_depends_on_the_date_given():
    assert _view().next_hard_date.name == "Late"
    assert _view(date=dt.date(2027, 7, 1)).next_hard_date.name == "Later hard"
    assert _view(date=dt.date(2027, 10, 1)).next_hard_date is None


def test_timeline_is_in_date_order_and_fits_the_chart():
    view = _view(date=dt.date(2027, 3, 1))
    assert [item.name for item in view.timeline] == ["Early", "Build", "Late", "Later hard"]
    chart = view.chart
    assert chart.today is not None and chart.left < chart.today.x < chart.right
    for row in chart.rows:
        assert chart.left <= row.x1 <= row.x2 <= chart.right
        assert row.box.x1 >= 0 and row.box.x2 <= WIDTH, row
    assert [tick.label for tick in chart.ticks][:2] == ["Mar 2027", "May"]


def test_every_example_chart_keeps_its_labels_inside():
    for example in EXAMPLES.glob("*.yaml"):
        brief = load_brief(example).brief
        items = timeline_items(brief.timeline)
        if not items:
            continue
        for row in timeline_chart(items).rows:
            assert row.box.x1 >= 0 and row.box.x2 <= WIDTH, (example.name, row.label)


def test_a_single_day_timeline_still_has_ticks():
    text = """
        initiative: {id: A, title: T, owner: O}
        timeline:
          milestones:
            - {name: Only, date: 2027-05-15}
    """
    items = timeline_items(load(text).brief.timeline)
    chart = timeline_chart(items)
    assert chart.ticks and len(chart.rows) == 1

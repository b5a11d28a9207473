"""Unit tests for the people and collaboration rules' judgement calls."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from reqkit.model import Brief
from reqkit.rules.base import Context, Finding, Rule
from reqkit.rules.people.blocking_question import BlockingQuestion
from reqkit.rules.people.no_liaison import NoLiaison
from reqkit.rules.people.no_owner import NoOwner
from reqkit.rules.people.no_shared_channel import NoSharedChannel
from reqkit.rules.people.one_sided_goals import OneSidedGoals
from reqkit.rules.people.overdue_question import OverdueQuestion
from reqkit.rules.people.question_without_owner import QuestionWithoutOwner

TODAY = dt.date(2026, 12, 1)


def brief(**sections: Any) -> Brief:
    return Brief.model_validate(
        {"initiative": {"id": "MKT-1", "title": "Test", "owner": "Kim Baxter"}, **sections}
    )


def run(rule: Rule, subject: Brief, **options: Any) -> list[Finding]:
    return list(rule.check(subject, Context(TODAY, "handoff", rule.Options(**options))))


def channel(text: str) -> Brief:
    return brief(communication={"channel": text})


@pytest.mark.parametrize(
    "text",
    [
        "e-mail",
        "E-Mails to Kim",
        "email list of the project",
        "Kim's Outlook",
        "kim.baxter@example.com",
        "Gmail",
    ],
)
def test_private_email_channels_are_flagged(text: str):
    [finding] = run(NoSharedChannel(), channel(text))
    assert finding.path == ("communication", "channel")
    assert "private e-mail" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Jira project MKTWEB",
        "Slack channel #spring-web; e-mail for urgent items",
        "Weekly call with both liaisons",
    ],
)
def test_shared_or_unknown_channels_pass(text: str):
    assert run(NoSharedChannel(), channel(text)) == []


def test_a_project_can_name_its_own_shared_tool():
    assert len(run(NoSharedChannel(), channel("Wrike folder, updates by e-mail"))) == 1
    extra = (*NoSharedChannel.Options().shared_words, "Wrike")
    assert (
        run(NoSharedChannel(), channel("Wrike folder, updates by e-mail"), shared_words=extra) == []
    )


def test_an_open_question_names_what_it_lacks_once():
    subject = brief(open_questions=[{"question": "Who hosts it?", "due": "2027-01-15"}])
    [finding] = run(QuestionWithoutOwner(), subject)
    assert finding.message == 'The open question "Who hosts it?" has no owner'
    assert "`owner:`" in (finding.hint or "") and "`due:`" not in (finding.hint or "")


def test_an_overdue_blocking_question_is_reported_once_and_says_it_is_late():
    subject = brief(
        open_questions=[{"question": "Which CRM?", "due": "2026-11-20", "blocking": True}]
    )
    [blocking] = run(BlockingQuestion(), subject)
    assert blocking.message.endswith("blocks IT's work and was due on 2026-11-20")
    assert run(OverdueQuestion(), subject) == []


def test_a_side_with_nobody_listed_still_needs_a_liaison_except_it():
    subject = brief(stakeholders=[{"name": "Sam Okafor", "side": "it", "liaison": True}])
    [finding] = run(NoLiaison(), subject)
    assert finding.message == "Nobody on the marketing side is named as liaison"


def test_goals_of_other_parties_only_name_both_missing_sides():
    subject = brief(goals=[{"id": "G1", "statement": "Keep the audit trail.", "party": "other"}])
    [finding] = run(OneSidedGoals(), subject)
    assert (
        finding.message
        == "The only goal belongs to other parties; neither marketing nor IT has one of its own"
    )


def test_no_owner_share_is_an_option():
    musts = [{"id": f"R{n}", "statement": f"Statement {n}", "priority": "must"} for n in range(4)]
    musts[0] = {**musts[0], "owner": "Kim Baxter"}
    subject = brief(requirements=musts)  # 3 of 4 musts (75 %) without owner, no RACI
    [finding] = run(NoOwner(), subject)
    assert "3 of 4 must requirements (75 %) have no owner" in finding.message
    assert run(NoOwner(), subject, max_unowned_share=0.75) == []

"""People and collaboration rules (RK6xx): who is at the table and who answers for what."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.people.blocking_question import BlockingQuestion
from reqkit.rules.people.duplicate_initiative_id import DuplicateInitiativeId
from reqkit.rules.people.next_step_without_owner import NextStepWithoutOwner
from reqkit.rules.people.no_it_stakeholder import NoItStakeholder
from reqkit.rules.people.no_liaison import NoLiaison
from reqkit.rules.people.no_owner import NoOwner
from reqkit.rules.people.no_shared_channel import NoSharedChannel
from reqkit.rules.people.one_sided_goals import OneSidedGoals
from reqkit.rules.people.overdue_question import OverdueQuestion
from reqkit.rules.people.question_without_owner import QuestionWithoutOwner
from reqkit.rules.people.raci_accountable import RaciAccountable
from reqkit.rules.people.raci_responsible import RaciResponsible
from reqkit.rules.people.vendor_without_criteria import VendorWithoutCriteria
from reqkit.rules.people.vendor_without_it import VendorWithoutIt

RULES: tuple[Rule, ...] = (
    NoItStakeholder(),
    NoLiaison(),
    RaciAccountable(),
    RaciResponsible(),
    NoOwner(),
    QuestionWithoutOwner(),
    BlockingQuestion(),
    NextStepWithoutOwner(),
    NoSharedChannel(),
    VendorWithoutIt(),
    VendorWithoutCriteria(),
    OneSidedGoals(),
    OverdueQuestion(),
    DuplicateInitiativeId(),
)

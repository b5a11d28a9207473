"""Schedule and process rules (RK3xx): lead time, dates, order of steps and sign-offs."""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.schedule.approval_after_delivery import ApprovalAfterDelivery
from reqkit.rules.schedule.date_in_past import DateInPast
from reqkit.rules.schedule.hard_date_without_reason import HardDateWithoutReason
from reqkit.rules.schedule.milestones_out_of_order import MilestonesOutOfOrder
from reqkit.rules.schedule.missing_it_signoff import MissingItSignoff
from reqkit.rules.schedule.missing_signoff import MissingSignoff
from reqkit.rules.schedule.no_approval_step import NoApprovalStep
from reqkit.rules.schedule.short_lead_time import ShortLeadTime
from reqkit.rules.schedule.unsorted_milestones import UnsortedMilestones

RULES: tuple[Rule, ...] = (
    ShortLeadTime(),
    HardDateWithoutReason(),
    DateInPast(),
    MilestonesOutOfOrder(),
    ApprovalAfterDelivery(),
    NoApprovalStep(),
    MissingItSignoff(),
    MissingSignoff(),
    UnsortedMilestones(),
)

"""What the templates see: the validated brief plus the facts a reader needs.

Templates stay simple when the questions a reader asks ("which requirements
serve this goal?", "who is accountable for what?", "is it signed off?") are
answered here once, in Python, for both the Markdown and the HTML document.
The view judges nothing: figures come from the library (``reqkit.trace``, the
budget sums), and every warning from the linter's findings. The view holds
the pydantic model itself, never YAML nodes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from reqkit.diagnostics import Diagnostic
from reqkit.model import PRIORITIES, Brief, Goal, Requirement, Waiver, is_open
from reqkit.render.facts import (
    ApprovalState,
    BudgetFacts,
    RaciMatrix,
    approval_state,
    budget_facts,
    raci_matrix,
)
from reqkit.render.notes import DocumentNotes, document_notes
from reqkit.render.review import review_notes
from reqkit.render.sections import Section, present_sections
from reqkit.render.timeline import TimelineItem, timeline_items
from reqkit.render.timeline_chart import COMPACT_WIDTH, TimelineChart, timeline_chart
from reqkit.trace import trace

T = TypeVar("T")

SIDE_LABELS = {"marketing": "Marketing", "it": "IT", "other": "Other parties"}
PRIORITY_LABELS = {
    "must": "Must have",
    "should": "Should have",
    "could": "Could have",
    "wont": "Won't have this time",
}


@dataclass(frozen=True)
class Group(Generic[T]):
    """Items that share a key (a side, a party, a priority), in the brief's order."""

    key: str
    label: str
    items: tuple[T, ...]


@dataclass(frozen=True)
class WaiverEntry:
    """A waiver and what it applies to: the whole brief or one requirement."""

    requirement: str | None
    waiver: Waiver


@dataclass(frozen=True)
class SinceApproval:
    """What moved since the sign-off recorded in the brief's baseline."""

    date: dt.date
    status: dict[str, str]  # requirement id -> "added" or "changed"
    removed: tuple[str, ...]
    sections: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.status or self.removed or self.sections)


def since_approval(brief: Brief) -> SinceApproval | None:
    """Requirements added or changed since approval, so readers see what is new."""
    if brief.baseline is None:
        return None
    from reqkit.baseline import drift

    moved = drift(brief, brief.baseline)
    status = {rid: "added" for rid in moved.added} | {rid: "changed" for rid in moved.changed}
    return SinceApproval(brief.baseline.date, status, moved.removed, moved.sections)


@dataclass(frozen=True)
class BriefView:
    """The brief as the templates see it."""

    brief: Brief
    source_name: str
    date: dt.date | None
    sections: tuple[Section, ...]
    stakeholders_by_side: tuple[Group[Any], ...]
    goals_by_party: tuple[Group[Goal], ...]
    requirement_groups: tuple[Group[Requirement], ...]
    requirements_for_goal: dict[str, tuple[str, ...]]
    needed_by: dict[str, tuple[str, ...]]
    goal_statements: dict[str, str]
    raci: RaciMatrix
    budget: BudgetFacts | None
    timeline: tuple[TimelineItem, ...]
    chart: TimelineChart | None
    compact_chart: TimelineChart | None
    """The same chart laid out for a phone screen."""
    open_questions: tuple[Any, ...]
    answered_questions: tuple[Any, ...]
    waivers: tuple[WaiverEntry, ...]
    approval: ApprovalState
    findings: tuple[Any, ...] | None
    """The review notes: every finding, when asked for with ``--with-lint``."""
    notes: DocumentNotes
    """The findings the document shows where they belong, whether or not it has review notes."""
    since_approval: SinceApproval | None = None

    def has(self, section_id: str) -> bool:
        """Whether a section has content and is printed."""
        return any(section.id == section_id for section in self.sections)

    @property
    def next_hard_date(self) -> TimelineItem | None:
        """The first hard date on or after ``date`` (or the first one at all)."""
        for item in self.timeline:
            if item.hard and (self.date is None or item.start >= self.date):
                return item
        return None


def build_view(
    brief: Brief,
    source_name: str,
    *,
    date: dt.date | None = None,
    findings: Sequence[Diagnostic] = (),
    review: bool = False,
) -> BriefView:
    """Everything the templates need, computed once in linear time.

    ``findings`` are the linter's findings for the brief at its stage: the
    only source of the warnings the document shows. With ``review`` they are
    also listed in full as review notes.
    """
    links = trace(brief)
    timeline = timeline_items(brief.timeline)
    sections = present_sections(brief, linted=review)
    return BriefView(
        brief=brief,
        source_name=source_name,
        date=date,
        sections=sections,
        stakeholders_by_side=_grouped(brief.stakeholders, lambda s: s.side, SIDE_LABELS),
        goals_by_party=_grouped(brief.goals, lambda g: g.party, SIDE_LABELS),
        requirement_groups=_grouped(brief.requirements, lambda r: r.priority, PRIORITY_LABELS),
        requirements_for_goal=links.serving,
        needed_by=links.needed_by,
        goal_statements={goal.id: goal.statement for goal in brief.goals},
        raci=raci_matrix(brief),
        budget=budget_facts(brief.budget) if brief.budget else None,
        timeline=timeline,
        chart=timeline_chart(timeline, date) if timeline else None,
        compact_chart=timeline_chart(timeline, date, COMPACT_WIDTH) if timeline else None,
        open_questions=tuple(q for q in brief.open_questions if is_open(q)),
        answered_questions=tuple(q for q in brief.open_questions if not is_open(q)),
        waivers=_waivers(brief),
        approval=approval_state(brief.approvals),
        findings=tuple(review_notes(brief, findings)) if review else None,
        notes=document_notes(brief, findings, sections),
        since_approval=since_approval(brief),
    )


def _grouped(items: Iterable[T], key: Any, labels: dict[str, str]) -> tuple[Group[T], ...]:
    buckets: dict[str, list[T]] = defaultdict(list)
    for item in items:
        buckets[key(item)].append(item)
    order = PRIORITIES if labels is PRIORITY_LABELS else tuple(labels)
    return tuple(Group(k, labels[k], tuple(buckets[k])) for k in order if buckets.get(k))


def _waivers(brief: Brief) -> tuple[WaiverEntry, ...]:
    entries = [WaiverEntry(None, waiver) for waiver in brief.initiative.waivers]
    entries += [WaiverEntry(r.id, waiver) for r in brief.requirements for waiver in r.waivers]
    return tuple(entries)

"""Which sections a rendered brief has, in the order a reader needs them.

A section with nothing in it is left out rather than printed empty; deciding
that here, once, keeps the table of contents, the Markdown and the HTML in
agreement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reqkit.model import Brief


@dataclass(frozen=True)
class Section:
    """A top-level section: its anchor and its heading."""

    id: str
    title: str
    major: bool = False
    """A chapter a reader looks for, marked ``class="major"`` in the HTML: a hook for a
    house print style that wants it on a new page (the built-in one lets sections flow)."""


def _technical(brief: Brief) -> bool:
    technical = brief.technical
    return technical is not None and any(
        getattr(technical, name) for name in type(technical).model_fields
    )


def _timeline(brief: Brief) -> bool:
    timeline = brief.timeline
    return timeline is not None and bool(
        timeline.milestones or timeline.phases or timeline.quick_wins
    )


def _budget(brief: Brief) -> bool:
    budget = brief.budget
    return budget is not None and bool(
        budget.total or budget.lines or budget.contingency or budget.expected_benefit
    )


def _waivers(brief: Brief) -> bool:
    return bool(brief.initiative.waivers) or any(r.waivers for r in brief.requirements)


_SECTIONS: tuple[tuple[str, str, Callable[[Brief], bool]], ...] = (
    (
        "overview",
        "Summary and problem",
        lambda b: bool(b.initiative.summary or b.initiative.problem),
    ),
    ("goals", "Goals and success metrics", lambda b: bool(b.goals)),
    (
        "people",
        "People and responsibilities",
        lambda b: bool(b.stakeholders or b.communication or b.raci),
    ),
    ("requirements", "Requirements", lambda b: bool(b.requirements)),
    ("traceability", "Traceability", lambda b: bool(b.goals and b.requirements)),
    ("constraints", "Constraints", lambda b: bool(b.constraints)),
    ("budget", "Budget", _budget),
    ("timeline", "Timeline", _timeline),
    ("technical", "Technical considerations", _technical),
    ("questions", "Open questions", lambda b: bool(b.open_questions)),
    ("risks", "Risks", lambda b: bool(b.risks)),
    ("assumptions", "Assumptions", lambda b: bool(b.assumptions)),
    ("out-of-scope", "Out of scope", lambda b: bool(b.out_of_scope)),
    ("vendors", "Vendors and selection criteria", lambda b: bool(b.vendors)),
    ("approvals", "Approvals", lambda b: bool(b.approvals)),
    ("changes", "Change log", lambda b: bool(b.changes)),
    ("next-steps", "Next steps", lambda b: bool(b.next_steps)),
    ("glossary", "Glossary", lambda b: bool(b.glossary)),
    ("waivers", "Waivers", _waivers),
)

_MAJOR = frozenset(
    {"goals", "people", "requirements", "traceability", "timeline", "technical", "approvals"}
)

REVIEW = Section("review", "Review notes", major=True)

#: The section each top-level key of a brief is shown in, for links from findings.
SECTION_OF_KEY = {
    "initiative": "top",
    "stakeholders": "people",
    "communication": "people",
    "raci": "people",
    "goals": "goals",
    "requirements": "requirements",
    "constraints": "constraints",
    "budget": "budget",
    "timeline": "timeline",
    "technical": "technical",
    "open_questions": "questions",
    "risks": "risks",
    "assumptions": "assumptions",
    "out_of_scope": "out-of-scope",
    "vendors": "vendors",
    "approvals": "approvals",
    "changes": "changes",
    "next_steps": "next-steps",
    "glossary": "glossary",
}


def present_sections(brief: Brief, *, linted: bool = False) -> tuple[Section, ...]:
    """The sections with content, in reading order; review notes last when linted."""
    found = tuple(Section(id, title, id in _MAJOR) for id, title, has in _SECTIONS if has(brief))
    return (*found, REVIEW) if linted else found

"""Fingerprints of what IT signed off, so that later changes can be named.

A fingerprint is a short hash of a canonical form of the content: wording
is compared with runs of white space folded, list order kept where it
carries meaning (acceptance criteria) and ignored where it does not (goal
links). Per-requirement fingerprints let the linter say *which* requirement
changed after approval, not just that something did.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from reqkit.model import Baseline, Brief, Requirement

_LENGTH = 16  # hex digits: 64 bits, plenty to tell versions of one brief apart


def _hash(value: Any) -> str:
    import hashlib  # only briefs with a baseline pay for it

    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:_LENGTH]


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def requirement_content(requirement: Requirement) -> dict[str, Any]:
    """What of a requirement IT scoped: changing any of it is a change order."""
    return {
        "statement": _words(requirement.statement),
        "priority": requirement.priority,
        "acceptance_criteria": [_words(c) for c in requirement.acceptance_criteria],
        "goals": sorted(requirement.goals),
        "depends_on": sorted(requirement.depends_on),
    }


@dataclass(frozen=True)
class Fingerprints:
    """Hashes of the parts of a brief that a sign-off covers."""

    requirements: dict[str, str] = field(default_factory=dict)
    goals: str = ""
    budget: str = ""
    timeline: str = ""

    @property
    def overall(self) -> str:
        return _hash([self.requirements, self.goals, self.budget, self.timeline])


def _hashed_amounts(value: Any) -> Any:
    """Amounts in the form earlier versions hashed them, so that their baselines still hold.

    Amounts used to be hashed as JSON numbers (``48000.0``). Where that number
    stands for the exact amount, it is hashed the same way still; only amounts
    a binary number cannot hold are hashed as their exact decimal text. Nothing
    here is added up or shown: it only keeps recorded sign-offs valid.
    """
    if isinstance(value, list):
        return [_hashed_amounts(item) for item in value]
    if not isinstance(value, dict):
        return value
    if value.keys() == {"amount", "currency"} and isinstance(value["amount"], str):
        number = float(value["amount"])
        if Decimal(repr(number)) == Decimal(value["amount"]):
            return {**value, "amount": number}
        return value
    return {key: _hashed_amounts(item) for key, item in value.items()}


def fingerprints(brief: Brief) -> Fingerprints:
    """The fingerprints of ``brief`` as it is now."""
    goals = [goal.model_dump(mode="json") for goal in brief.goals]
    budget = _hashed_amounts(brief.budget.model_dump(mode="json")) if brief.budget else None
    milestones = brief.timeline.milestones if brief.timeline else []
    timeline = [
        {"name": _words(m.name), "date": m.date.isoformat(), "kind": m.kind, "hard": m.hard}
        for m in milestones
    ]
    return Fingerprints(
        requirements={r.id: _hash(requirement_content(r)) for r in brief.requirements},
        goals=_hash(goals),
        budget=_hash(budget),
        timeline=_hash(timeline),
    )


def as_baseline_fields(prints: Fingerprints) -> dict[str, Any]:
    """The ``baseline`` keys written into a brief (without version and date)."""
    return {
        "fingerprint": prints.overall,
        "goals": prints.goals,
        "budget": prints.budget,
        "timeline": prints.timeline,
        "requirements": dict(prints.requirements),
    }


@dataclass(frozen=True)
class Drift:
    """What differs between a brief and its baseline."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.sections)


def drift(brief: Brief, baseline: Baseline) -> Drift:
    """Which requirements and sections changed since ``baseline`` was recorded."""
    now = fingerprints(brief)
    if now.overall == baseline.fingerprint:
        return Drift()
    before = baseline.requirements
    order = [r.id for r in brief.requirements]
    sections = tuple(
        name
        for name in ("goals", "budget", "timeline")
        if getattr(baseline, name) is not None and getattr(baseline, name) != getattr(now, name)
    )
    return Drift(
        added=tuple(rid for rid in order if rid not in before),
        removed=tuple(rid for rid in before if rid not in now.requirements),
        changed=tuple(
            rid for rid in order if rid in before and before[rid] != now.requirements[rid]
        ),
        sections=sections,
    )

"""The one sentence about a diff that people repeat in a meeting.

"3 requirements changed, 1 added, deadline moved 14 days later, budget +12 %":
counts of requirements by what happened to them, the hard deadline's move in
days, and the budget's change in percent, then a count of everything else.
"""

from __future__ import annotations

from collections.abc import Iterable

from reqkit.diff.changes import Change

_EDITS = {"reworded", "reprioritised", "criteria", "goals", "dependencies", "changed"}


def summarise(changes: Iterable[Change]) -> str:
    parts = summary_parts(list(changes))
    return (", ".join(parts) + ".") if parts else "No changes."


def summary_parts(changes: list[Change]) -> list[str]:
    parts = _requirement_parts([c for c in changes if c.area == "requirement"])
    goals = {c.subject for c in changes if c.area == "goal"}
    if goals:
        parts.append(_count(len(goals), "goal") + " changed")
    parts += _date_parts([c for c in changes if c.area == "milestone"])
    parts += _budget_parts([c for c in changes if c.area == "budget"])
    rest = [c for c in changes if c.area in ("people", "approval", "other")]
    if rest:
        parts.append(_count(len(rest), "other change"))
    return parts


def _requirement_parts(changes: list[Change]) -> list[str]:
    edited = {c.subject for c in changes if c.kind in _EDITS}
    added = {c.subject for c in changes if c.kind == "added"}
    removed = {c.subject for c in changes if c.kind == "removed"}
    renamed = {c.subject for c in changes if c.kind == "renamed"}
    counts = [
        (len(edited), "changed"),
        (len(added), "added"),
        (len(removed), "removed"),
        (len(renamed), "renamed"),
    ]
    present = [(n, verb) for n, verb in counts if n]
    if not present:
        return []
    first_n, first_verb = present[0]
    return [f"{_count(first_n, 'requirement')} {first_verb}"] + [
        f"{n} {verb}" for n, verb in present[1:]
    ]


def _date_parts(changes: list[Change]) -> list[str]:
    moves = [c for c in changes if c.kind == "moved" and c.days]
    hard = [c for c in moves if c.hard]
    parts = []
    for change in hard:
        label = "deadline" if len(hard) == 1 else f"deadline “{change.subject}”"
        parts.append(f"{label} moved {_days(change.days or 0)}")
    others = len(moves) - len(hard) + sum(1 for c in changes if c.kind != "moved")
    if others:
        parts.append(_count(others, "other date change"))
    return parts


def _budget_parts(changes: list[Change]) -> list[str]:
    total = next((c for c in changes if c.subject == "budget total"), None)
    if total is not None and total.percent is not None:
        rest = len(changes) - 1
        return [f"budget {total.percent:+.0f} %"] + (
            [_count(rest, "other budget change")] if rest else []
        )
    return [_count(len(changes), "budget change")] if changes else []


def _days(days: int) -> str:
    word = "later" if days > 0 else "earlier"
    return f"{abs(days)} day{'s' if abs(days) != 1 else ''} {word}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"

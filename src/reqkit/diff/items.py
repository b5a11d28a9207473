"""Changes to requirements and goals, matched by id."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.diff.changes import Change, normal, show, word_diff
from reqkit.model import Goal, Requirement


def requirement_changes(old: list[Requirement], new: list[Requirement]) -> Iterator[Change]:
    before = {r.id: r for r in old}
    after = {r.id: r for r in new}
    removed = [r for r in old if r.id not in after]
    added = [r for r in new if r.id not in before]
    renamed: dict[str, Requirement] = {}
    by_statement = {normal(r.statement): r for r in removed}
    for requirement in added:
        origin = by_statement.pop(normal(requirement.statement), None)
        if origin is not None:
            renamed[requirement.id] = origin
    renamed_from = {r.id for r in renamed.values()}
    for requirement in removed:
        if requirement.id not in renamed_from:
            yield Change(
                "requirement",
                "removed",
                requirement.id,
                f"{requirement.id} removed: {requirement.statement}",
            )
    for requirement in new:
        if requirement.id in renamed:
            origin = renamed[requirement.id]
            yield Change(
                "requirement", "renamed", requirement.id, f"{origin.id} renamed to {requirement.id}"
            )
            yield from _requirement_edits(origin, requirement)
        elif requirement.id not in before:
            yield Change(
                "requirement",
                "added",
                requirement.id,
                f"{requirement.id} added ({requirement.priority}): {requirement.statement}",
            )
        else:
            yield from _requirement_edits(before[requirement.id], requirement)


def _requirement_edits(old: Requirement, new: Requirement) -> Iterator[Change]:
    rid = new.id
    if normal(old.statement) != normal(new.statement):
        yield Change(
            "requirement",
            "reworded",
            rid,
            f"{rid} reworded",
            words=word_diff(old.statement, new.statement),
        )
    if old.priority != new.priority:
        yield Change(
            "requirement",
            "reprioritised",
            rid,
            f"{rid} re-prioritised from {old.priority} to {new.priority}",
        )
    if old.acceptance_criteria != new.acceptance_criteria:
        gone = [c for c in old.acceptance_criteria if c not in new.acceptance_criteria]
        came = [c for c in new.acceptance_criteria if c not in old.acceptance_criteria]
        parts = [f"added “{c}”" for c in came] + [f"removed “{c}”" for c in gone]
        detail = "; ".join(parts) if parts else "reordered"
        yield Change("requirement", "criteria", rid, f"{rid} acceptance criteria changed: {detail}")
    for label, before, after in (
        ("goals", old.goals, new.goals),
        ("dependencies", old.depends_on, new.depends_on),
    ):
        linked = [g for g in after if g not in before]
        unlinked = [g for g in before if g not in after]
        if linked or unlinked:
            parts = ([f"linked {', '.join(linked)}"] if linked else []) + (
                [f"unlinked {', '.join(unlinked)}"] if unlinked else []
            )
            yield Change("requirement", label, rid, f"{rid} {label}: {'; '.join(parts)}")
    skip = {"id", "statement", "priority", "acceptance_criteria", "goals", "depends_on"}
    for name in new.model_fields_set | old.model_fields_set:
        if name not in skip and getattr(old, name) != getattr(new, name):
            yield Change(
                "requirement",
                "changed",
                rid,
                f"{rid} {name.replace('_', ' ')} changed: {show(getattr(old, name))} → {show(getattr(new, name))}",
            )


def goal_changes(old: list[Goal], new: list[Goal]) -> Iterator[Change]:
    before = {g.id: g for g in old}
    after = {g.id: g for g in new}
    for goal in old:
        if goal.id not in after:
            yield Change("goal", "removed", goal.id, f"Goal {goal.id} removed: {goal.statement}")
    for goal in new:
        previous = before.get(goal.id)
        if previous is None:
            yield Change("goal", "added", goal.id, f"Goal {goal.id} added: {goal.statement}")
            continue
        if normal(previous.statement) != normal(goal.statement):
            yield Change(
                "goal",
                "reworded",
                goal.id,
                f"Goal {goal.id} reworded",
                words=word_diff(previous.statement, goal.statement),
            )
        if previous.party != goal.party:
            yield Change(
                "goal",
                "changed",
                goal.id,
                f"Goal {goal.id} moved from {previous.party} to {goal.party}",
            )
        old_metrics = {m.name: m for m in previous.metrics}
        new_metrics = {m.name: m for m in goal.metrics}
        for name in old_metrics.keys() - new_metrics.keys():
            yield Change("goal", "changed", goal.id, f"Goal {goal.id}: metric “{name}” removed")
        for name, metric in new_metrics.items():
            if name not in old_metrics:
                yield Change("goal", "changed", goal.id, f"Goal {goal.id}: metric “{name}” added")
            elif old_metrics[name] != metric:
                fields = [
                    f"{key} {show(getattr(old_metrics[name], key))} → {show(getattr(metric, key))}"
                    for key in type(metric).model_fields
                    if getattr(old_metrics[name], key) != getattr(metric, key)
                ]
                yield Change(
                    "goal",
                    "changed",
                    goal.id,
                    f"Goal {goal.id}: metric “{name}”: {', '.join(fields)}",
                )

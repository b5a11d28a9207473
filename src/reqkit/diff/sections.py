"""Changes to dates, money, people and everything else in a brief."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reqkit.diff.changes import Change, normal, show
from reqkit.model import Brief, Milestone, Money
from reqkit.model.money import MONEY_AS_TEXT

#: Sections compared on their own terms elsewhere; the rest is compared generically.
_SPECIFIC = {"requirements", "goals", "budget", "stakeholders", "raci", "approvals", "baseline"}
#: Keys that identify an item in a list, tried in this order.
_ITEM_KEYS = (
    "id",
    "name",
    "deliverable",
    "item",
    "question",
    "action",
    "summary",
    "statement",
    "kind",
)


def milestone_changes(old: Brief, new: Brief) -> Iterator[Change]:
    before = {normal(m.name): m for m in (old.timeline.milestones if old.timeline else [])}
    after = {normal(m.name): m for m in (new.timeline.milestones if new.timeline else [])}
    for key, milestone in before.items():
        if key not in after:
            yield Change(
                "milestone",
                "removed",
                milestone.name,
                f"Milestone “{milestone.name}” ({milestone.date}) removed",
            )
    for key, milestone in after.items():
        previous = before.get(key)
        if previous is None:
            yield Change(
                "milestone",
                "added",
                milestone.name,
                f"Milestone “{milestone.name}” ({milestone.date}) added",
            )
            continue
        yield from _milestone_edits(previous, milestone)


def _milestone_edits(old: Milestone, new: Milestone) -> Iterator[Change]:
    hard = old.hard or new.hard
    if old.date != new.date:
        days = (new.date - old.date).days
        direction = "later" if days > 0 else "earlier"
        kind = "a hard date" if hard else "a soft date"
        yield Change(
            "milestone",
            "moved",
            new.name,
            f"“{new.name}” moved {abs(days)} day{'s' if abs(days) != 1 else ''} {direction} "
            f"({old.date} → {new.date}), {kind}",
            days=days,
            hard=hard,
        )
    if old.hard != new.hard:
        state = "is now a hard date" if new.hard else "is no longer a hard date"
        yield Change("milestone", "changed", new.name, f"“{new.name}” {state}", hard=True)
    if old.kind != new.kind or (old.reason or "") != (new.reason or ""):
        field = "kind" if old.kind != new.kind else "reason"
        yield Change(
            "milestone",
            "changed",
            new.name,
            f"“{new.name}” {field} changed: {show(getattr(old, field))} → {show(getattr(new, field))}",
        )


def budget_changes(old: Brief, new: Brief) -> Iterator[Change]:
    before, after = old.budget, new.budget
    if before is None and after is None:
        return
    if before is None or after is None:
        state = "added" if before is None else "removed"
        yield Change("budget", state, "budget", f"Budget section {state}")
        return
    yield from _money_change("budget total", before.total, after.total)
    yield from _money_change("contingency", before.contingency, after.contingency)
    old_lines = {normal(line.item): line for line in before.lines}
    new_lines = {normal(line.item): line for line in after.lines}
    for key, line in old_lines.items():
        if key not in new_lines:
            yield Change(
                "budget", "removed", line.item, f"Budget line “{line.item}” ({line.amount}) removed"
            )
    for key, line in new_lines.items():
        if key not in old_lines:
            yield Change(
                "budget", "added", line.item, f"Budget line “{line.item}” ({line.amount}) added"
            )
        elif old_lines[key].amount != line.amount:
            yield from _money_change(
                f"budget line “{line.item}”", old_lines[key].amount, line.amount
            )
    old_value = before.expected_benefit.value if before.expected_benefit else None
    new_value = after.expected_benefit.value if after.expected_benefit else None
    yield from _money_change("expected benefit", old_value, new_value)


def _money_change(label: str, old: Money | None, new: Money | None) -> Iterator[Change]:
    if old == new:
        return
    if old is None or new is None:
        message = f"{label.capitalize()}: {show(old)} → {show(new)}"
        yield Change("budget", "changed", label, message, amounts=(old, new))
        return
    percent = None
    if old.currency == new.currency and old.amount:
        percent = (new.amount - old.amount) / old.amount * 100  # exact: amounts are Decimal
    change = f" ({percent:+.0f} %)" if percent is not None else ""
    yield Change(
        "budget",
        "changed",
        label,
        f"{label.capitalize()}: {old} → {new}{change}",
        percent=percent,
        amounts=(old, new),
    )


def people_changes(old: Brief, new: Brief) -> Iterator[Change]:
    yield from _keyed(
        "people", "Stakeholder", _dump(old.stakeholders), _dump(new.stakeholders), "name"
    )
    yield from _keyed("people", "RACI", _dump(old.raci), _dump(new.raci), "deliverable")
    yield from _keyed("approval", "Approval of", _dump(old.approvals), _dump(new.approvals), "name")


def generic_changes(old: Brief, new: Brief) -> Iterator[Change]:
    # Amounts compare and show as money ("500 EUR"), not as a bare amount and a code.
    before = old.model_dump(mode="json", exclude=_SPECIFIC, context=MONEY_AS_TEXT)
    after = new.model_dump(mode="json", exclude=_SPECIFIC, context=MONEY_AS_TEXT)
    if before.get("timeline") and after.get("timeline"):
        before["timeline"].pop("milestones", None)
        after["timeline"].pop("milestones", None)
    yield from _compare_values("other", "", before, after)


def _dump(items: list[Any]) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in items]


def _keyed(
    area: str, label: str, old: list[dict[str, Any]], new: list[dict[str, Any]], key: str
) -> Iterator[Change]:
    before = {item[key]: item for item in old}
    after = {item[key]: item for item in new}
    for name in before.keys() - after.keys():
        yield Change(area, "removed", name, f"{label} “{name}” removed")
    for name, item in after.items():
        if name not in before:
            yield Change(area, "added", name, f"{label} “{name}” added")
        else:
            for field, value in item.items():
                if before[name].get(field) != value:
                    yield Change(
                        area,
                        "changed",
                        name,
                        f"{label} “{name}”: {field.replace('_', ' ')} {show(before[name].get(field))} → {show(value)}",
                    )


def _compare_values(area: str, path: str, old: Any, new: Any) -> Iterator[Change]:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            yield from _compare_values(
                area, f"{path}.{key}" if path else str(key), old.get(key), new.get(key)
            )
        return
    if isinstance(old, list) and isinstance(new, list):
        yield from _compare_lists(area, path, old, new)
        return
    label = path.replace("_", " ").replace(".", " › ")
    yield Change(area, "changed", path, f"{label}: {_quote(old)} → {_quote(new)}")


def _compare_lists(area: str, path: str, old: list[Any], new: list[Any]) -> Iterator[Change]:
    key = next(
        (k for k in _ITEM_KEYS if all(isinstance(i, dict) and k in i for i in [*old, *new])), None
    )
    label = path.replace("_", " ").replace(".", " › ")
    if key is None or not (old or new):
        for item in old:
            if item not in new:
                yield Change(area, "removed", path, f"{label}: removed {_quote(item)}")
        for item in new:
            if item not in old:
                yield Change(area, "added", path, f"{label}: added {_quote(item)}")
        return
    before = {str(item[key]): item for item in old}
    after = {str(item[key]): item for item in new}
    for name in before:
        if name not in after:
            yield Change(area, "removed", path, f"{label}: removed “{name}”")
    for name, item in after.items():
        if name not in before:
            yield Change(area, "added", path, f"{label}: added “{name}”")
        else:
            yield from _compare_values(area, f"{path}[{name}]", before[name], item)


def _quote(value: Any) -> str:
    if isinstance(value, dict):
        value = next((value[k] for k in _ITEM_KEYS if k in value), value)
    text = show(value)
    if len(text) > 80:
        text = text[:77] + "…"
    return f"“{text}”" if isinstance(value, str) else text

"""The vocabulary of a brief diff: one change, a whole diff, word-level differences."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

WordOp = tuple[str, str]  # ("=", "same words"), ("-", "removed words"), ("+", "added words")


@dataclass(frozen=True)
class Change:
    """One change between two versions, with what a summary needs to count it."""

    area: str  # requirement, goal, milestone, budget, people, approval, other
    kind: str  # added, removed, renamed, reworded, reprioritised, changed, moved
    subject: str  # REQ-004, G1, "Trade show opens", budget total, a path
    message: str
    words: tuple[WordOp, ...] = ()
    days: int | None = None
    hard: bool = False
    percent: Decimal | None = None
    amounts: tuple[Any, Any] | None = None  # Money before and after, for budget changes

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "area": self.area,
            "kind": self.kind,
            "subject": self.subject,
            "message": self.message,
        }
        if self.words:
            data["words"] = [list(op) for op in self.words]
        if self.days is not None:
            data["days"] = self.days
            data["hard"] = self.hard
        if self.percent is not None:
            # A share, not an amount: a JSON number, rounded to a tenth (finite: amounts are bounded).
            data["percent"] = float(round(self.percent, 1))
        if self.amounts is not None:
            data["old"], data["new"] = (_exact(money) for money in self.amounts)
        return data


@dataclass(frozen=True)
class BriefDiff:
    """All changes from one version of a brief to another."""

    old_name: str
    new_name: str
    changes: tuple[Change, ...] = field(default=())


def _exact(money: Any) -> dict[str, str] | None:
    """An amount for tools: exact decimal text and currency, e.g. {"amount": "15000.50", ...}."""
    if money is None:
        return None
    return {"amount": f"{money.amount:f}", "currency": money.currency}


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """A word-level diff: runs of equal, removed and added words."""
    a, b = old.split(), new.split()
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("=", " ".join(a[i1:i2])))
        if tag in ("delete", "replace"):
            ops.append(("-", " ".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(("+", " ".join(b[j1:j2])))
    return tuple(ops)


def normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def show(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "(none)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)

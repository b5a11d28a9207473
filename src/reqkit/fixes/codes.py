"""Which rules have fixes, and what ``reqkit rules`` says about them.

Kept apart from the fixers so that the plain ``reqkit lint`` run, which only
asks whether a finding could be fixable, imports nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FixKind:
    """One kind of fix of a rule, as the documentation describes it."""

    safe: bool
    what: str


#: Rule code -> the kinds of fix its findings have.
FIX_KINDS: dict[str, tuple[FixKind, ...]] = {
    "RK001": (FixKind(False, "indents with spaces a brief indented with tabs, if it then parses"),),
    "RK012": (
        FixKind(True, "puts a value YAML reads as a number, yes/no, date or time in quotes"),
    ),
    "RK013": (
        FixKind(True, "writes a choice in the letter case it is listed in"),
        FixKind(True, "writes a date that has one reading (2027-3-1, 15.03.2027) as YYYY-MM-DD"),
    ),
    "RK309": (FixKind(True, "sorts the milestones by date, each with its comments"),),
    "RK401": (
        FixKind(
            True,
            "writes the sum of the lines as the total, where the config says "
            "totals are derived (derived-total = true) and there is no contingency",
        ),
        FixKind(False, "does the same for a budget with a contingency"),
    ),
    "RK704": (
        FixKind(True, "deletes the blanks at the end of a line"),
        FixKind(False, "deletes them inside a block of text (after | or >), where they are text"),
    ),
}

FIXABLE_CODES = frozenset(FIX_KINDS)


def fix_description(code: str) -> str | None:
    """``Fix: safe`` / ``Fix: unsafe (--unsafe-fixes)`` and what it does, or None."""
    kinds = FIX_KINDS.get(code)
    if not kinds:
        return None
    lines = []
    for kind in kinds:
        if kind.safe:
            lines.append(f"Fix: safe: `reqkit lint --fix` {kind.what}.")
        else:
            lines.append(
                f"Fix: unsafe (--unsafe-fixes): `reqkit lint --fix --unsafe-fixes` {kind.what}."
            )
    return "\n".join(lines)


def fix_label(code: str) -> str | None:
    """``safe``, ``unsafe`` or ``safe, unsafe`` (kinds of both), for tables; None: no fix."""
    kinds = FIX_KINDS.get(code)
    if not kinds:
        return None
    labels = dict.fromkeys("safe" if kind.safe else "unsafe" for kind in kinds)
    return ", ".join(labels)

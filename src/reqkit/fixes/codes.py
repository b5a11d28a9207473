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
        label = "safe" if kind.safe else "unsafe (--unsafe-fixes)"
        lines.append(f"Fix: {label}: `reqkit lint --fix` {kind.what}.")
    return "\n".join(lines)

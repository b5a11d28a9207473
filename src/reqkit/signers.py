"""Who may sign a brief, who still has to, and which name was probably meant."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from reqkit.model import Brief


def still_to_sign(brief: Brief, required: tuple[str, ...]) -> tuple[str, ...]:
    """Who must still sign, each named once.

    Every listed approver who has not signed, then, for each required side
    that neither has a signature nor a listed approver waiting, "someone from"
    that side.
    """
    sides = {person.name: person.side for person in brief.stakeholders}
    signed_names = {a.name for a in brief.approvals if a.status == "approved"}
    signed = {a.side or sides.get(a.name) for a in brief.approvals if a.status == "approved"}
    waiting: dict[str, str] = {}
    covered: set[str | None] = set()
    for entry in brief.approvals:
        if entry.status == "approved" or entry.name in signed_names:
            continue
        waiting.setdefault(entry.name, f"{entry.name} ({entry.status})")
        covered.add(entry.side or sides.get(entry.name))
    named = list(waiting.values())
    named += [
        f"someone from {side}" for side in required if side not in signed and side not in covered
    ]
    return tuple(named)


def closest_name(wanted: str, names: Sequence[str]) -> str | None:
    """The listed name ``wanted`` most likely means: case, a typo, or just a first or last name."""
    folded = {name.casefold(): name for name in names}
    key = " ".join(wanted.split()).casefold()
    if key in folded:
        return folded[key]
    partial = [name for name in names if key and key in name.casefold().split()]
    if len(partial) == 1:
        return partial[0]
    close = difflib.get_close_matches(key, list(folded), n=1, cutoff=0.6)
    return folded[close[0]] if close else None

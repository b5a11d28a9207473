"""What a fix is: text edits tied to the finding they answer, and how they are applied.

A fix never rewrites a file wholesale. It replaces a few character ranges of
the text as read (byte order mark removed, line endings kept), so every
comment and every line it does not touch stays exactly as written. Editors
and the language server receive the same edits that ``reqkit lint --fix``
applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` (character offsets into the file's text) with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    """One mechanical repair of one finding.

    ``code`` is the rule whose finding it answers and ``line``/``column`` the
    finding's 1-based position, so a finding can be matched to its fix.
    ``safe`` fixes never change what the brief means; unsafe ones are right
    for most briefs but not all, and are applied only with ``--unsafe-fixes``.
    """

    code: str
    title: str
    safe: bool
    edits: tuple[Edit, ...]
    line: int
    column: int

    @property
    def start(self) -> int:
        return min(edit.start for edit in self.edits)

    @property
    def end(self) -> int:
        return max(edit.end for edit in self.edits)


def non_overlapping(fixes: Sequence[Fix]) -> list[Fix]:
    """The fixes that can be applied together: in order, each one that touches
    nothing an earlier one already changed (the rest wait for the next pass)."""
    taken: list[tuple[int, int]] = []
    made: set[Edit] = set()
    chosen: list[Fix] = []
    for fix in fixes:
        if made.issuperset(fix.edits):  # the same change answers several findings
            chosen.append(fix)
            continue
        spans = [(edit.start, edit.end) for edit in fix.edits]
        if any(_overlap(span, other) for span in spans for other in taken):
            continue
        taken.extend(spans)
        made.update(fix.edits)
        chosen.append(fix)
    return chosen


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # Two insertions at the same place would race for order: they overlap too.
    return (a[0] < b[1] and b[0] < a[1]) or a[0] == b[0]


def apply_fixes(text: str, fixes: Sequence[Fix]) -> str:
    """``text`` with the fixes applied, in order; a fix that overlaps an earlier one is skipped."""
    unique = {edit: None for fix in non_overlapping(fixes) for edit in fix.edits}
    edits = sorted(unique, key=lambda e: e.start)
    out: list[str] = []
    at = 0
    for edit in edits:
        out.append(text[at : edit.start])
        out.append(edit.replacement)
        at = edit.end
    out.append(text[at:])
    return "".join(out)

"""The linter's findings as review notes beside the rendered brief.

Each note links to the place in the document it is about (a requirement, a
goal, or the section of the key), so a reviewer reading the HTML can jump
from the note to the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.diagnostics import Diagnostic
from reqkit.model import Brief
from reqkit.render.sections import SECTION_OF_KEY, present_sections

_INDEXED = re.compile(r"^(requirements|goals)\[(\d+)\]")


@dataclass(frozen=True)
class ReviewNote:
    """One finding, with where it points in the rendered document."""

    diagnostic: Diagnostic
    anchor: str | None
    where: str
    section: str = "top"
    """The section of the document the finding is about ("top" for the title block)."""


def review_notes(brief: Brief, findings: Sequence[Diagnostic]) -> list[ReviewNote]:
    """Findings in file order, each with a link target when the document has one."""
    present = {section.id for section in present_sections(brief)} | {"top"}
    return [_note(brief, d, present) for d in findings]


def _note(brief: Brief, diagnostic: Diagnostic, present: set[str]) -> ReviewNote:
    indexed = _INDEXED.match(diagnostic.path)
    if indexed:
        kind, index = indexed.group(1), int(indexed.group(2))
        items = brief.requirements if kind == "requirements" else brief.goals
        if index < len(items):
            prefix = "req" if kind == "requirements" else "goal"
            return ReviewNote(diagnostic, f"{prefix}-{items[index].id}", items[index].id, kind)
    key = diagnostic.path.split(".", 1)[0].split("[", 1)[0]
    section = SECTION_OF_KEY.get(key, "top")
    anchor = section if section in present else None
    return ReviewNote(diagnostic, anchor, diagnostic.path or "the brief", section)

"""Where the linter's findings show in a rendered brief.

A rendered document judges nothing itself: every warning it shows is a
finding of ``reqkit lint`` for the brief at its stage, placed next to what it
is about. A requirement's findings show on its card; every other finding
shows at the top of its section, linked to the item it names; findings about
the initiative, or about a section the document leaves out because it is
empty, show under the title. Wording findings (RK1xx) are too many and too
fine-grained for a shared document: they appear only in the review notes
(``--with-lint``), with everything else.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.diagnostics import Diagnostic
from reqkit.model import Brief
from reqkit.render.review import ReviewNote, review_notes
from reqkit.render.sections import Section

#: Codes of the findings a document shows where they belong (all but wording and waivers).
_SHOWN = re.compile(r"^RK[2-9]\d\d$")

#: The rules whose findings are the traceability section's own.
TRACE_RULES = frozenset({"untraced-requirement", "unserved-goal"})


def shown_in_document(diagnostic: Diagnostic) -> bool:
    """Whether a finding shows in the document itself, not only in the review notes."""
    return bool(_SHOWN.match(diagnostic.code))


@dataclass(frozen=True)
class DocumentNotes:
    """The findings a document shows, grouped by the place they show."""

    top: tuple[ReviewNote, ...]
    """Findings about the initiative, or about a section the document leaves out."""
    by_section: dict[str, tuple[ReviewNote, ...]]
    by_requirement: dict[str, tuple[ReviewNote, ...]]
    trace: tuple[ReviewNote, ...]
    """The traceability findings, shown again in the traceability section."""

    def section(self, section_id: str) -> tuple[ReviewNote, ...]:
        """Findings shown at the top of a section (not those on a requirement's card)."""
        return self.by_section.get(section_id, ())

    def requirement(self, requirement_id: str) -> tuple[ReviewNote, ...]:
        """Findings shown on a requirement's card."""
        return self.by_requirement.get(requirement_id, ())


def document_notes(
    brief: Brief, findings: Sequence[Diagnostic], sections: Sequence[Section]
) -> DocumentNotes:
    """Place each finding the document shows in one place (trace findings also in theirs)."""
    present = {section.id for section in sections}
    shown = [d for d in findings if shown_in_document(d)]
    top: list[ReviewNote] = []
    by_section: dict[str, list[ReviewNote]] = defaultdict(list)
    by_requirement: dict[str, list[ReviewNote]] = defaultdict(list)
    notes = review_notes(brief, shown)
    for note in notes:
        if note.anchor and note.anchor.startswith("req-") and "requirements" in present:
            by_requirement[note.where].append(note)
        elif note.section in present:
            by_section[note.section].append(note)
        else:
            top.append(note)
    trace = tuple(note for note in notes if note.diagnostic.name in TRACE_RULES)
    return DocumentNotes(
        top=tuple(top),
        by_section={key: tuple(placed) for key, placed in by_section.items()},
        by_requirement={key: tuple(placed) for key, placed in by_requirement.items()},
        trace=trace if "traceability" in present else (),
    )

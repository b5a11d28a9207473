"""RK116 priority-in-statement: "(M)", "Must have:" or "3.2.1" written into a statement."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import WORDING, Context, Finding, Rule
from reqkit.rules.labels import Label, labels, tag_priority
from reqkit.rules.text import STATEMENTS, prose


class PriorityInStatement(Rule):
    """Flags priority tags and section numbers written into a requirement statement.

    Requirements copied from a spreadsheet or a numbered document bring their
    tags along: "(M) The shop shall accept PayPal", "Must have: the app
    shall ...", "3.2.1 The import shall ...". The tag is invisible to
    everything that sorts, counts and plans by the `priority` field, so a
    "(M)" in the text of a "could" misleads whoever reads the statement in a
    ticket, and nobody notices when the priority changes. The numbering is
    the requirement's `id`, which the reports, links and traceability use.

    Put the priority in `priority` (must, should, could, wont) and the number
    in `id`, and keep the statement to the requirement itself. Other wording
    rules ignore these tags, so "(should have)" is not also a weak modal.

    Flagged once per statement: bracketed MoSCoW tags ("(M)", "(O)", "[Must]",
    "(must have)", "(nice to have)", "[P1]") at the start or the end, labels
    such as "Must have:", "MUST:" or "Should have -" at the start, and
    leading section numbers or ids ("3.2.1", "2.3.", "REQ-12:", "FR-07 -").
    Not flagged: "must" as the verb ("The shop must ..."), numbers inside the
    sentence ("step 3.2") and references to other requirements ("as REQ-12
    defines").

    Bad: "(M) The shop shall accept payment by PayPal."
    Good: "The shop shall accept payment by PayPal." (with priority: must)
    """

    code = "RK116"
    name = "priority-in-statement"
    friction = "F5"
    needs = ()
    levels = WORDING

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        requirements = brief.requirements
        for field in prose(brief, (STATEMENTS,)):
            found = labels(field.text)
            if found:
                priority = requirements[field.path[1]].priority  # type: ignore[index]
                yield _finding(field.path, found, priority, field.text)


def _finding(path: tuple, found: tuple[Label, ...], priority: str, text: str) -> Finding:
    tags = [label.text for label in found if label.kind == "tag"]
    numbers = [label.text for label in found if label.kind == "number"]
    seen = []
    if tags:
        seen.append(f'Priority tag "{tags[0]}"')
    if numbers:
        seen.append(f'{"section number" if tags else "Section number"} "{numbers[0]}"')
    belongs = []
    if tags:
        belongs.append("priority belongs in `priority`")
    if numbers:
        belongs.append("numbering belongs in the requirement's `id`")
    message = f"{' and '.join(seen)} in the statement: {', and '.join(belongs)}"
    named = tag_priority(tags[0]) if tags else None
    if named is not None and named != priority:
        message += f' (the tag says "{named}", `priority` says "{priority}")'
    hint = "Keep the statement to the requirement itself: " + " and ".join(
        part
        for part, wanted in (
            ("set `priority` to must, should, could or wont", tags),
            ("give the number as the requirement's `id`", numbers),
        )
        if wanted
    )
    return Finding(path, message, hint + ".", span=_span(found, text))


def _span(found: tuple[Label, ...], text: str) -> tuple[int, int]:
    """From the first label to the last one that follows it with only spaces between."""
    end = found[0].end
    for label in found[1:]:
        if text[end : label.start].strip():
            break
        end = label.end
    return found[0].start, end

"""Generate large, realistic briefs for benchmarks.

    python bench/make_brief.py 2000 > /tmp/brief-2000.yaml
    python bench/make_brief.py 2000 --findings > /tmp/brief-2000-findings.yaml

The brief is valid and reasonably clean, with the variety of a real one
(several goals, people, milestones, long statements), so that benchmarks
measure the work reqkit does on real input rather than on a toy. With
``findings`` every statement is written the way a hurried first draft is
("should be fast and user-friendly and/or ..."), which gives three findings
per requirement: the load for measuring how fast a long report is printed.
"""

from __future__ import annotations

import sys

SYSTEMS = ("CRM", "website CMS", "e-mail platform", "web analytics", "consent manager")
VERBS = ("show", "send", "store", "export", "list", "record", "display", "sort")
OBJECTS = (
    "the event schedule",
    "a booking confirmation",
    "the visitor's consent choice",
    "the lead score",
    "the product catalogue",
    "the partner logo wall",
)


#: Words that turn a clean statement into one with a weak modal, a vague term
#: and an "and/or" compound.
_DRAFT_WORDING = "should be fast and user-friendly and/or"


def make_brief(requirements: int, *, seed: int = 0, findings: bool = False) -> str:
    """A valid brief with ``requirements`` requirements (deterministic for a seed)."""
    modal = _DRAFT_WORDING if findings else "shall"
    goals = max(3, requirements // 200)
    lines = [
        "# yaml-language-server: $schema=../schema/brief.schema.json",
        "initiative:",
        f"  id: BENCH-{requirements}",
        f"  title: Benchmark brief with {requirements} requirements",
        "  owner: Dana Fischer",
        "  stage: handoff",
        '  version: "1.0"',
        "  summary: A generated brief that exercises every section reqkit reads.",
        "  problem: Visitors cannot book a demo at the show, so 40 % of leads are lost.",
        "stakeholders:",
        "  - name: Dana Fischer",
        "    side: marketing",
        "    liaison: true",
        "  - name: Sam Okafor",
        "    side: it",
        "    liaison: true",
        "goals:",
    ]
    for g in range(1, goals + 1):
        lines += [
            f"  - id: G{g}",
            f"    statement: Raise booked demos from the show by {10 + g} per week",
            "    party: marketing" if g % 3 else "    party: it",
            "    metrics:",
            "      - name: Booked demos per week",
            f"        baseline: {20 + g}",
            f"        target: {40 + g}",
            "        unit: demos",
            "        data_source: CRM campaign report",
        ]
    lines += [
        "timeline:",
        "  milestones:",
        "    - name: Hand-off to IT",
        "      date: 2027-01-11",
        "      kind: handoff",
        "    - name: Sign-off",
        "      date: 2027-01-25",
        "      kind: approval",
        "    - name: Trade show opens",
        "      date: 2027-06-01",
        "      kind: launch",
        "      hard: true",
        "      reason: The show opens on this day",
        "requirements:",
    ]
    priorities = ("must", "should", "should", "could")
    for r in range(1, requirements + 1):
        mix = r * 7 + seed
        verb, thing = VERBS[mix % len(VERBS)], OBJECTS[(mix // 3) % len(OBJECTS)]
        lines += [
            f"  - id: REQ-{r:05d}",
            f"    statement: The booking page {modal} {verb} {thing} to visitor number {r} within {1 + r % 9} seconds.",
            f"    priority: {priorities[r % len(priorities)]}",
            "    type: functional",
            f"    rationale: Visitors at stand {r % 40 + 1} asked for this during the last show.",
            "    acceptance_criteria:",
            f"      - A tester sees {thing} within {1 + r % 9} seconds on a 4G phone.",
            f"      - The {SYSTEMS[r % len(SYSTEMS)]} records the event within 60 seconds.",
            f"    goals: [G{1 + r % goals}]",
            "    owner: Dana Fischer",
            f"    estimate_days: {1 + r % 4}",
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--findings"]
    count = int(arguments[0]) if arguments else 2000
    sys.stdout.write(make_brief(count, findings="--findings" in sys.argv[1:]))

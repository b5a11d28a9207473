"""RK309 unsorted-milestones: the timeline's milestones put in date order.

Each milestone moves as a whole: its lines, the comment lines directly
above it and a comment at the end of its last line. Blank lines between
milestones stay where they are, so the list keeps its look. Milestones on
the same day keep their order. Only a block list (one ``-`` per line) is
sorted; a list written in brackets is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reqkit.fixes.edits import Edit, Fix
from reqkit.fixes.situation import Situation
from reqkit.positions import Path, Span

CODE = "RK309"
LIST: Path = ("timeline", "milestones")
_DASH = re.compile(r"[ \t]*-[ \t]+")


def milestone_fixes(situation: Situation) -> Iterator[Fix]:
    findings = situation.findings(CODE)
    if not findings:
        return
    edit = sorting_edit(situation)
    if edit is None:
        return
    for finding in findings:
        yield Fix(CODE, "Sort the milestones by date", True, (edit,), finding.line, finding.column)


def sorting_edit(situation: Situation) -> Edit | None:
    """One edit that rewrites the milestones in date order, or None if unsure how."""
    salvaged = situation.loaded.salvaged
    timeline = salvaged.brief.timeline if salvaged else None
    data = situation.value_at(LIST)
    start_event = situation.raw_event(LIST)
    if timeline is None or not isinstance(data, list) or len(data) != len(timeline.milestones):
        return None
    if start_event is None or getattr(start_event, "flow_style", False):
        return None
    blocks = _blocks(situation, len(data))
    if blocks is None:
        return None
    order = sorted(range(len(data)), key=lambda i: timeline.milestones[i].date)
    text = situation.text
    region_start, region_end = blocks[0][0], blocks[-1][2]
    newline = "\r\n" if text[region_start:region_end].endswith("\r\n") else "\n"
    pieces = []
    for slot, index in enumerate(order):
        gap_start, body_start, _ = blocks[slot]
        body = text[blocks[index][1] : blocks[index][2]]
        pieces.append(text[gap_start:body_start])
        pieces.append(body if body.endswith("\n") else body + newline)
    replacement = "".join(pieces)
    if not text[region_start:region_end].endswith("\n"):
        replacement = replacement.removesuffix(newline)
    return Edit(region_start, region_end, replacement)


def _blocks(situation: Situation, count: int) -> list[tuple[int, int, int]] | None:
    """(gap start, body start, end) per milestone: blank lines, then its comments and lines."""
    text = situation.text
    source = situation.loaded.source_map
    ends = [0] * count
    for table in (source.values, source.keys):
        for path in table:
            if len(path) > 2 and path[:2] == LIST and isinstance(path[2], int):
                recorded = table[path]
                if isinstance(recorded, Span) or getattr(recorded, "anchor", None):
                    return None  # an alias or an anchor: moving it could break the reference
                raw = source.value_span(path) if table is source.values else source.key_of(path)
                if raw is not None and path[2] < count:
                    ends[path[2]] = max(ends[path[2]], raw.end)
    blocks = []
    previous_end = None
    for index in range(count):
        span = situation.span((*LIST, index))
        if span is None or situation.raw_event((*LIST, index)) is None:
            return None
        line_start = text.rfind("\n", 0, span.start) + 1
        if not _DASH.fullmatch(text[line_start : span.start]):
            return None
        body_start = _comments_above(text, line_start, previous_end)
        gap_start = body_start if previous_end is None else previous_end
        end = text.find("\n", ends[index]) + 1 or len(text)
        if previous_end is not None and body_start < previous_end:
            return None
        blocks.append((gap_start, body_start, end))
        previous_end = end
    return blocks


def _comments_above(text: str, line_start: int, floor: int | None) -> int:
    """The start of the comment lines right above ``line_start`` (no blank line between)."""
    start = line_start
    while start > 0 and (floor is None or start > floor):
        above = text.rfind("\n", 0, start - 1) + 1
        if not text[above:start].strip().startswith("#"):
            break
        start = above
    return start

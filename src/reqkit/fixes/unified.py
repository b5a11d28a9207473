"""A unified diff of a brief before and after fixing, in time that grows with the file.

A general line diff (``difflib``) takes minutes on a brief of 20,000 lines
with a thousand scattered changes. Fixes never add or remove lines, they
change lines in place or move them within a list, so the two texts line up
line by line: only runs of lines that differ need a real diff, and those
are short. Texts that do not line up fall back to the general diff.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]
CONTEXT = 3
#: Runs of differing lines longer than this are shown as one replacement, not diffed.
_LONGEST_RUN = 2000


def unified_diff(before: list[str], after: list[str], old_name: str, new_name: str) -> str:
    """``before`` and ``after`` (lines with their endings) as a unified diff; "" if equal."""
    groups = list(_groups(_opcodes(before, after)))
    if not groups:
        return ""
    out = [f"--- {old_name}\n", f"+++ {new_name}\n"]
    for group in groups:
        out.extend(_hunk(group, before, after))
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in out
    )


def _opcodes(before: list[str], after: list[str]) -> list[Opcode]:
    if len(before) != len(after):
        return SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    opcodes: list[Opcode] = []
    index, count = 0, len(before)
    while index < count:
        start = index
        same = before[index] == after[index]
        while index < count and (before[index] == after[index]) == same:
            index += 1
        if same:
            opcodes.append(("equal", start, index, start, index))
        elif index - start > _LONGEST_RUN:
            opcodes.append(("replace", start, index, start, index))
        else:
            matcher = SequenceMatcher(None, before[start:index], after[start:index], autojunk=False)
            opcodes.extend(
                (tag, a1 + start, a2 + start, b1 + start, b2 + start)
                for tag, a1, a2, b1, b2 in matcher.get_opcodes()
            )
    return opcodes


def _groups(opcodes: list[Opcode]) -> Iterator[list[Opcode]]:
    """The changes, gathered into hunks: changes at most two contexts apart share one."""
    group: list[Opcode] = []
    for opcode in opcodes:
        if opcode[0] == "equal":
            continue
        if group and opcode[1] - group[-1][2] > 2 * CONTEXT:
            yield group
            group = []
        group.append(opcode)
    if group:
        yield group


def _hunk(group: list[Opcode], before: list[str], after: list[str]) -> Iterator[str]:
    first, last = group[0], group[-1]
    a_start = max(first[1] - CONTEXT, 0)
    b_start = first[3] - (first[1] - a_start)
    a_end = min(last[2] + CONTEXT, len(before))
    b_end = last[4] + (a_end - last[2])
    yield f"@@ -{_range(a_start, a_end - a_start)} +{_range(b_start, b_end - b_start)} @@\n"
    at = a_start
    for _tag, a1, a2, b1, b2 in group:
        yield from (" " + line for line in before[at:a1])
        yield from ("-" + line for line in before[a1:a2])
        yield from ("+" + line for line in after[b1:b2])
        at = a2
    yield from (" " + line for line in before[at:a_end])


def _range(start: int, length: int) -> str:
    """A hunk's line range: 1-based start, and the length unless it is one."""
    if length == 1:
        return str(start + 1)
    if length == 0:
        return f"{start},0"
    return f"{start + 1},{length}"

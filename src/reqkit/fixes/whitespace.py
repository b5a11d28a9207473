"""RK704 trailing-whitespace, and RK001 yaml-syntax when tabs indent the lines.

Blanks at the end of a line are removed. Outside a block of text they mean
nothing, so the fix is safe; inside one (after ``|`` or ``>``) they are part
of the text, so there the fix is unsafe. YAML forbids tabs for indentation,
so a brief indented with tabs does not parse at all; the unsafe tab fix
turns each leading tab into the file's indentation step (two spaces unless
the file shows another) and is kept only if the brief then parses: how
wide a tab was meant to be is a guess.
"""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.fixes.edits import Edit, Fix
from reqkit.fixes.situation import Situation
from reqkit.layout import split_lines
from reqkit.positions import Span
from reqkit.rules.changes.trailing_whitespace import trailing_whitespace
from reqkit.yaml_edit import detect_indentation

CODE = "RK704"
SYNTAX = "RK001"


def whitespace_fixes(situation: Situation) -> Iterator[Fix]:
    findings = {(d.line, d.column): d for d in situation.findings(CODE)}
    if not findings:
        return
    source = situation.loaded.source_map
    blocks = _text_blocks(situation)
    for match in trailing_whitespace(situation.text):
        span = source.offset_span(match.start(), match.end())
        finding = findings.get((span.line, span.column))
        if finding is None:
            continue
        inside = any(start <= match.start() < end for start, end in blocks)
        title = "Delete the blanks at the end of the line"
        yield Fix(
            CODE,
            title + (" (they are part of a block of text)" if inside else ""),
            not inside,
            (Edit(match.start(), match.end(), ""),),
            finding.line,
            finding.column,
        )


def _text_blocks(situation: Situation) -> list[tuple[int, int]]:
    """Where the literal (``|``) and folded (``>``) blocks of text are written."""
    blocks = []
    for raw in situation.loaded.source_map.values.values():
        if not isinstance(raw, Span) and getattr(raw, "style", None) in ("|", ">"):
            blocks.append((raw.start_mark.index, raw.end_mark.index))
    return blocks


def tab_fixes(situation: Situation) -> Iterator[Fix]:
    for finding in situation.findings(SYNTAX):
        if "tab" not in finding.message.lower():
            continue
        step = detect_indentation(situation.text)[0]
        edits = []
        at = 0
        for line in split_lines(situation.text):
            indent = len(line) - len(line.lstrip(" \t"))
            if "\t" in line[:indent]:
                edits.append(Edit(at, at + indent, line[:indent].expandtabs(step)))
            at += len(line)
        if edits:
            yield Fix(
                SYNTAX,
                f"Indent with spaces instead of tabs ({step} per tab)",
                False,
                tuple(edits),
                finding.line,
                finding.column,
            )

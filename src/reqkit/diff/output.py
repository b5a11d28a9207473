"""A brief diff for people (text), for pull-request comments (Markdown) and for tools (JSON)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from reqkit.diff.changes import BriefDiff, Change
from reqkit.diff.summary import summarise

_AREAS = (
    ("requirement", "Requirements"),
    ("goal", "Goals"),
    ("milestone", "Dates"),
    ("budget", "Budget"),
    ("people", "People"),
    ("approval", "Approvals"),
    ("other", "Other"),
)
_MARK = {"added": "+", "removed": "-", "renamed": ">"}


def _groups(diff: BriefDiff) -> Iterator[tuple[str, list[Change]]]:
    for area, title in _AREAS:
        items = [c for c in diff.changes if c.area == area]
        if items:
            yield title, items


def as_text(diff: BriefDiff, color: bool = False) -> str:
    lines = [f"Comparing {diff.old_name} → {diff.new_name}", summarise(diff.changes)]
    for title, items in _groups(diff):
        lines += ["", title]
        for change in items:
            mark = _MARK.get(change.kind, "~")
            lines.append(f"  {mark} {change.message}{_words_text(change)}")
    text = "\n".join(lines) + "\n"
    return _colorize(text) if color else text


def _words_text(change: Change) -> str:
    if not change.words:
        return ""
    parts = []
    for op, words in change.words:
        parts.append(words if op == "=" else (f"[-{words}-]" if op == "-" else f"{{+{words}+}}"))
    return ": " + " ".join(parts)


def _colorize(text: str) -> str:
    from rich.console import Console
    from rich.text import Text

    console = Console(force_terminal=True, color_system="standard", width=10_000, soft_wrap=True)
    with console.capture() as capture:
        for line in text.splitlines():
            styled = Text(line)
            styled.highlight_regex(r"\[-.*?-\]", "red strike")
            styled.highlight_regex(r"\{\+.*?\+\}", "green")
            if line.startswith("  + "):
                styled.stylize("green", 2, 3)
            elif line.startswith("  - "):
                styled.stylize("red", 2, 3)
            elif line and not line.startswith(" ") and not line.startswith("Comparing"):
                styled.stylize("bold")
            console.print(styled, highlight=False)
    return capture.get()


# Inside a list item only these can start markup or HTML; escaping more is just noise.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def _md(text: str) -> str:
    """Text from a brief, safe inside Markdown: no markup, no HTML, one line."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def as_markdown(diff: BriefDiff) -> str:
    lines = [
        f"### Brief changes: `{diff.old_name.replace('`', '')}` → `{diff.new_name.replace('`', '')}`",
        "",
        f"**{_md(summarise(diff.changes))}**",
    ]
    for title, items in _groups(diff):
        lines += ["", f"#### {title}", ""]
        for change in items:
            lines.append(f"- {_md(change.message)}{_words_markdown(change)}")
    return "\n".join(lines) + "\n"


def _words_markdown(change: Change) -> str:
    if not change.words:
        return ""
    parts = []
    for op, words in change.words:
        parts.append(
            _md(words) if op == "=" else (f"~~{_md(words)}~~" if op == "-" else f"**{_md(words)}**")
        )
    return ": " + " ".join(parts)


def as_json(diff: BriefDiff) -> str:
    payload = {
        "version": 1,
        "old": diff.old_name,
        "new": diff.new_name,
        "summary": summarise(diff.changes),
        "changes": [change.to_dict() for change in diff.changes],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"

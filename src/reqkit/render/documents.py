"""Turning views into documents: one brief, or the index of several.

Output is deterministic: the same brief and options give the same bytes, so a
docs repository can commit rendered documents and check them in CI. Every
document starts with a mark saying reqkit generated it, which is what lets
reqkit replace it later without asking.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reqkit.diagnostics import Severity
from reqkit.fsio import GENERATED_MARK
from reqkit.render.environment import Templates
from reqkit.render.view import BriefView

#: File extension of each output format; PDF is printed from the HTML.
EXTENSIONS = {"md": ".md", "html": ".html", "pdf": ".pdf"}


def mark_for(source_name: str) -> str:
    """The comment at the top of every generated file."""
    return f"{GENERATED_MARK} from {source_name}; edit the brief, not this file"


def template_format(output_format: str) -> str:
    """The template family a format is rendered from (PDF prints the HTML)."""
    return "md" if output_format == "md" else "html"


def render_brief(view: BriefView, output_format: str, templates: Templates) -> str:
    """One brief as Markdown or HTML."""
    name = f"brief.{template_format(output_format)}.j2"
    text = templates.render(name, view=view, brief=view.brief, mark=mark_for(view.source_name))
    return _tidy(text, output_format)


def _tidy(text: str, output_format: str) -> str:
    """One blank line between blocks, one newline at the end, whatever the templates left."""
    if output_format == "md":
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip("\n") + "\n"


_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class IndexEntry:
    """One brief in the index: where its document is and how it stands."""

    href: str
    view: BriefView
    findings: Counter[str]

    @property
    def shared_id(self) -> tuple[str, ...]:
        """What the linter says about other briefs rendered with this one that share its id."""
        return tuple(
            note.diagnostic.message
            for note in self.view.notes.top
            if note.diagnostic.name == "duplicate-initiative-id"
        )

    @property
    def findings_total(self) -> int:
        return sum(self.findings.values())

    def findings_label(self) -> str:
        """ "2 errors, 1 warning" or "none"."""
        parts = []
        for severity, word in (
            (Severity.ERROR, "error"),
            (Severity.WARNING, "warning"),
            (Severity.INFO, "note"),
        ):
            count = self.findings.get(severity.value, 0)
            if count:
                parts.append(f"{count} {word}{'' if count == 1 else 's'}")
        return ", ".join(parts) or "none"


def render_index(
    entries: Sequence[IndexEntry], output_format: str, templates: Templates, date: dt.date | None
) -> str:
    """The page that lists every brief rendered into a folder."""
    name = f"index.{template_format(output_format)}.j2"
    text = templates.render(name, entries=entries, date=date, mark=mark_for("several briefs"))
    return _tidy(text, output_format)

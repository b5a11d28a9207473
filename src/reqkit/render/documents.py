"""Turning views into documents: one brief, or the index of several.

Output is deterministic: the same brief and options give the same bytes, so a
docs repository can commit rendered documents and check them in CI. Every
document starts with a mark saying reqkit generated it, which is what lets
reqkit replace it later without asking.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from reqkit.diagnostics import Severity
from reqkit.fsio import GENERATED_MARK
from reqkit.render.environment import TemplateProblem, Templates
from reqkit.render.keep_together import keep_together
from reqkit.render.view import BriefView

#: File extension of each output format; PDF and Word documents are made from the HTML.
EXTENSIONS = {"md": ".md", "html": ".html", "pdf": ".pdf", "docx": ".docx"}

#: Formats that are files of bytes, not text: never printed to the terminal nor --check'ed.
BINARY_FORMATS = frozenset({"pdf", "docx"})


def mark_for(source_name: str) -> str:
    """The comment at the top of every generated file."""
    return f"{GENERATED_MARK} from {source_name}; edit the brief, not this file"


def template_format(output_format: str) -> str:
    """The template family a format is rendered from (PDF and Word start from the HTML)."""
    return "md" if output_format == "md" else "html"


def render_brief(
    view: BriefView, output_format: str, templates: Templates, index_href: str | None = None
) -> str:
    """One brief as Markdown or HTML; ``index_href`` links back to the index beside it."""
    name = f"brief.{template_format(output_format)}.j2"
    text = templates.render(
        name,
        view=view,
        brief=view.brief,
        mark=mark_for(view.source_name),
        index_href=index_href,
    )
    return _tidy(text, output_format)


def _tidy(text: str, output_format: str) -> str:
    """One blank line between blocks, one newline at the end, whatever the templates left.

    The page printed to PDF also gets its dates, amounts and ids marked to stay
    whole on paper; the HTML document is left as it is, for a phone to wrap.
    """
    if output_format == "md":
        text = _BLANK_LINES.sub("\n\n", text)
    elif output_format == "pdf":
        text = keep_together(text)
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

    @property
    def lint_status(self) -> str:
        """The most severe kind of finding ("error", "warning", "info"), or "clean"."""
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
            if self.findings.get(severity.value):
                return severity.value
        return "clean"

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
    family = template_format(output_format)
    script = inline_script(templates.source(FILTER_SCRIPT)) if family == "html" else None
    text = templates.render(
        f"index.{family}.j2",
        entries=entries,
        date=date,
        mark=mark_for("several briefs"),
        script=script,
    )
    return _tidy(text, output_format)


#: The index's filter, kept in its own file so that it reads as JavaScript.
FILTER_SCRIPT = "index-filter.js"


@dataclass(frozen=True)
class InlineScript:
    """A script written into the page, and the hash that lets the page's policy run it.

    The documents' Content-Security-Policy allows no script by default; naming
    the hash of this one lets it, and nothing else, run.
    """

    text: Markup
    csp_source: str


def inline_script(text: str) -> InlineScript:
    """``text`` ready for a ``<script>`` element, with its CSP hash source."""
    if "</" in text or "<!--" in text:
        raise TemplateProblem(
            f"template {FILTER_SCRIPT} contains '</' or '<!--', which would end the script early",
            "Write '<\\/' inside strings in the script instead.",
        )
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return InlineScript(Markup(text), f"'sha256-{digest}'")

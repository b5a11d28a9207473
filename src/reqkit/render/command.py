"""What ``reqkit render`` does once its options are parsed.

Briefs are read and validated exactly as ``reqkit lint`` reads them; if any
brief cannot be read or is invalid, its problems are printed and nothing is
written. Otherwise each brief is rendered (into a folder with an index when
there are several) and written, printed, or compared with the files already
there (``--check``). A brief that reqkit itself fails on, while reading,
linting or rendering it, is reported as an RK009 finding (:mod:`reqkit.crash`)
and gets no document; the other briefs are still rendered.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from reqkit.brief_inputs import BriefInput, read_briefs
from reqkit.crash import CRASH_CODE, crash_result, is_unexpected
from reqkit.diagnostics import Diagnostic, ExitCode, FileResult, Report
from reqkit.errors import UsageError
from reqkit.formatters import FormatOptions, get_formatter
from reqkit.linter import Linter, LintOptions
from reqkit.render.documents import (
    BINARY_FORMATS,
    EXTENSIONS,
    IndexEntry,
    render_brief,
    render_index,
)
from reqkit.render.environment import Templates, make_templates
from reqkit.render.findings import LintFunction, document_findings
from reqkit.render.outputs import Document, OutputPlan, plan_outputs, report_stale, write_documents
from reqkit.render.view import BriefView, build_view
from reqkit.stamp import stamp

FORMATS = ("md", "html", "pdf", "docx")
_SUFFIX_FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


@dataclass(frozen=True)
class RenderRequest:
    """Everything the render command was asked to do."""

    paths: tuple[str, ...]
    output_format: str | None = None
    output: Path | None = None
    template_dir: Path | None = None
    date: dt.date | None = None
    with_lint: bool = False
    today: dt.date | None = None
    check: bool = False
    force: bool = False
    config: Path | None = None
    isolated: bool = False
    stdin_filename: str = "<stdin>"
    color: bool = False

    @property
    def format(self) -> str:
        """The format asked for, else the output file's extension, else Markdown."""
        if self.output_format:
            return self.output_format
        suffix = self.output.suffix.lower() if self.output else ""
        return _SUFFIX_FORMATS.get(suffix, "md")


def run_render(
    request: RenderRequest, stdout: TextIO, stderr: TextIO, lint: LintFunction | None = None
) -> int:
    """Render, then write, print or check; return the exit status."""
    _check_options(request)
    linter = Linter(
        LintOptions(
            today=request.today or request.date,
            config_file=request.config,
            isolated=request.isolated,
            stdin_filename=request.stdin_filename,
        )
    )
    inputs, status = _load_all(request, linter, stderr)
    if status is not ExitCode.OK:
        return status
    plan = plan_outputs(
        request.output, [i.name for i in inputs], request.format, check=request.check
    )
    briefs = [(item.loaded, item.location) for item in inputs]
    findings = document_findings(briefs, linter, stderr, lint=lint, color=request.color)
    documents, crashed = _render_all(request, plan, inputs, findings, linter)
    if request.format not in BINARY_FORMATS:  # PDF and Word carry their mark inside
        documents = [Document(d.path, stamp(d.text)) for d in documents]
    status = ExitCode.OK
    if crashed:
        stderr.write(get_formatter("text")(Report(crashed), FormatOptions(color=request.color)))
        status = ExitCode.FINDINGS
    if request.check:
        return max(report_stale(documents, stderr), status)
    if request.output is None:
        stdout.write(documents[0].text if documents else "")
        return status
    write_documents(documents, request.format, request.force, [i.name for i in inputs], stderr)
    return status


def _check_options(request: RenderRequest) -> None:
    if request.format not in FORMATS:
        raise UsageError(
            f'unknown format "{request.format}"', "Use --format md, html, pdf or docx."
        )
    if request.check and request.output is None:
        raise UsageError(
            "--check needs the rendered file or folder", "Name it with -o, as when writing it."
        )
    binary = request.format in BINARY_FORMATS
    name = "a PDF" if request.format == "pdf" else "a Word document"
    if request.check and binary:
        raise UsageError(
            f"--check compares Markdown or HTML; {name} differs on every run",
            "Check the HTML or Markdown documents instead.",
        )
    if binary and request.output is None:
        raise UsageError(
            f"{name} cannot be printed to the terminal",
            f"Name the file with -o brief{EXTENSIONS[request.format]}.",
        )


def _load_all(
    request: RenderRequest, linter: Linter, stderr: TextIO
) -> tuple[list[BriefInput], ExitCode]:
    def check_count(count: int) -> None:
        if count > 1 and request.output is None:
            raise UsageError(
                f"{count} briefs cannot all be printed to the terminal",
                "Write them into a folder with -o FOLDER; an index page is added.",
            )

    return read_briefs(
        request.paths, linter, request.stdin_filename, stderr, request.color, check_count
    )


def _render_all(
    request: RenderRequest,
    plan: OutputPlan,
    inputs: list[BriefInput],
    all_findings: list[list[Diagnostic]],
    linter: Linter,
) -> tuple[list[Document], tuple[FileResult, ...]]:
    """Each brief's document (and the index); a brief that reqkit failed on gets none.

    Such a brief's findings are its RK009 finding, from linting it; an
    unexpected error while building or rendering its view becomes one here.
    """
    cache: dict[tuple[Path, ...], Templates] = {}

    def templates_for(location: Path) -> Templates:
        folder = request.template_dir or linter.config_for(location).template_dir
        key = (folder,) if folder else ()
        if key not in cache:
            cache[key] = make_templates(key)
        return cache[key]

    documents: list[Document] = []
    entries: list[IndexEntry] = []
    crashed: list[FileResult] = []
    for item, target, findings in zip(inputs, plan.targets, all_findings, strict=True):
        assert item.loaded.brief is not None
        failure = next((d for d in findings if d.code == CRASH_CODE), None)
        if failure is not None:
            crashed.append(FileResult(item.loaded.file, (failure,), item.loaded.text))
            continue
        try:
            view = build_view(
                item.loaded.brief,
                Path(item.loaded.file).name,
                date=request.date,
                findings=findings,
                review=request.with_lint,
            )
            index_href = plan.index.name if plan.index is not None else None
            text = render_brief(view, request.format, templates_for(item.location), index_href)
            data = _word(request, text, view)
        except Exception as error:  # a bug must not cost the other briefs their documents
            if not is_unexpected(error):
                raise
            crashed.append(crash_result(item.loaded.file, error, item.loaded.text))
            continue
        documents.append(Document(target, text, data))
        if plan.index is not None and target is not None:
            counts = Counter(d.severity.value for d in findings)
            entries.append(IndexEntry(target.name, view, counts))
    if plan.index is not None:
        templates = templates_for(inputs[0].location)
        text = render_index(entries, request.format, templates, request.date)
        documents.append(Document(plan.index, text, _word(request, text, None)))
    return documents, tuple(crashed)


def _word(request: RenderRequest, html: str, view: BriefView | None) -> bytes | None:
    """The Word document made from a rendered HTML page, when Word is the format."""
    if request.format != "docx":
        return None
    from reqkit.render.docx import brief_word_document, index_word_document

    return index_word_document(html) if view is None else brief_word_document(view, html)

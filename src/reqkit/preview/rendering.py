"""Making each version of the page, through ``reqkit render`` itself.

The brief is rendered exactly as ``reqkit render --format html --with-lint``
renders it, config, templates and findings included. Whatever goes wrong
(the brief does not parse, it is half-saved, a template has an error, reqkit
has a bug) becomes a page that says so, and the preview keeps running.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from reqkit.crash import is_unexpected
from reqkit.errors import ReqkitError, error_text
from reqkit.preview.page import Page, document_page, problem_page
from reqkit.render.command import RenderRequest, run_render


@dataclass(frozen=True)
class PreviewRequest:
    """What ``reqkit preview`` was asked to show, and how."""

    brief: Path
    template_dir: Path | None = None
    config: Path | None = None
    isolated: bool = False
    today: dt.date | None = None
    date: dt.date | None = None


def render_page(request: PreviewRequest, version: int) -> tuple[Page, str]:
    """Version ``version`` of the page (the document, or why it cannot be shown), and
    what render said about it: problems that kept the document from being made."""
    out, err = io.StringIO(), io.StringIO()
    render = RenderRequest(
        paths=(str(request.brief),),
        output_format="html",
        template_dir=request.template_dir,
        date=request.date,
        with_lint=True,
        today=request.today,
        config=request.config,
        isolated=request.isolated,
    )
    try:
        run_render(render, stdout=out, stderr=err)
    except ReqkitError as error:
        err.write(error_text(error))
    except Exception as error:  # a bug in reqkit must not end the preview
        if not is_unexpected(error):
            raise
        err.write(f"reqkit: internal error: {type(error).__name__}: {error}\n")
    document, said = out.getvalue(), err.getvalue()
    if document:
        return document_page(document, version), said
    details = said or "Nothing was rendered."
    return problem_page(request.brief.name, details, version), details

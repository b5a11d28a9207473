"""The linter's findings for the briefs being rendered: the only source of a document's warnings.

Each brief is linted as ``reqkit lint`` would lint it (its stage, its
configuration, its waivers), as of a fixed date, and the briefs rendered
together are then checked against each other as a linted folder is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from reqkit.across import Identity, duplicate_ids
from reqkit.crash import crash_diagnostic, is_unexpected
from reqkit.diagnostics import Diagnostic, FileResult, Report, sort_diagnostics
from reqkit.formatters import FormatOptions, get_formatter
from reqkit.linter import Linter
from reqkit.loader import LoadedBrief

#: Lints one loaded brief (found at a path, for its configuration); replaceable
#: so that tests do not depend on which rules exist.
LintFunction = Callable[[LoadedBrief, Path], Sequence[Diagnostic]]


def document_linter(linter: Linter, identities: list[Identity] | None = None) -> LintFunction:
    """Lint each brief as of a fixed date, so rendered documents depend only on the briefs.

    With --today (or --date) that date is used; otherwise each brief's own
    `updated` (or `created`) date, and only a brief with neither is judged as
    of today. Date-dependent findings such as a lead time then do not change
    a committed document from one day to the next. The initiative id of
    each brief linted is added to ``identities``, for the check across briefs.
    """
    by_date: dict[dt.date, Linter] = {}

    def lint(loaded: LoadedBrief, location: Path) -> Sequence[Diagnostic]:
        chosen = linter
        brief = loaded.brief
        as_of = brief and (brief.initiative.updated or brief.initiative.created)
        if linter.options.today is None and as_of:
            if as_of not in by_date:
                by_date[as_of] = linter.as_of(as_of)
            chosen = by_date[as_of]
        diagnostics = chosen.lint_loaded(loaded, chosen.ruleset_for(chosen.config_for(location)))
        taken = chosen.take_identities()
        if identities is not None:
            identities.extend(taken)
        return sort_diagnostics(diagnostics)

    return lint


def _findings_of(lint: LintFunction, loaded: LoadedBrief, location: Path) -> list[Diagnostic]:
    """The brief's findings; an unexpected error while linting it is its only one (RK009)."""
    try:
        return list(lint(loaded, location))
    except Exception as error:  # a bug must not cost the other briefs their documents
        if not is_unexpected(error):
            raise
        return [crash_diagnostic(loaded.file, error)]


def document_findings(
    briefs: Sequence[tuple[LoadedBrief, Path]],
    linter: Linter,
    stderr: TextIO,
    *,
    lint: LintFunction | None = None,
    color: bool = False,
) -> list[list[Diagnostic]]:
    """The findings of each brief, in file order, with the clashes between them.

    Briefs rendered together that share an initiative id get the finding
    ``reqkit lint`` gives them in a folder; it is also printed, so that
    neither brief silently stands for the initiative.
    """
    identities: list[Identity] = []
    lint = lint or document_linter(linter, identities)
    findings = [_findings_of(lint, loaded, location) for loaded, location in briefs]
    clashes = duplicate_ids(identities)
    if not clashes:
        return findings
    for (loaded, _), found in zip(briefs, findings, strict=True):
        found.extend(clashes.get(loaded.file, ()))
        found.sort(key=lambda d: d.sort_key)
    shown = tuple(
        FileResult(loaded.file, tuple(clashes[loaded.file]), loaded.text)
        for loaded, _ in briefs
        if loaded.file in clashes
    )
    stderr.write(get_formatter("text")(Report(shown), FormatOptions(color=color)))
    return findings

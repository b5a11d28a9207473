"""What ``reqkit lint`` does once its options are parsed.

Kept out of ``cli.py`` so that the command line stays a thin layer and the
whole command (configuration, progress, report file, exit status) can be
tested without a terminal.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reqkit.config import Config, default_paths, find_config_file, load_config
from reqkit.diagnostics import Report, Severity
from reqkit.errors import UsageError, error_text
from reqkit.fixes.codes import FIXABLE_CODES
from reqkit.formatters import FormatOptions, get_formatter
from reqkit.linter import LintOptions, lint_paths

if TYPE_CHECKING:
    from reqkit.fixes.marks import Fixable

#: Show a progress bar only for runs long enough to need one.
PROGRESS_THRESHOLD = 50


@dataclass(frozen=True)
class LintRequest:
    """Everything the lint command was asked to do."""

    paths: tuple[str, ...]
    output_format: str = "text"
    output: Path | None = None
    fail_on: str | None = None
    min_severity: str | None = None
    stage: str | None = None
    today: dt.date | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    config: Path | None = None
    isolated: bool = False
    stdin_filename: str = "<stdin>"
    quiet: bool = False
    statistics: bool = False
    hints: bool = True
    only_briefs: bool = False
    color: bool = False
    progress: bool = False
    force: bool = False
    fix: bool = False
    diff: bool = False
    unsafe_fixes: bool = False
    watch: bool = False


def run_lint(request: LintRequest, stdout: TextIO, stderr: TextIO) -> int:
    """Lint, print, optionally write a report file; return the exit status."""
    if request.watch:
        return _watch(request, stdout, stderr)
    options = LintOptions(
        today=request.today,
        stage=request.stage,  # type: ignore[arg-type]
        select=request.select,
        ignore=request.ignore,
        config_file=request.config,
        isolated=request.isolated,
        stdin_filename=request.stdin_filename,
        only_briefs=request.only_briefs,
    )
    project = _project_config(request)
    fail_on = _fail_on(request, project)
    min_severity = Severity.parse(request.min_severity) if request.min_severity else None
    if min_severity is not None and fail_on.rank < min_severity.rank:
        stderr.write(
            f"reqkit: note: findings below --min-severity {min_severity.value} are not "
            f"reported, so they cannot fail the run (--fail-on {fail_on.value})\n"
        )
    if not request.paths:
        request = replace(request, paths=default_paths(project or Config(), Path.cwd()))
    if request.output is not None:  # fail before the work if the named briefs are in the way
        from reqkit.report_files import refuse_briefs

        refuse_briefs(request.output, request.paths)
    progress = _progress(stderr) if request.progress else None
    run = None
    if request.fix or request.diff:
        from reqkit.fixes.command import check_fix_request
        from reqkit.fixes.files import fix_paths

        check_fix_request(request)
        run = fix_paths(request.paths, options, unsafe=request.unsafe_fixes, progress=progress)
        report = run.report
    else:
        report = lint_paths(request.paths, options, progress)
    if not report.files and not report.unreadable:
        if request.only_briefs:
            stdout.write("No briefs to check.\n")
            return 0
        raise UsageError(
            "no briefs found in " + ", ".join(request.paths),
            "A brief is a .yaml or .yml file with an `initiative:` key; check the path "
            "and the include/exclude settings.",
        )
    if request.diff and run is not None:
        from reqkit.fixes.command import show_diff

        return show_diff(run, stdout, stderr)
    if min_severity is not None:
        # Filtered before any formatter sees it, so every format, the summary
        # and the exit status agree on what was reported.
        report = report.at_least(min_severity)
    for failure in report.unreadable:
        stderr.write(error_text(failure))
    docs_url = project.docs_url if project else None
    if run is not None:
        from reqkit.fixes.command import write_all

        stdout = write_all(run, stdout, stderr)
    shown = FormatOptions(
        color=request.color,
        quiet=request.quiet,
        statistics=request.statistics,
        hints=request.hints,
        docs_url=docs_url,
        fixable=_fixable(report, options, request),
    )
    if request.output is None:
        stdout.write(get_formatter(request.output_format)(report, shown))
    else:
        from reqkit.fsio import write_atomic
        from reqkit.report_files import check_report_target

        checked = [result.file for result in report.files] + [u.file for u in report.unreadable]
        check_report_target(request.output, checked, force=request.force)
        written = FormatOptions(hints=request.hints, docs_url=docs_url)
        write_atomic(request.output, get_formatter(request.output_format)(report, written))
        stdout.write(get_formatter("text")(report, shown))
    if run is not None:
        from reqkit.fixes.command import fixed_line

        (stdout if request.output_format == "text" else stderr).write(fixed_line(run, report))
    if request.output_format == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from reqkit.formatters.github_summary import append_job_summary

        append_job_summary(report, Path(os.environ["GITHUB_STEP_SUMMARY"]))
    return int(report.exit_code(fail_on))


def _watch(request: LintRequest, stdout: TextIO, stderr: TextIO) -> int:
    """``--watch``: lint now and after each save, until Ctrl-C."""
    if request.fix or request.diff or request.output is not None:
        raise UsageError(
            "--watch only reports: it cannot be combined with --fix, --diff or -o/--output",
            "Run `reqkit lint --fix` once, then watch.",
        )
    from reqkit.watch import watch_lint

    once = replace(request, watch=False, progress=False)
    paths = request.paths
    if not paths:
        paths = default_paths(_project_config(request) or Config(), Path.cwd())
    return watch_lint(paths, request.config, lambda: run_lint(once, stdout, stderr), stdout, stderr)


def _fixable(report: Report, options: LintOptions, request: LintRequest) -> Fixable | None:
    """The findings to mark ``[*]`` in the text report (none for other formats)."""
    text_shown = request.output_format == "text" or request.output is not None
    if request.quiet or not text_shown:
        return None
    if not any(d.code in FIXABLE_CODES for d in report.diagnostics):
        return None
    from reqkit.fixes.marks import fixable_findings
    from reqkit.linter import Linter

    return fixable_findings(report, Linter(options), unsafe=request.unsafe_fixes)


def _project_config(request: LintRequest) -> Config | None:
    """The config file of the folder reqkit runs in, for settings of the whole run."""
    if request.isolated:
        return None
    source = request.config or find_config_file(Path.cwd())
    return load_config(source) if source else None


def _fail_on(request: LintRequest, project: Config | None) -> Severity:
    """--fail-on, else the config's fail-on (checked when the file was read), else error."""
    if request.fail_on:
        return Severity.parse(request.fail_on)
    configured = project.fail_on if project else None
    return Severity.parse(configured) if configured else Severity.ERROR


def _progress(stderr: TextIO):  # type: ignore[no-untyped-def]
    def wrap(files: Iterable[str]) -> Iterator[str]:
        items = list(files)
        if len(items) < PROGRESS_THRESHOLD:
            yield from items
            return
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(file=stderr), transient=True) as bar:
            task = bar.add_task("Checking briefs", total=len(items))
            for item in items:
                yield item
                bar.advance(task)

    return wrap

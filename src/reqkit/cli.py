"""The ``reqkit`` command: thin wiring over the library.

Each command parses its options, calls one library function, picks a
formatter and returns an exit status. Anything heavier (rendering, rich
output) is imported inside the command that needs it, so ``reqkit lint``
starts quickly.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from reqkit import __version__
from reqkit.diagnostics import ExitCode, Severity
from reqkit.errors import ReqkitError, UnreadableInput

app = typer.Typer(
    name="reqkit",
    help="Write, check and share the requirements briefs that marketing hands to IT.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class LintFormat(str, enum.Enum):
    text = "text"
    json = "json"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reqkit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True),
    ] = False,
) -> None:
    """Write, check and share the requirements briefs that marketing hands to IT."""


@contextmanager
def _errors_for_people() -> Iterator[None]:
    """Turn reqkit's own errors into a message and exit status 2, never a traceback."""
    try:
        yield
    except ReqkitError as error:
        _print_error(error)
        raise typer.Exit(ExitCode.USAGE) from None


def _print_error(error: ReqkitError) -> None:
    where = f"{error.location}: " if isinstance(error, UnreadableInput) else ""
    typer.echo(f"reqkit: error: {where}{error.message}", err=True)
    if error.hint:
        typer.echo(f"  hint: {error.hint}", err=True)


def _use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


@app.command(short_help="Check briefs for problems IT would push back on.")
def lint(
    files: Annotated[
        list[str],
        typer.Argument(help="Brief files to check; '-' reads standard input.", metavar="FILE..."),
    ],
    output_format: Annotated[
        LintFormat, typer.Option("--format", "-f", help="How to print the findings.")
    ] = LintFormat.text,
    fail_on: Annotated[
        FailOn,
        typer.Option(help="Exit with status 1 when a finding is at least this severe."),
    ] = FailOn.error,
    stdin_filename: Annotated[
        Optional[str],
        typer.Option(help="The name to show for a brief read from standard input."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the summary line.")
    ] = False,
    statistics: Annotated[
        bool, typer.Option(help="Also count the findings by rule.")
    ] = False,
) -> None:
    """Check briefs and report every problem with its file, line and column."""
    from reqkit.formatters import FormatOptions, get_formatter
    from reqkit.linter import LintOptions, lint_paths

    with _errors_for_people():
        options = LintOptions(stdin_filename=stdin_filename or "<stdin>")
        report = lint_paths(files, options)
        for failure in report.unreadable:
            _print_error(failure)
        formatter = get_formatter(output_format.value)
        format_options = FormatOptions(
            color=output_format is LintFormat.text and _use_color(sys.stdout),
            quiet=quiet,
            statistics=statistics,
        )
        sys.stdout.write(formatter(report, format_options))
        raise typer.Exit(report.exit_code(Severity(fail_on.value)))


@app.command(short_help="Print the JSON Schema of the brief format.")
def schema(
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="Write the schema to this file instead of printing it."),
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Replace an existing file that reqkit did not write.")
    ] = False,
) -> None:
    """Print the JSON Schema of a brief, for editor completion and checks."""
    from reqkit.fsio import check_may_write, write_atomic
    from reqkit.jsonschema_export import brief_json_schema_text

    with _errors_for_people():
        text = brief_json_schema_text()
        if output is None:
            sys.stdout.write(text)
            return
        check_may_write(output, force=force)
        write_atomic(output, text)
        typer.echo(f"Wrote {output}", err=True)


def main() -> None:
    """Entry point of the ``reqkit`` executable."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("reqkit: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # a bug in reqkit: say so plainly, keep details on request
        if os.environ.get("REQKIT_DEBUG"):
            raise
        typer.echo(f"reqkit: internal error: {type(error).__name__}: {error}", err=True)
        typer.echo(
            "  hint: this is a bug in reqkit; run again with REQKIT_DEBUG=1 for details "
            "and report it.",
            err=True,
        )
        sys.exit(ExitCode.USAGE)

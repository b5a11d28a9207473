"""The ``reqkit`` command: thin wiring over the library.

Each command parses its options, calls one library function, picks a
formatter and returns an exit status. Anything heavier (rendering, rich
output) is imported inside the command that needs it, so ``reqkit lint``
starts quickly.
"""

from __future__ import annotations

import copy
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from typer.main import get_command_name

from reqkit import __version__, process
from reqkit.cli_help import ReadableCommand, choices
from reqkit.cli_params import (
    ConfigFile,
    DiffFormat,
    DocumentDate,
    ExportFormatName,
    FailOn,
    Force,
    Isolated,
    Kind,
    LintFormat,
    RenderFormat,
    RulesFormat,
    Stage,
    StdinFilename,
    TemplateDir,
    Today,
    parse_date,
    split_list,
)
from reqkit.diagnostics import ExitCode
from reqkit.errors import ReqkitError, error_text
from reqkit.startup import skip_pydantic_plugin_lookup

app = typer.Typer(
    name="reqkit",
    help="Write, check and share the requirements briefs that marketing hands to IT.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reqkit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True
        ),
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
    except (BrokenPipeError, process.ClosedStreamError):
        raise  # the reader has gone, or output was closed: main ends the run (see reqkit.process)
    except OSError as error:  # the machine refused: a full disk, a missing permission
        _print_error(_system_error(error))
        raise typer.Exit(ExitCode.USAGE) from None


def _system_error(error: OSError) -> ReqkitError:
    where = f"{error.filename}: " if error.filename else ""
    return ReqkitError(
        f"{where}{(error.strerror or str(error)).lower()}",
        "Check that the path exists, that you may read and write there, and that the disk "
        "is not full.",
    )


def _print_error(error: ReqkitError) -> None:
    typer.echo(error_text(error), err=True, nl=False)


def _use_color(stream: object) -> bool:
    """Colour on a terminal, unless NO_COLOR says otherwise; FORCE_COLOR forces it."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return process.is_terminal(stream)


@app.command(cls=ReadableCommand, short_help="Check briefs for problems IT would push back on.")
def lint(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(
            help="Briefs or folders to check (folders are searched for briefs); '-' reads standard input. [default: the config's paths, else briefs/, else .]",
            metavar="PATH",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        LintFormat,
        typer.Option(
            "--format", "-f", help="How to print the findings.", metavar=choices(LintFormat)
        ),
    ] = LintFormat.text,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Also write the report in --format to this file; text still goes to the terminal.",
            metavar="FILE",
        ),
    ] = None,
    fail_on: Annotated[
        Optional[FailOn],
        typer.Option(
            help="Exit with status 1 when a finding is at least this severe [default: error].",
            metavar=choices(FailOn),
        ),
    ] = None,
    min_severity: Annotated[
        Optional[FailOn],
        typer.Option(
            help="Report only findings at least this severe, in every format; "
            "findings left out never fail the run [default: info].",
            metavar=choices(FailOn),
        ),
    ] = None,
    stage: Annotated[
        Optional[Stage],
        typer.Option(
            help="Check as if the briefs were at this stage, whatever they say.",
            metavar=choices(Stage),
        ),
    ] = None,
    today: Today = None,
    select: Annotated[
        Optional[list[str]],
        typer.Option(
            help="Run only these rules (codes, names or prefixes such as RK1; repeat or comma-separate).",
            metavar="RULES",
        ),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],
        typer.Option(help="Skip these rules (codes, names or prefixes).", metavar="RULES"),
    ] = None,
    config: ConfigFile = None,
    isolated: Isolated = False,
    stdin_filename: StdinFilename = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the summary line.")
    ] = False,
    statistics: Annotated[bool, typer.Option(help="Also count the findings by rule.")] = False,
    no_hints: Annotated[
        bool, typer.Option("--no-hints", help="Leave out the hints in the text report.")
    ] = False,
    only_briefs: Annotated[
        bool,
        typer.Option(
            help="Skip named files that are not briefs (no initiative: key), e.g. when pre-commit passes every YAML file."
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(help="Let -o replace an existing file that is not a report from reqkit lint."),
    ] = False,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Repair what has one right answer (quotes, letter case, dates, order, "
            "whitespace) in the files, then report what remains; '-' prints the fixed brief.",
        ),
    ] = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="Print the fixes as a unified diff and write nothing; "
            "exit 1 if there is something to fix.",
        ),
    ] = False,
    unsafe_fixes: Annotated[
        bool,
        typer.Option(
            "--unsafe-fixes",
            help="Also apply (or show) fixes that are right for most briefs but not all.",
        ),
    ] = False,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch",
            help="Check again each time a brief or the config is saved; Ctrl-C stops.",
        ),
    ] = False,
) -> None:
    """Check briefs and report every problem with its file, line and column."""
    from reqkit.lint_command import LintRequest, run_lint

    with _errors_for_people():
        request = LintRequest(
            paths=tuple(paths or ()),
            output_format=output_format.value,
            output=output,
            fail_on=fail_on.value if fail_on else None,
            min_severity=min_severity.value if min_severity else None,
            stage=stage.value if stage else None,
            today=parse_date(today),
            select=split_list(select),
            ignore=split_list(ignore) or (),
            config=config,
            isolated=isolated,
            stdin_filename=stdin_filename or "<stdin>",
            quiet=quiet,
            statistics=statistics,
            hints=not no_hints,
            only_briefs=only_briefs,
            color=_use_color(sys.stdout),
            progress=process.is_terminal(sys.stderr) and not os.environ.get("CI"),
            force=force,
            fix=fix,
            diff=diff,
            unsafe_fixes=unsafe_fixes,
            watch=watch,
        )
        status = run_lint(request, stdout=sys.stdout, stderr=sys.stderr)
        raise typer.Exit(status)


@app.command(
    cls=ReadableCommand,
    short_help="Turn briefs into documents to share: Markdown, HTML, PDF or Word.",
)
def render(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Briefs or folders of briefs; '-' reads standard input.", metavar="BRIEF..."
        ),
    ],
    output_format: Annotated[
        Optional[RenderFormat],
        typer.Option(
            "--format",
            "-f",
            help="md, html, pdf or docx [default: from the -o file name, else md].",
            metavar=choices(RenderFormat),
        ),
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="The file to write, or a folder for several briefs (with an index).",
            metavar="FILE|DIR",
        ),
    ] = None,
    template_dir: TemplateDir = None,
    date: DocumentDate = None,
    with_lint: Annotated[
        bool,
        typer.Option(
            "--with-lint", help="Add review notes: the linter's findings beside the brief."
        ),
    ] = False,
    today: Today = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Write nothing; exit 1 if the files at -o are missing or out of date."
        ),
    ] = False,
    force: Force = False,
    config: ConfigFile = None,
    isolated: Isolated = False,
    stdin_filename: StdinFilename = None,
) -> None:
    """Render briefs as Markdown for a docs repository, HTML for everyone else, PDF or Word."""
    with _errors_for_people():
        from reqkit.render.command import RenderRequest, run_render

        request = RenderRequest(
            paths=tuple(paths),
            output_format=output_format.value if output_format else None,
            output=output,
            template_dir=template_dir,
            date=parse_date(date),
            with_lint=with_lint,
            today=parse_date(today),
            check=check,
            force=force,
            config=config,
            isolated=isolated,
            stdin_filename=stdin_filename or "<stdin>",
            color=_use_color(sys.stderr),
        )
        status = run_render(request, stdout=sys.stdout, stderr=sys.stderr)
        raise typer.Exit(status)


@app.command(cls=ReadableCommand, short_help="Show a brief in the browser, redrawn on every save.")
def preview(
    brief: Annotated[Path, typer.Argument(help="The brief to show.", metavar="BRIEF")],
    port: Annotated[
        int,
        typer.Option(
            help="The port to serve on, on 127.0.0.1 [default: a free one].",
            metavar="PORT",
            show_default=False,
        ),
    ] = 0,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the page in the default browser.")
    ] = False,
    template_dir: TemplateDir = None,
    date: DocumentDate = None,
    today: Today = None,
    config: ConfigFile = None,
    isolated: Isolated = False,
) -> None:
    """Serve the brief as its HTML document, with the linter's findings, on 127.0.0.1.

    The page reloads by itself when the brief, its config file or its templates
    change; a brief that cannot be rendered gets a page that says why. Only this
    machine can reach the page. Ctrl-C stops the preview.
    """
    if not 0 <= port <= 65535:
        raise typer.BadParameter(f"{port} is not a port; use 1 to 65535, or 0 for a free one")
    with _errors_for_people():
        from reqkit.preview.command import run_preview
        from reqkit.preview.rendering import PreviewRequest

        request = PreviewRequest(
            brief=brief,
            template_dir=template_dir,
            config=config,
            isolated=isolated,
            today=parse_date(today),
            date=parse_date(date),
        )
        raise typer.Exit(run_preview(request, port, open_browser, sys.stdout))


@app.command(
    cls=ReadableCommand,
    short_help="Hand briefs on to spreadsheets, Jira, requirements tools and calendars.",
)
def export(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Briefs or folders of briefs; '-' reads standard input.", metavar="BRIEF..."
        ),
    ],
    output_format: Annotated[
        Optional[ExportFormatName],
        typer.Option(
            "--format",
            "-f",
            help="csv (requirements sheet), jira (Jira CSV import), json (for scripts), "
            "reqif (DOORS, Polarion, codebeamer), ics (calendar), xlsx (workbook) "
            "[default: from the -o file name].",
            metavar=choices(ExportFormatName),
        ),
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="The file to write, or a folder for one file per brief [default: print].",
            metavar="FILE|DIR",
        ),
    ] = None,
    date: Annotated[
        Optional[str],
        typer.Option(
            help="The date (YYYY-MM-DD) the export carries and the briefs are checked against "
            "[default: the briefs' updated date, else today].",
            metavar="DATE",
        ),
    ] = None,
    force: Annotated[bool, typer.Option(help="Replace existing files.")] = False,
    config: ConfigFile = None,
    isolated: Isolated = False,
    stdin_filename: StdinFilename = None,
) -> None:
    """Export briefs for the tools people already use, each requirement with its lint findings."""
    with _errors_for_people():
        from reqkit.export_command import ExportRequest, run_export

        request = ExportRequest(
            paths=tuple(paths),
            output_format=output_format.value if output_format else None,
            output=output,
            date=parse_date(date),
            force=force,
            config=config,
            isolated=isolated,
            stdin_filename=stdin_filename or "<stdin>",
            color=_use_color(sys.stderr),
            stdout_is_terminal=process.is_terminal(sys.stdout),
        )
        status = run_export(request, stdout=sys.stdout.buffer, stderr=sys.stderr)
        raise typer.Exit(status)


@app.command(cls=ReadableCommand, short_help="List the lint rules, or explain one.")
def rules(
    rule: Annotated[
        Optional[str],
        typer.Argument(
            help="A rule code (RK101) or name (vague-term) to explain, "
            "or a code prefix (RK9) to list one family.",
            metavar="[RULE]",
        ),
    ] = None,
    output_format: Annotated[
        RulesFormat,
        typer.Option(
            "--format", "-f", help="text for people, json for tools.", metavar=choices(RulesFormat)
        ),
    ] = RulesFormat.text,
) -> None:
    """List every rule with its code, name, friction source and severity by stage, or explain one."""
    from reqkit import catalogue

    with _errors_for_people():
        codes = catalogue.family_codes(rule) if rule is not None else None
        if rule is not None and codes is None:
            sys.stdout.write(catalogue.explain(rule))
        elif output_format is RulesFormat.json:
            sys.stdout.write(catalogue.rules_json(codes))
        else:
            sys.stdout.write(catalogue.rules_table_text(_use_color(sys.stdout), codes))


@app.command(cls=ReadableCommand, short_help="Print the JSON Schema of the brief format.")
def schema(
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Write the schema to this file instead of printing it.",
            metavar="FILE",
        ),
    ] = None,
    force: Force = False,
) -> None:
    """Print the JSON Schema of a brief, for editor completion and checks."""
    from reqkit.fsio import check_may_write, write_atomic
    from reqkit.jsonschema_export import brief_json_schema_text
    from reqkit.stamp import schema_ownership

    with _errors_for_people():
        text = brief_json_schema_text()
        if output is None:
            sys.stdout.write(text)
            return
        check_may_write(output, force=force, ownership=schema_ownership)
        write_atomic(output, text)
        typer.echo(f"Wrote {output}", err=True)


@app.command(cls=ReadableCommand, short_help="Compare two versions of a brief by meaning.")
def diff(
    old: Annotated[
        str,
        typer.Argument(
            help="The old brief: a file, or REV:PATH from git (main:briefs/crm.yaml).",
            metavar="OLD",
        ),
    ],
    new: Annotated[
        Optional[str],
        typer.Argument(
            help="The new brief: a file or REV:PATH. With --rev, the one file to compare.",
            metavar="[NEW]",
        ),
    ] = None,
    rev: Annotated[
        Optional[str],
        typer.Option(
            help="Compare the file with its version at this git revision (a branch, tag or commit).",
            metavar="REV",
        ),
    ] = None,
    output_format: Annotated[
        DiffFormat,
        typer.Option(
            "--format",
            "-f",
            help="text for people, md for a pull-request comment, json for tools.",
            metavar=choices(DiffFormat),
        ),
    ] = DiffFormat.text,
) -> None:
    """Compare two briefs by meaning: requirements by id, dates in days, budget in percent.

    Exit status 0 when nothing changed, 1 when something did, 2 on error.
    """
    from reqkit.diff_command import run_diff

    with _errors_for_people():
        status = run_diff(
            old, new, rev, output_format.value, sys.stdout, color=_use_color(sys.stdout)
        )
        raise typer.Exit(status)


@app.command(
    "import",
    cls=ReadableCommand,
    short_help="Turn a spreadsheet (.xlsx or .csv) of requirements into a brief.",
)
def import_sheet(
    sheet: Annotated[
        Path,
        typer.Argument(
            help="The workbook (.xlsx) or CSV file to read: one that reqkit export wrote, "
            "or a sheet of requirements written by hand.",
            metavar="SHEET",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="The brief to write (YAML).", metavar="BRIEF"),
    ],
    initiative_id: Annotated[
        Optional[str],
        typer.Option(
            "--id", help="The initiative's id, if the sheet does not give it.", metavar="ID"
        ),
    ] = None,
    title: Annotated[
        Optional[str],
        typer.Option(help="The initiative's title, if the sheet does not give it.", metavar="TEXT"),
    ] = None,
    owner: Annotated[
        Optional[str],
        typer.Option(
            help="Who owns the brief on the marketing side, if the sheet does not say.",
            metavar="NAME",
        ),
    ] = None,
    sheet_name: Annotated[
        Optional[str],
        typer.Option(
            "--sheet",
            help="The sheet that lists the requirements [default: the one named Requirements, "
            "or the only one].",
            metavar="NAME",
        ),
    ] = None,
    force: Annotated[bool, typer.Option(help="Replace an existing brief.")] = False,
) -> None:
    """Read requirements from a spreadsheet into a new brief; every cell that cannot be read
    is reported with its sheet, row and column, and nothing is written until all are fixed."""
    from reqkit.import_command import run_import_command
    from reqkit.importing import ImportRequest

    with _errors_for_people():
        request = ImportRequest(
            source=sheet,
            output=output,
            id=initiative_id,
            title=title,
            owner=owner,
            sheet=sheet_name,
            force=force,
        )
        run_import_command(request, sys.stdout, sys.stderr)


@app.command(cls=ReadableCommand, short_help="Record a sign-off in a brief.")
def approve(
    brief: Annotated[Path, typer.Argument(help="The brief to sign.", metavar="BRIEF")],
    by: Annotated[
        str,
        typer.Option(
            "--by", help="Who signs: a name from the brief's stakeholders.", metavar="NAME"
        ),
    ],
    role: Annotated[
        Optional[str],
        typer.Option(help="In what capacity they sign, e.g. 'Head of IT'.", metavar="ROLE"),
    ] = None,
    date: Annotated[
        Optional[str],
        typer.Option(help="The date of the sign-off (YYYY-MM-DD); default today.", metavar="DATE"),
    ] = None,
) -> None:
    """Record a sign-off in the brief's approvals, changing nothing else.

    When every required side (marketing and IT, or as configured with
    required-approvers) has signed, the stage becomes approved and a baseline
    of what was signed is recorded, so later changes show up in `reqkit lint`.
    """
    from reqkit.diff_command import run_approve

    with _errors_for_people():
        status = run_approve(brief, by, role, parse_date(date), sys.stdout, sys.stderr)
        raise typer.Exit(status)


@app.command(
    cls=ReadableCommand, short_help="Start a new brief from a scaffold that explains each field."
)
def new(
    path: Annotated[
        Optional[Path],
        typer.Argument(
            help="Where to write the brief (a file, or a folder for a name made from the title).",
            metavar="[PATH]",
        ),
    ] = None,
    kind: Annotated[
        Optional[Kind],
        typer.Option(
            help="The starting point: campaign, platform, vendor or minimal.",
            metavar=choices(Kind),
        ),
    ] = None,
    title: Annotated[
        Optional[str], typer.Option(help="Title of the initiative.", metavar="TEXT")
    ] = None,
    owner: Annotated[
        Optional[str],
        typer.Option(help="Who owns the brief on the marketing side.", metavar="NAME"),
    ] = None,
    it_contact: Annotated[
        Optional[str], typer.Option(help="Your contact in IT.", metavar="NAME")
    ] = None,
    deadline: Annotated[
        Optional[str],
        typer.Option(help="A hard deadline (YYYY-MM-DD), if there is one.", metavar="DATE"),
    ] = None,
    deadline_reason: Annotated[
        Optional[str], typer.Option(help="Why the deadline cannot move.", metavar="TEXT")
    ] = None,
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Ask nothing: use the flags and the defaults.")
    ] = False,
    interactive: Annotated[
        bool, typer.Option(help="Ask the questions even when standard input is not a terminal.")
    ] = False,
    force: Annotated[bool, typer.Option(help="Replace an existing file.")] = False,
) -> None:
    """Write a new brief: each section explained, placeholders to fill, valid as a draft."""
    from reqkit.new_command import NewRequest, run_new

    with _errors_for_people():
        request = NewRequest(
            path=path,
            kind=kind.value if kind else None,
            title=title,
            owner=owner,
            it_contact=it_contact,
            deadline=parse_date(deadline),
            deadline_reason=deadline_reason,
            no_input=no_input,
            interactive=interactive,
            force=force,
        )
        run_new(request, _ask, sys.stdin.isatty(), sys.stdout)


def _ask(question: str, default: str) -> str:
    return str(typer.prompt(question, default=default, show_default=bool(default)))


@app.command(
    cls=ReadableCommand,
    short_help="Prepare a docs repository: config, a first brief, CI and pre-commit.",
)
def init(
    folder: Annotated[
        Path, typer.Argument(help="The repository to prepare (default: here).", metavar="[DIR]")
    ] = Path("."),
    install: Annotated[
        Optional[str],
        typer.Option(
            metavar="SPEC",
            help="How CI and pre-commit install reqkit: a version, reqkit-briefs==VERSION, a wheel or folder path, or a Git URL (git+https://github.com/ORG/REPO@REV). [default: reqkit-briefs at this version]",
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Write nothing; show each file, or how an existing one differs."
        ),
    ] = False,
) -> None:
    """Set up a docs repository for briefs; files that already exist are left alone."""
    from reqkit.init_command import run_init

    with _errors_for_people():
        run_init(folder, sys.stdout, install=install, dry_run=dry_run)


@app.command(
    cls=ReadableCommand,
    short_help="Run the language server: findings, hover, completion and fixes in editors.",
)
def lsp(
    stdio: Annotated[
        bool,
        typer.Option(
            "--stdio",
            help="Talk over standard input and output (the only way it talks; editors often pass it).",
            show_default=False,
        ),
    ] = True,
) -> None:
    """Run the reqkit language server over standard input and output, for editors.

    Editors start it themselves: see "Editor integration" in the README. It
    publishes the findings of `reqkit lint` as you type, explains them on
    hover, completes keys and choices, and offers ignore comments and fixes.
    """
    from reqkit.lsp.server import serve

    with _errors_for_people():
        raise typer.Exit(serve())


def main() -> NoReturn:
    """Run the command line and end the process (:func:`reqkit.startup.launch` calls it)."""
    # reqkit uses no pydantic plugins; looking them up scans every installed
    # package's metadata, a fifth of the start-up time of a small run.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    skip_pydantic_plugin_lookup()
    try:
        _app_for(sys.argv[1:])()
    except SystemExit as done:
        _leave(done.code)
    except KeyboardInterrupt:
        _leave(process.INTERRUPTED)
    except Exception as error:  # a bug in reqkit: say so plainly, keep details on request
        if process.reader_gone(error):
            _leave(process.READER_GONE)
        if process.closed_output(error):
            process.say(f"reqkit: error: {error.strerror}, so nothing could be written\n")
            _leave(ExitCode.USAGE)
        if os.environ.get("REQKIT_DEBUG"):
            raise
        typer.echo(f"reqkit: internal error: {type(error).__name__}: {error}", err=True)
        typer.echo(
            "  hint: this is a bug in reqkit; run again with REQKIT_DEBUG=1 for details "
            "and report it.",
            err=True,
        )
        _leave(ExitCode.USAGE)
    _leave(0)


def _app_for(arguments: list[str]) -> typer.Typer:
    """``app``, narrowed to the command that the command line names.

    Typer turns every command's signature into options before it runs one,
    and that is a tenth of the time a small ``reqkit lint`` takes. The
    narrowed app has the same settings, root options and command, so it
    parses, helps and fails in the same words; with no command named (or a
    misspelt one) the whole app runs and lists them all.
    """
    named = arguments[0] if arguments else ""
    chosen = [
        info
        for info in app.registered_commands
        if (info.name or get_command_name(info.callback.__name__)) == named  # type: ignore[union-attr]
    ]
    if not chosen:
        return app
    narrowed = copy.copy(app)
    narrowed.registered_commands = chosen
    return narrowed


def _leave(code: object) -> NoReturn:
    """Flush the output and end the process without tearing the interpreter down.

    Every command has closed the files it wrote by the time it returns. What
    is left at exit is freeing every module and object one by one, which
    costs about 30 ms, as much as checking a typical brief; a short-lived
    command does not need it. ``code`` is read as :func:`sys.exit` reads it.
    """
    if process.was_interrupted() or code == process.INTERRUPTED:
        process.say("reqkit: interrupted\n")
        os._exit(process.INTERRUPTED)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError) as error:
            if process.reader_gone(error):
                status = process.READER_GONE
    if process.reader_gone():
        # The reader has gone: nobody is left to tell, and nothing more is written.
        process.silence_output()
        status = process.READER_GONE
    os._exit(status)

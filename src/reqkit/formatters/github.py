"""GitHub Actions workflow commands: each finding becomes an annotation on its line.

A step that runs ``reqkit lint --format github`` prints one ``::error``,
``::warning`` or ``::notice`` command per finding; the runner turns them into
annotations on the pull request's changed files and in the job summary.

The escaping is exactly that of GitHub's own toolkit (``@actions/core``):
the message escapes ``%``, carriage return and line feed; property values
escape ``:`` and ``,`` as well. A message can therefore hold any text, even
a newline or ``::``, without ending the command or starting another one.

File names are written as absolute paths. The runner shortens a path inside
the workspace to the repository-relative one it needs, so annotations land
on the right file even when the step runs in a subfolder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reqkit.diagnostics import Diagnostic, Report, Severity, sort_diagnostics
from reqkit.errors import UnreadableInput
from reqkit.formatters import FormatOptions, message_with_hint
from reqkit.formatters.locations import absolute_path, working_directory
from reqkit.formatters.text import summary_line

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}

Property = tuple[str, str | int | None]


def format_report(report: Report, options: FormatOptions) -> str:
    root = working_directory(options)
    lines = [
        *(
            _finding(d, str(absolute_path(d.file, root)))
            for d in sort_diagnostics(report.diagnostics)
        ),
        *(_unreadable(u, str(absolute_path(u.file, root))) for u in report.unreadable),
        # Not a command: the runner shows it in the log as it is.
        f"reqkit: {summary_line(report)}",
    ]
    return "".join(line + "\n" for line in lines)


def workflow_command(command: str, properties: Iterable[Property], message: str) -> str:
    """``::command key=value,…::message``, leaving out properties without a value."""
    given = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties
        if value not in (None, "")
    )
    return f"::{command}{' ' + given if given else ''}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message as the toolkit does: ``%``, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, and ``:`` and ``,`` besides."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _finding(d: Diagnostic, file: str) -> str:
    properties = [("file", file), *_position(d), ("title", f"{d.code} {d.name}")]
    return workflow_command(_COMMANDS[d.severity], properties, message_with_hint(d.message, d.hint))


def _position(d: Diagnostic) -> Iterator[Property]:
    """Line and column properties the runner accepts.

    The runner drops both columns when a span covers several lines, and
    drops them too when ``endColumn`` comes before ``col``; such spans are
    given by their lines alone.
    """
    yield ("line", d.line)
    if d.end_line is not None and d.end_line > d.line:
        yield ("endLine", d.end_line)
        return
    yield ("col", d.column)
    if d.end_column is not None and d.end_column >= d.column:
        yield ("endLine", d.line)
        yield ("endColumn", d.end_column)


def _unreadable(failure: UnreadableInput, file: str) -> str:
    properties = [
        ("file", file),
        ("line", failure.line),
        ("col", failure.column if failure.line is not None else None),
        ("title", "File could not be read"),
    ]
    return workflow_command("error", properties, message_with_hint(failure.message, failure.hint))

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

GitHub shows at most 10 annotations of each kind per step and drops the
rest without a word. So the report gives the most important ones: errors
first (files that could not be read before findings), then warnings, then
notices, at most 10 of each in file order; then a line that says how many
were not annotated, followed by those findings as plain log lines, so that
none is lost. With ``GITHUB_STEP_SUMMARY`` set, ``reqkit lint`` also writes
every finding into the job summary (:mod:`reqkit.formatters.github_summary`).

Control characters from the brief are shown escaped (``\x1b``) before the
toolkit's own escaping, so an escape sequence cannot reach the log viewer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reqkit.diagnostics import Diagnostic, Report, Severity, sort_diagnostics
from reqkit.errors import UnreadableInput
from reqkit.formatters import FormatOptions, message_with_hint, skipped_sentence
from reqkit.formatters.concise import finding_line
from reqkit.formatters.locations import absolute_path, working_directory
from reqkit.formatters.text import summary_line
from reqkit.visible import visible

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
#: The most annotations of one kind GitHub shows for a step.
ANNOTATION_LIMIT = 10

Property = tuple[str, str | int | None]


def format_report(report: Report, options: FormatOptions) -> str:
    root = working_directory(options)
    by_kind: dict[str, list[tuple[str, str]]] = {kind: [] for kind in _COMMANDS.values()}
    for failure in report.unreadable:
        line = f"{visible(failure.location)}: error [unreadable] {visible(failure.message)}"
        by_kind["error"].append(
            (_unreadable(failure, str(absolute_path(failure.file, root))), line)
        )
    for d in sort_diagnostics(report.diagnostics):
        command = _finding(d, str(absolute_path(d.file, root)))
        by_kind[_COMMANDS[d.severity]].append((command, finding_line(d)))
    lines = [command for items in by_kind.values() for command, _ in items[:ANNOTATION_LIMIT]]
    rest = {kind: items[ANNOTATION_LIMIT:] for kind, items in by_kind.items()}
    if any(rest.values()):
        # Not commands: the runner shows these lines in the log as they are.
        # The indent keeps a file name that starts with "::" from reading as one.
        lines.append(f"reqkit: {_not_annotated(rest)}")
        lines += [f"  {line}" for items in rest.values() for _, line in items]
    # A plain line per brief that a schema error kept some rules from checking.
    lines += [
        f"reqkit: {visible(skipped_sentence(r.file, r.skipped))}" for r in report.files if r.skipped
    ]
    lines.append(f"reqkit: {summary_line(report)}")
    return "".join(line + "\n" for line in lines)


def _not_annotated(rest: dict[str, list[tuple[str, str]]]) -> str:
    counts = [
        f"{len(items)} more {kind}{'' if len(items) == 1 else 's'}"
        for kind, items in rest.items()
        if items
    ]
    return (
        f"{', '.join(counts)} not annotated (GitHub shows {ANNOTATION_LIMIT} of each kind "
        "per step); here they all are:"
    )


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
    message = message_with_hint(_shown(d.message), _shown(d.hint) if d.hint else None)
    return workflow_command(_COMMANDS[d.severity], properties, message)


def _shown(text: str) -> str:
    """Brief text for an annotation: control characters escaped, line breaks left to encode."""
    return visible(text, keep_line_breaks=True)


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
    message = message_with_hint(_shown(failure.message), _shown(failure.hint or "") or None)
    return workflow_command("error", properties, message)

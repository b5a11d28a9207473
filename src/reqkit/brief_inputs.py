"""Reading the briefs that ``render`` and ``export`` were given, as ``lint`` reads them.

Both commands make files from briefs, so both stop before writing anything
when a brief cannot be read (exit status 2) or is not valid (its problems are
printed, exit status 1): a document or an export that silently left a brief
out would look complete. A brief reqkit itself fails on while reading it is
reported as an RK009 finding and counts as not valid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from reqkit.crash import crash_result, is_unexpected
from reqkit.diagnostics import ExitCode, FileResult, Report, sort_diagnostics
from reqkit.discovery import expand_paths
from reqkit.errors import UnreadableInput, UsageError, error_text
from reqkit.formatters import FormatOptions, get_formatter
from reqkit.linter import Linter
from reqkit.loader import LoadedBrief, load_brief


@dataclass(frozen=True)
class BriefInput:
    """One brief as named on the command line, read and validated."""

    name: str  # as given: a path, or "-" for standard input
    loaded: LoadedBrief
    location: Path  # where its config is looked up: its file, or here for standard input


def read_briefs(
    paths: tuple[str, ...],
    linter: Linter,
    stdin_filename: str,
    stderr: TextIO,
    color: bool,
    check_count: Callable[[int], None] | None = None,
) -> tuple[list[BriefInput], ExitCode]:
    """Every brief named (folders searched), read and validated; see the module docstring.

    ``check_count`` sees how many briefs were found before any is read, so a
    command can refuse a request it cannot carry out (several briefs to the
    terminal) before the slow part.
    """
    names, folders = expand_paths(list(paths), linter.config_for)
    for failure in folders:
        stderr.write(error_text(failure))
    if not names and not folders:
        raise UsageError(
            "no briefs found in " + ", ".join(paths),
            "A brief is a .yaml or .yml file with an `initiative:` key; check the path.",
        )
    if check_count is not None:
        check_count(len(names))
    for name in names:
        # The same checks of the configuration as `reqkit lint`: a misspelt
        # rule, option or severity is an error here too, not silently ignored.
        linter.ruleset_for(linter.config_for(config_location(name)))
    inputs: list[BriefInput] = []
    crashed: list[FileResult] = []
    unreadable = len(folders)
    for name in names:
        display = stdin_filename if name == "-" else name
        where = config_location(name)
        try:
            loaded = load_brief(name, display, linter.config_for(where).locale)
        except UnreadableInput as failure:
            unreadable += 1
            stderr.write(error_text(failure))
            continue
        except Exception as error:  # a bug must not cost the other files their report
            if not is_unexpected(error):
                raise
            crashed.append(crash_result(display, error))
            continue
        inputs.append(BriefInput(name, loaded, where))
    invalid = tuple(crashed) + tuple(
        FileResult(i.loaded.file, sort_diagnostics(i.loaded.diagnostics), i.loaded.text)
        for i in inputs
        if not i.loaded.valid
    )
    if invalid:
        stderr.write(get_formatter("text")(Report(invalid), FormatOptions(color=color)))
    if unreadable:
        return inputs, ExitCode.USAGE
    return inputs, ExitCode.FINDINGS if invalid else ExitCode.OK


def config_location(name: str) -> Path:
    """Where a brief's configuration is looked up: its file, or here for standard input."""
    return Path.cwd() if name == "-" else Path(name)

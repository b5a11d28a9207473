"""What must hold for any input: run the real command line and collect broken promises.

For one damaged brief, ``lint`` (JSON), ``render`` (Markdown and HTML) and
``diff`` (JSON, against the undamaged brief) each run twice through typer's
runner on reqkit's app. A run breaks a promise when it raises (an internal
error), exits with a status other than 0 or 1, prints JSON that does not
parse or holds NaN or Infinity, or prints something else the second time.

Exit status 2 is reqkit's documented answer in two cases, and accepted there
only with a plain ``reqkit: error:`` message: a file that cannot be read as
text (not UTF-8, binary), and ``diff`` of a brief that is not valid.
"""

from __future__ import annotations

import functools
import json
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from reqkit.cli import app

TODAY = "2027-01-15"
COMMANDS = ("lint", "render-md", "render-html", "diff")

_runner = CliRunner()
_UNREADABLE = ("is not valid UTF-8", "looks like a binary file", "saved as UTF-16")


@dataclass(frozen=True)
class Broken:
    """One broken promise: which command, and what went wrong."""

    command: str
    problem: str

    def __str__(self) -> str:
        return f"{self.command}: {self.problem}"


def reuse_compiled_templates() -> None:
    """Compile the built-in templates once per process rather than once per run.

    Compiling them is most of what ``render`` costs in a long-lived process;
    a fuzz run renders thousands of briefs, and what it renders is the same.
    """
    from reqkit.render import command

    if not hasattr(command.make_templates, "cache_info"):
        command.make_templates = functools.lru_cache(maxsize=None)(command.make_templates)  # type: ignore[assignment]


def arguments(command: str, brief: Path, original: Path) -> list[str]:
    if command == "lint":
        return ["lint", "--isolated", "--today", TODAY, "--format", "json", str(brief)]
    if command.startswith("render-"):
        fmt = command.removeprefix("render-")
        return [
            "render",
            "--isolated",
            "--today",
            TODAY,
            "--date",
            TODAY,
            "--format",
            fmt,
            str(brief),
        ]
    return ["diff", "--format", "json", str(original), str(brief)]


def check_brief(brief: Path, original: Path, commands: Sequence[str] = COMMANDS) -> list[Broken]:
    """Every promise that ``brief`` (a damaged copy of ``original``) makes a command break."""
    broken: list[Broken] = []
    for command in commands:
        problem = _check_command(command, arguments(command, brief, original))
        if problem:
            broken.append(Broken(command, problem))
    return broken


def _check_command(command: str, args: list[str]) -> str | None:
    first = _invoke(args)
    if isinstance(first, str):
        return first
    status, stdout, stderr = first
    if status == 2:
        if "reqkit: error:" not in stderr and "reqkit: error:" not in stdout:
            return f"exit 2 without an error message: {stderr[-300:]!r}"
        if not _documented_failure(command, stderr):
            return f"exit 2: {stderr.strip()[-300:]}"
    elif status not in (0, 1):
        return f"exit status {status}: {stderr[-300:]!r}"
    elif command in ("lint", "diff"):
        problem = _json_problem(stdout)
        if problem:
            return problem
    second = _invoke(args)
    if second != first:
        return "a second run printed something else"
    return None


def _documented_failure(command: str, stderr: str) -> bool:
    if any(reason in stderr for reason in _UNREADABLE):
        return True
    return command == "diff" and "cannot compare" in stderr


def _invoke(args: list[str]) -> tuple[int, str, str] | str:
    result = _runner.invoke(app, args, env={"NO_COLOR": "1", "COLUMNS": "100"})
    error = result.exception
    if error is not None and not isinstance(error, SystemExit):
        trace = "".join(traceback.format_exception(error))
        return f"internal error {type(error).__name__}: {str(error)[:200]}\n{trace[-2000:]}"
    return result.exit_code, result.stdout, result.stderr


def _json_problem(text: str) -> str | None:
    def refuse(constant: str) -> object:
        raise ValueError(f"{constant} is not JSON")

    try:
        json.loads(text, parse_constant=refuse)
    except ValueError as error:
        return f"output is not valid JSON ({error}): {text[:200]!r}"
    return None

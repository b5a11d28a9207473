"""``--help`` names values as a person reads them, never as Python types."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reqkit.cli import app

runner = CliRunner()
COMMANDS = [
    "lint",
    "render",
    "export",
    "import",
    "rules",
    "schema",
    "diff",
    "approve",
    "new",
    "init",
]
#: What typer writes for a value it knows only by its Python type.
PYTHON_TYPE = re.compile(r"<[^>]*>|\b(?:list|str|int|path|bool)\[|\{[A-Z]")


def help_of(command: str) -> str:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_no_python_types(command):
    text = help_of(command)
    assert not PYTHON_TYPE.search(text), PYTHON_TYPE.search(text)
    for word in ("<str>", "<path>", "list[str]", "<int>"):
        assert word not in text


@pytest.mark.parametrize("command", COMMANDS)
def test_every_value_has_a_readable_name(command):
    """Each option that takes a value names it in capitals or lists its choices."""
    for line in help_of(command).splitlines():
        match = re.match(r"\s+(?:-\w, )?(--[\w-]+)(?: (\S+))?", line)
        if not match or " / --" in line or match[2] is None:
            continue
        assert re.fullmatch(r"[A-Z|]+(?:\.\.\.)?|\[[a-z|]+\]", match[2]), line


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ("lint", "Usage: reqkit lint [OPTIONS] [PATH...]"),  # none: the config's paths
        ("render", "Usage: reqkit render [OPTIONS] BRIEF..."),
        ("export", "Usage: reqkit export [OPTIONS] BRIEF..."),
        ("rules", "Usage: reqkit rules [OPTIONS] [RULE]"),
        ("diff", "Usage: reqkit diff [OPTIONS] OLD [NEW]"),
        ("import", "Usage: reqkit import [OPTIONS] SHEET"),
        ("approve", "Usage: reqkit approve [OPTIONS] BRIEF"),
        ("new", "Usage: reqkit new [OPTIONS] [PATH]"),
        ("init", "Usage: reqkit init [OPTIONS] [DIR]"),
    ],
)
def test_usage_line_names_the_arguments(command, usage):
    assert help_of(command).splitlines()[0] == usage


def test_lint_help_lists_paths_and_files():
    text = help_of("lint")
    assert re.search(r"^  \[PATH\.\.\.\]\s+Briefs or folders", text, re.M)
    assert "-o, --output FILE" in text
    assert "--config FILE" in text
    assert "--format [text|json|github|sarif|junit|concise]" in text


def test_installed_command_help():
    executable = shutil.which("reqkit", path=str(Path(sys.executable).parent))
    assert executable
    done = subprocess.run(
        [executable, "lint", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("Usage: reqkit lint [OPTIONS] [PATH...]")
    assert "<list[str]>" not in done.stdout and "<path>" not in done.stdout

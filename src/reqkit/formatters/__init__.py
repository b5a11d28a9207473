"""Output formats for a lint report, one small module each.

A formatter turns a :class:`~reqkit.diagnostics.Report` into text and knows
nothing about how the report was made. Modules are imported only when their
format is asked for, which keeps start-up quick.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reqkit.diagnostics import Report, Skipped

if TYPE_CHECKING:
    from reqkit.fixes.marks import Fixable


@dataclass(frozen=True)
class FormatOptions:
    """Choices that change how a report looks, not what it contains."""

    color: bool = False
    quiet: bool = False
    statistics: bool = False
    show_source: bool = True
    hints: bool = True
    """Print each rule's hint (once per rule and file in the text report)."""
    docs_url: str | None = None
    """Where the rule documentation lives; SARIF links each rule to ``docs_url#rk101``."""
    working_directory: Path | None = None
    """The folder that relative file names are read from (the current one when None).

    Formats for CI systems anchor file names to it; tests fix it so that their
    output does not depend on where they run.
    """
    fixable: Fixable | None = None
    """The findings ``--fix`` would repair; the text report marks them ``[*]``."""


Formatter = Callable[[Report, FormatOptions], str]

#: Format name -> module in this package that defines ``format_report``.
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
    "github": "github",
    "sarif": "sarif",
    "junit": "junit",
    "concise": "concise",
}


def get_formatter(name: str) -> Formatter:
    """The ``format_report`` function of the named format."""
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return module.format_report  # type: ignore[no-any-return]


def message_with_hint(message: str, hint: str | None) -> str:
    """One text for formats that have a single message field: the hint on its own line."""
    return f"{message}\nhint: {hint}" if hint else message


def skipped_sentence(file: str, skipped: Skipped) -> str:
    """Why some rules did not run on a file, in plain words, with their codes.

    e.g. "brief.yaml: skipped 2 rules that need requirements[4], which has errors: RK206, RK501"
    """
    count = len(skipped.rules)
    parts = skipped.because
    return (
        f"{file}: skipped {count} rule{'' if count == 1 else 's'} that "
        f"need{'s' if count == 1 else ''} {named_parts(parts)}, which "
        f"{'has' if len(parts) == 1 else 'have'} errors: {', '.join(skipped.rules)}"
    )


def named_parts(parts: tuple[str, ...], shown: int = 3) -> str:
    """Parts of a brief named for a sentence, the first few only: a brief may have thousands."""
    if len(parts) <= shown:
        return " or ".join(parts)
    return f"{', '.join(parts[:shown])} or {len(parts) - shown:,} more"

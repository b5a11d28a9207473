"""The ``[export.FORMAT]`` tables of the configuration, checked when the file is read.

A misspelt key or a wrong value is an error naming the file and what is
valid, as everywhere else in the configuration: an export quietly made with
the defaults would be found out only in the tool that imported it. Only
names and types are checked here, so reading a config costs no format's
library.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reqkit.errors import UsageError
from reqkit.suggest import did_you_mean

PRIORITIES = ("must", "should", "could", "wont")

#: Format -> its settings and what each holds.
EXPORT_SETTINGS: dict[str, dict[str, str]] = {
    "jira": {
        "priorities": "the Jira priority for each MoSCoW priority: a table with must, should, "
        "could and wont",
        "issue-type": 'the issue type of a requirement, e.g. "Story" (default) or "Task"',
    },
}

_JIRA_EXAMPLE = '[export.jira.priorities] with must = "Highest" below it'


def check_export_table(data: Any, path: Path) -> dict[str, dict[str, Any]]:
    """The ``[export]`` table as ``{format: {setting: value}}``, or an error for people."""
    from reqkit.export import FORMATS

    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise UsageError(
            f"{path}: [export] must hold one table per format",
            f"Write e.g. {_JIRA_EXAMPLE}.",
        )
    for name, table in data.items():
        if name not in FORMATS:
            raise UsageError(
                f"{path}: [export.{name}] names no export format",
                did_you_mean(name, FORMATS) + "Formats: " + ", ".join(FORMATS) + ".",
            )
        known = EXPORT_SETTINGS.get(name, {})
        for key in table:
            if key not in known:
                valid = ", ".join(known) if known else "none"
                raise UsageError(
                    f'{path}: unknown setting "{key}" in [export.{name}]',
                    did_you_mean(key, known) + f"Valid settings: {valid}.",
                )
    jira = data.get("jira", {})
    if "priorities" in jira:
        _check_priorities(jira["priorities"], path)
    if "issue-type" in jira and not _text(jira["issue-type"]):
        raise UsageError(
            f"{path}: issue-type in [export.jira] must be a name",
            'Write e.g. issue-type = "Story".',
        )
    return {str(name): dict(table) for name, table in data.items()}


def _check_priorities(table: Any, path: Path) -> None:
    if not isinstance(table, dict):
        raise UsageError(f"{path}: priorities in [export.jira] must be a table", _JIRA_EXAMPLE)
    for key, value in table.items():
        if key not in PRIORITIES:
            raise UsageError(
                f'{path}: "{key}" in [export.jira.priorities] is not a MoSCoW priority',
                did_you_mean(key, PRIORITIES) + "Use must, should, could and wont.",
            )
        if not _text(value):
            raise UsageError(
                f"{path}: the Jira priority for {key} must be a name",
                f'Write e.g. {key} = "High".',
            )


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())

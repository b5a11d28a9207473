"""Where ``reqkit lint -o`` may write its report.

A report file is rewritten on every run, so writing over the previous report
is the point. Writing over anything else is how a brief gets replaced by a
JSON report (``lint briefs -o briefs/a.yaml``), so:

- a brief the run checked (named, or found in a folder) is never overwritten;
- any other existing file is overwritten only if it reads as a report reqkit
  writes (in any ``--format``), or with ``--force``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from reqkit.errors import UsageError

_HEAD = 1 << 20  # a report bigger than this is still recognised by its start
_SUMMARY = re.compile(
    r"^(?:reqkit: )?(?:All clear: no problems in \d+ files?"
    r"|\d+ errors?, \d+ warnings?, \d+ notes? in \d+ files?.*"
    r"|No briefs to check\.)$"
)


def refuse_briefs(output: Path, briefs: Iterable[str]) -> None:
    """Refuse ``output`` if it is one of the ``briefs`` checked, whatever the options."""
    target = output.resolve()
    for brief in briefs:
        if brief != "-" and Path(brief).resolve() == target:
            raise UsageError(
                f"refusing to write the report over the brief {output}",
                "Write the report outside the briefs, e.g. -o reqkit-report.json.",
            )


def check_report_target(output: Path, briefs: Iterable[str], *, force: bool) -> None:
    """Refuse ``output`` if it is a checked brief, or, unless forced, not a former report."""
    refuse_briefs(output, briefs)
    if not output.exists():
        return
    if output.is_dir():
        raise UsageError(f"{output} is a folder", "Name a file for the report, not a folder.")
    if force or looks_like_report(output):
        return
    raise UsageError(
        f"{output} already exists and is not a report from reqkit lint",
        "Choose another file for the report, or pass --force to replace it.",
    )


def looks_like_report(path: Path) -> bool:
    """Whether ``path`` holds a report that ``reqkit lint`` wrote, in any format."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        return False
    text = head.decode("utf-8", errors="replace").strip()
    if not text:
        return True  # an empty report (no findings in GitHub format); nothing to lose
    if text.startswith("{"):
        return _json_report(head)
    if text.startswith("<?xml"):
        return bool(re.search(r"<testsuites name=\"reqkit\"", text[:2000]))
    lines = [line for line in text.splitlines() if line.strip()]
    if all(line.startswith("::") or _SUMMARY.match(line) for line in lines):
        return True  # GitHub annotations and their summary
    return bool(_SUMMARY.match(lines[-1]))  # the text report ends with its summary


def _json_report(head: bytes) -> bool:
    try:
        data = json.loads(head)
    except ValueError:
        return False
    if not isinstance(data, dict):
        return False
    if {"version", "diagnostics", "summary"} <= data.keys():
        return True
    runs = data.get("runs")
    if not isinstance(runs, list) or not runs or not isinstance(runs[0], dict):
        return False
    driver = runs[0].get("tool", {}).get("driver", {})
    return isinstance(driver, dict) and driver.get("name") == "reqkit"

"""What ``reqkit diff`` and ``reqkit approve`` do once their options are parsed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TextIO

from reqkit.approve import SignoffBlocked, approve
from reqkit.config import find_config_file, load_config
from reqkit.diagnostics import FileResult, Report, sort_diagnostics
from reqkit.diff import compare
from reqkit.diff.git import read_at_revision, read_side
from reqkit.diff.output import as_json, as_markdown, as_text
from reqkit.errors import UsageError
from reqkit.formatters import FormatOptions, get_formatter
from reqkit.loader import LoadedBrief, load_text


def run_diff(
    old: str, new: str | None, rev: str | None, output_format: str, out: TextIO, color: bool = False
) -> int:
    """Compare two versions; 0 when nothing changed, 1 when something did."""
    if rev is not None:
        if new is not None:
            raise UsageError(
                "--rev compares one file with its past: give one file",
                "e.g. reqkit diff --rev main briefs/crm.yaml",
            )
        old_name, old_text = read_at_revision(old, rev)
        new_name, new_text = read_side(old)
    else:
        if new is None:
            raise UsageError(
                "diff needs two briefs, or one with --rev",
                "e.g. reqkit diff main:briefs/crm.yaml briefs/crm.yaml",
            )
        old_name, old_text = read_side(old)
        new_name, new_text = read_side(new)
    locale = _config_locale(old if new is None else new)
    before = _valid(load_text(old_text, old_name, locale), out)
    after = _valid(load_text(new_text, new_name, locale), out)
    result = compare(before.brief, after.brief, old_name, new_name)  # type: ignore[arg-type]
    if output_format == "json":
        out.write(as_json(result))
    elif output_format == "md":
        out.write(as_markdown(result))
    else:
        out.write(as_text(result, color=color))
    return 1 if result.changes else 0


def _config_locale(spec: str) -> str | None:
    """The config's locale for the newer side: found from its file, or from here for git specs."""
    place = Path(spec)
    return load_config(find_config_file(place if place.exists() else Path.cwd())).locale


def _valid(loaded: LoadedBrief, out: TextIO) -> LoadedBrief:
    if loaded.valid:
        return loaded
    _print_problems(loaded, out)
    raise UsageError(
        f"cannot compare: {loaded.file} is not a valid brief",
        "Fix the problems above (reqkit lint shows them too), then compare again.",
    )


def _print_problems(loaded: LoadedBrief, out: TextIO) -> None:
    result = FileResult(loaded.file, sort_diagnostics(loaded.diagnostics), loaded.text)
    out.write(get_formatter("text")(Report((result,)), FormatOptions()))


def run_approve(
    path: Path, by: str, role: str | None, date: dt.date | None, out: TextIO, err: TextIO
) -> int:
    """Record a sign-off; 1 if the brief has errors (listed; nothing written)."""
    config = load_config(find_config_file(path))
    try:
        result = approve(
            path,
            by,
            role=role,
            today=date,
            required_sides=config.required_approvers,
            locale=config.locale,
        )
    except SignoffBlocked as blocked:
        out.write(get_formatter("text")(Report((blocked.result,)), FormatOptions()))
        err.write(_blocked_message(blocked, path, by))
        return 1
    if result.already_signed:
        out.write(f"{by} had already signed {path}.\n")
    else:
        out.write(f"Recorded the sign-off of {by} in {path}.\n")
    if result.still_to_sign:
        out.write(f"Still to sign: {', '.join(result.still_to_sign)}.\n")
    elif result.baseline:
        out.write(
            f"Every required side has signed: the brief is approved, baseline {result.baseline} recorded.\n"
            "From now on, record each change in `changes` (reqkit lint checks it).\n"
        )
    return 0


def _blocked_message(blocked: SignoffBlocked, path: Path, by: str) -> str:
    count = f"{blocked.errors} error" + ("" if blocked.errors == 1 else "s")
    if blocked.stage is None:
        return (
            f"reqkit: {path} is not a valid brief ({count} above); nothing was written.\n"
            f"  hint: fix the errors above (`reqkit lint {path}` lists them too), "
            "then sign again.\n"
        )
    return (
        f"reqkit: {path} would have {count} at stage {blocked.stage} with the sign-off of "
        f"{by}; nothing was written.\n"
        f"  hint: fix the errors above, then sign again; "
        f"`reqkit lint --stage {blocked.stage} {path}` checks the brief at that stage.\n"
    )

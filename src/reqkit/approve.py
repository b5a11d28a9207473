"""Recording a sign-off in the brief itself, touching nothing else.

The brief is edited through ruamel's round-trip loader, set up with the
file's own indentation, so comments, key order, quoting and layout survive
and only the lines reqkit means to change are changed. When the last
required side has signed, the stage becomes ``approved`` and a baseline of
what was signed is written, so that later changes can be told apart.
"""

from __future__ import annotations

import codecs
import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reqkit.baseline import as_baseline_fields, fingerprints
from reqkit.diagnostics import Diagnostic, FileResult, Severity, sort_diagnostics
from reqkit.errors import UsageError
from reqkit.fsio import writable_target, write_atomic
from reqkit.layout import Layout, line_map
from reqkit.loader import LoadedBrief, load_text
from reqkit.locking import locked
from reqkit.model import Brief
from reqkit.reading import decode, read_brief_text
from reqkit.signers import closest_name, still_to_sign
from reqkit.yaml_edit import detect_indentation, dump, round_trip

_BOM = "\ufeff"

__all__ = ["ApproveResult", "SignoffBlocked", "approve", "detect_indentation"]


class SignoffBlocked(Exception):
    """Signing would leave the brief with errors, so nothing was written.

    ``result`` holds the errors, with lines as they are in the file on disk;
    ``stage`` is the stage the brief would have had (None: it is not a valid brief).
    """

    def __init__(self, result: FileResult, stage: str | None) -> None:
        super().__init__(f"{result.file} has errors")
        self.result = result
        self.stage = stage

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.result.diagnostics)


@dataclass(frozen=True)
class ApproveResult:
    """What ``approve`` did, for the message to the user."""

    approver: str
    already_signed: bool  # the approver had signed before; their entry is unchanged
    newly_approved: bool  # the brief became approved with this sign-off
    still_to_sign: tuple[str, ...]  # listed approvers not yet signed, and sides with nobody signed
    baseline: str | None  # the fingerprint recorded, if any


def approve(
    path: Path,
    by: str,
    *,
    role: str | None = None,
    today: dt.date | None = None,
    required_sides: tuple[str, ...] = ("marketing", "it"),
    locale: str | None = None,
) -> ApproveResult:
    """Record ``by``'s sign-off in the brief at ``path``, if the brief would then be free of errors.

    The brief is linted as it would be after the sign-off, at the stage it
    would then have; any error stops the sign-off (:class:`SignoffBlocked`).
    The read, the check and the write happen under the brief's lock, so two
    sign-offs at once both land. The file is written through a symbolic link,
    in place when hard-linked, and byte for byte the same outside the lines
    that change. ``locale`` is the config's, for reading amounts when the brief
    sets none.
    """
    shown = str(path)
    date = today or dt.date.today()
    read_brief_text(path, shown)  # a missing or unreadable brief: the usual plain error
    target = writable_target(path)
    with locked(target):
        data = target.read_bytes()
        text = decode(data, shown)
        layout = Layout.of(_BOM + text if data.startswith(codecs.BOM_UTF8) else text)
        loaded = load_text(text, shown, locale)
        if not loaded.valid or loaded.brief is None:
            raise SignoffBlocked(_as_result(loaded.diagnostics, loaded), None)
        new_text, result = _signed(loaded, layout, by, role, date, required_sides, path, locale)
        if new_text == layout.bom + text:
            return result
        final = load_text(new_text.removeprefix(_BOM), shown, locale)
        if not final.valid or final.brief is None:  # never write a brief that no longer validates
            raise UsageError(f"approving would make {path} invalid; nothing was written")
        _check_lint(final, text, path, date)
        write_atomic(path, new_text, expected=data)
    return result


def _signed(
    loaded: LoadedBrief,
    layout: Layout,
    by: str,
    role: str | None,
    date: dt.date,
    required_sides: tuple[str, ...],
    path: Path,
    locale: str | None,
) -> tuple[str, ApproveResult]:
    """The brief's text with the sign-off (and, when complete, stage and baseline) recorded."""
    brief = loaded.brief
    assert brief is not None
    names = [person.name for person in brief.stakeholders]
    if by not in names:
        guess = closest_name(by, names)
        raise UsageError(
            f'"{by}" is not listed in the stakeholders of {path}',
            (f'Did you mean "{guess}"? ' if guess else "")
            + "Only a listed stakeholder can sign; add them first.",
        )
    yaml = round_trip(layout.plain)
    document = yaml.load(layout.plain)
    already = any(a.name == by and a.status == "approved" for a in brief.approvals)
    if not already:
        _record_signoff(document, by, role, date)
    updated = load_text(dump(yaml, document), loaded.file, locale)
    assert updated.brief is not None
    missing = still_to_sign(updated.brief, required_sides)
    newly = not missing and brief.initiative.stage != "approved"
    recorded = None
    if not missing and (newly or brief.baseline is None):
        recorded = _record_baseline(document, updated.brief, date)
    text = layout.rebuild(dump(yaml, document))
    return text, ApproveResult(by, already, newly, missing, recorded)


def _check_lint(final: LoadedBrief, original: str, path: Path, date: dt.date) -> None:
    """Raise :class:`SignoffBlocked` if the signed brief has errors at its new stage."""
    from reqkit.linter import Linter, LintOptions

    linter = Linter(LintOptions(today=date))
    rules = linter.ruleset_for(linter.config_for(path))
    errors = [d for d in linter.lint_loaded(final, rules) if d.severity is Severity.ERROR]
    if not errors:
        return
    lines = line_map(original, final.text)
    placed = [
        replace(
            d,
            line=lines[d.line] if d.line < len(lines) else d.line,
            end_line=None if d.end_line is None or d.end_line >= len(lines) else lines[d.end_line],
        )
        for d in errors
    ]
    assert final.brief is not None
    raise SignoffBlocked(_as_result(placed, final, original), final.brief.initiative.stage)


def _as_result(
    diagnostics: list[Diagnostic], loaded: LoadedBrief, text: str | None = None
) -> FileResult:
    return FileResult(
        loaded.file, sort_diagnostics(diagnostics), loaded.text if text is None else text
    )


def _record_signoff(document: Any, by: str, role: str | None, date: dt.date) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    approvals = document.get("approvals")
    if approvals is None:
        approvals = CommentedSeq()
        document["approvals"] = approvals
    entry = next((item for item in approvals if item.get("name") == by), None)
    if entry is None:
        entry = CommentedMap()
        entry["name"] = by
        approvals.append(entry)
    if role and not entry.get("role"):
        _set_after(entry, "role", role, after="name")
    _set_after(entry, "status", "approved", after="role" if "role" in entry else "name")
    _set_after(entry, "date", _new_date(date), after="status")


def _new_date(date: dt.date) -> dt.date:
    """A distinct date object: ruamel writes a shared one as an anchor and an alias."""
    return dt.date.fromordinal(date.toordinal())


def _set_after(mapping: Any, key: str, value: Any, *, after: str) -> None:
    """Set ``key``, keeping its place if present, else inserting it after ``after``."""
    if key in mapping:
        mapping[key] = value
        return
    keys = list(mapping)
    position = keys.index(after) + 1 if after in keys else len(keys)
    mapping.insert(position, key, value)


def _record_baseline(document: Any, brief: Brief, date: dt.date) -> str:
    from ruamel.yaml.comments import CommentedMap

    initiative = document["initiative"]
    _set_after(initiative, "stage", "approved", after="owner")
    baseline = CommentedMap()
    if brief.initiative.version:
        baseline["version"] = initiative["version"]  # keeps the quoting the user chose
    baseline["date"] = _new_date(date)
    for key, value in as_baseline_fields(fingerprints(brief)).items():
        baseline[key] = _quoted(value)
    document["baseline"] = baseline
    return str(baseline["fingerprint"])


def _quoted(value: Any) -> Any:
    """Hashes in double quotes: a hex string can look like a number to YAML 1.1 readers."""
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(value, dict):
        return CommentedMap(
            (key, DoubleQuotedScalarString(hashed)) for key, hashed in value.items()
        )
    return DoubleQuotedScalarString(value)

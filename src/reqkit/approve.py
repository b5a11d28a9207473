"""Recording a sign-off in the brief itself, touching nothing else.

The brief is edited through ruamel's round-trip loader, set up with the
file's own indentation, so comments, key order, quoting and layout survive
and only the lines reqkit means to change are changed. When the last
required side has signed, the stage becomes ``approved`` and a baseline of
what was signed is written, so that later changes can be told apart.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from reqkit.baseline import as_baseline_fields, fingerprints
from reqkit.config import did_you_mean
from reqkit.errors import UsageError
from reqkit.fsio import write_atomic
from reqkit.loader import LoadedBrief, load_brief, load_text
from reqkit.model import Brief


class InvalidBrief(Exception):
    """The brief has schema errors; they must be fixed before anyone signs."""

    def __init__(self, loaded: LoadedBrief) -> None:
        super().__init__(f"{loaded.file} is not a valid brief")
        self.loaded = loaded


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
    """Record ``by``'s sign-off in the brief at ``path`` and write it back atomically.

    ``locale`` is the config's, for reading amounts when the brief sets none.
    """
    loaded = load_brief(path, locale=locale)
    if not loaded.valid or loaded.brief is None:
        raise InvalidBrief(loaded)
    brief = loaded.brief
    names = [person.name for person in brief.stakeholders]
    if by not in names:
        raise UsageError(
            f'"{by}" is not listed in the stakeholders of {path}',
            did_you_mean(by, names) + "Only a listed stakeholder can sign; add them first.",
        )
    date = today or dt.date.today()
    yaml = _round_trip(loaded.text)
    document = yaml.load(loaded.text)
    already = any(a.name == by and a.status == "approved" for a in brief.approvals)
    if not already:
        _record_signoff(document, by, role, date)
    updated = load_text(_dump(yaml, document), loaded.file, locale)
    assert updated.brief is not None
    missing = still_to_sign(updated.brief, required_sides)
    newly = not missing and brief.initiative.stage != "approved"
    recorded = None
    if not missing and (newly or brief.baseline is None):
        recorded = _record_baseline(document, updated.brief, date)
    text = _dump(yaml, document)
    final = load_text(text, loaded.file, locale)
    if not final.valid:  # never write a brief that no longer validates
        raise UsageError(f"approving would make {path} invalid; nothing was written")
    write_atomic(path, text)
    return ApproveResult(by, already, newly, missing, recorded)


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


def still_to_sign(brief: Brief, required: tuple[str, ...]) -> tuple[str, ...]:
    """Who must still sign: every listed approver, and someone from each required side."""
    sides = {person.name: person.side for person in brief.stakeholders}
    waiting = [f"{a.name} ({a.status})" for a in brief.approvals if a.status != "approved"]
    signed = {a.side or sides.get(a.name) for a in brief.approvals if a.status == "approved"}
    waiting += [f"someone from {side}" for side in required if side not in signed]
    return tuple(waiting)


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


def _round_trip(text: str) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 100_000  # never re-wrap a long line
    mapping, sequence, offset = detect_indentation(text)
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def _dump(yaml: Any, document: Any) -> str:
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


_KEY_ONLY = re.compile(r"^( *)(?:- )?[\w.-]+:\s*(?:#.*)?$")
_INDENTED = re.compile(r"^( *)(- )?[^\s#-]")


def detect_indentation(text: str) -> tuple[int, int, int]:
    """(mapping indent, sequence indent, dash offset) as the file already uses them."""
    mapping, offset = None, None
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    for current, following in pairwise(lines):
        parent = _KEY_ONLY.match(current)
        child = _INDENTED.match(following)
        if not parent or not child:
            continue
        base = len(parent.group(1)) + (2 if current.lstrip().startswith("- ") else 0)
        depth = len(child.group(1)) - base
        if child.group(2) and offset is None and depth >= 0:
            offset = depth
        elif not child.group(2) and mapping is None and depth > 0:
            mapping = depth
        if mapping is not None and offset is not None:
            break
    mapping = mapping or 2
    offset = 2 if offset is None else offset
    return mapping, offset + 2, offset

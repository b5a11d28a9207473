"""Checks across briefs: what no brief can tell about itself.

Briefs are checked one at a time, and each is freed before the next is read.
While a brief is checked, the linter notes its :class:`Identity`: its
initiative id and, if the cross-brief rule is on for it (by its stage and
configuration) and not waived, the finding as it would be stamped. Once
every brief of the run is checked, :func:`duplicate_ids` turns the notes
into findings, one on each brief that shares its id with another.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from reqkit.diagnostics import Diagnostic


@dataclass(frozen=True, slots=True)
class Identity:
    """One brief's initiative id, and its finding in waiting should the id clash."""

    file: str
    initiative_id: str
    probe: Diagnostic | None
    """The finding, message still empty; ``None`` where the rule is off or waived."""


def duplicate_ids(identities: Iterable[Identity]) -> dict[str, list[Diagnostic]]:
    """File name -> its finding, for every brief whose id another brief also gives."""
    from reqkit.rules.people.duplicate_initiative_id import clash

    by_id: dict[str, list[Identity]] = defaultdict(list)
    for identity in identities:
        by_id[identity.initiative_id].append(identity)
    found: dict[str, list[Diagnostic]] = defaultdict(list)
    for initiative_id, sharing in by_id.items():
        if len(sharing) < 2:
            continue
        # One file named twice (``a.yaml`` and ``./x/../a.yaml``, or a link to it) is no clash.
        files = {_same_file(i.file): i.file for i in reversed(sharing)}
        if len(files) < 2:
            continue
        for identity in sharing:
            if identity.probe is None:
                continue
            own = _same_file(identity.file)
            others = [name for key, name in reversed(files.items()) if key != own]
            finding = clash(initiative_id, others)
            found[identity.file].append(
                replace(identity.probe, message=finding.message, hint=finding.hint)
            )
    return dict(found)


def _same_file(name: str) -> str:
    """What a file name points at, so that two spellings of one file compare equal."""
    return os.path.realpath(name)

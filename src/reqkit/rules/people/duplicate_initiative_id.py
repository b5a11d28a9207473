"""RK614 duplicate-initiative-id: two briefs that claim the same initiative."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reqkit.model import Brief
from reqkit.positions import Path
from reqkit.rules.base import ALWAYS_ERROR, Context, Finding, Rule

#: Where the finding points in each brief.
ID_PATH: Path = ("initiative", "id")
_FILES_SHOWN = 5


class DuplicateInitiativeId(Rule):
    """Flags briefs, checked together, that give the same initiative id.

    The id is how everyone names the initiative: in tickets, in the rendered
    index, in sign-offs and in change requests. When two briefs claim it,
    nobody can tell which one IT is building from and which one was signed
    off, and tools that look a brief up by its id pick one of them. Often one
    is an old copy, or two teams are writing up the same idea without
    talking. The check needs several briefs, so it runs when a folder or
    several files are linted or rendered together; each brief gets a
    finding that names the others.

    Bad: `briefs/spring-page.yaml` and `briefs/spring-page-v2.yaml` both with
    `id: MKT-7`.
    Good: `id: MKT-7` and `id: MKT-8`, or the old copy deleted.
    """

    code = "RK614"
    name = "duplicate-initiative-id"
    friction = "F6"
    needs = ("initiative.id",)
    levels = ALWAYS_ERROR

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        """Nothing to find in one brief alone; see :func:`clash`."""
        return iter(())


def clash(initiative_id: str, others: Sequence[str]) -> Finding:
    """The finding for a brief whose id ``others`` (file names) also give."""
    shown = ", ".join(others[:_FILES_SHOWN])
    if len(others) > _FILES_SHOWN:
        shown += f" and {len(others) - _FILES_SHOWN:,} more"
    whom = "Another brief gives" if len(others) == 1 else f"{len(others):,} other briefs give"
    return Finding(
        ID_PATH,
        f'{whom} the same initiative id "{initiative_id}": {shown}',
        "Give each brief an id of its own; if one is an old copy, delete it or move it out "
        "of the folders that are checked.",
    )

"""Who follows an item up and by when: shared by the question and next-step rules."""

from __future__ import annotations

import datetime as dt

from reqkit.positions import Path
from reqkit.rules.base import Finding


def follow_up_gap(
    path: Path, item: str, owner: str | None, due: dt.date | None, *, who: str, when: str
) -> Finding | None:
    """A finding naming whatever of owner and due date ``item`` lacks, or ``None``.

    ``who`` and ``when`` explain the two keys in the hint, e.g. "who gets the
    answer" and "by when it must be answered".
    """
    missing, add = [], []
    if owner is None:
        missing.append("no owner")
        add.append(f"`owner:` ({who})")
    if due is None:
        missing.append("no due date")
        add.append(f"`due:` ({when}, as YYYY-MM-DD)")
    if not missing:
        return None
    return Finding(path, f"{item} has {' and '.join(missing)}", f"Add {' and '.join(add)}.")

"""Who follows an item up and by when: shared by the question and next-step rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from reqkit.positions import Path
from reqkit.rules.base import Finding

#: Where an item is, how a message names it, its owner and its due date.
Item = tuple[Path, str, "str | None", "dt.date | None"]


def follow_up_gaps(items: Iterable[Item], *, who: str, when: str) -> Iterator[Finding]:
    """One finding per item that lacks an owner or a due date, naming what it lacks.

    ``who`` and ``when`` explain the two keys in the hint, e.g. "who gets the
    answer" and "by when it must be answered".
    """
    for path, name, owner, due in items:
        missing, add = [], []
        if owner is None:
            missing.append("no owner")
            add.append(f"`owner:` ({who})")
        if due is None:
            missing.append("no due date")
            add.append(f"`due:` ({when}, as YYYY-MM-DD)")
        if missing:
            yield Finding(path, f"{name} has {' and '.join(missing)}", f"Add {' and '.join(add)}.")

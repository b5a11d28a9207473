"""Dates, durations and milestone order, shared by the schedule rules.

The rules talk to marketers, so durations are said the way people say them
("5 weeks and 3 days") and milestones are named with their kind, name and
date, so that a reader can find them without knowing the YAML.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence

from reqkit.model import Brief, Milestone
from reqkit.positions import Path
from reqkit.rules.facts import milestones

#: Steps of the hand-off process itself. They are not deadlines for IT's work.
PROCESS_KINDS = frozenset({"kickoff", "handoff", "approval"})

#: Milestones at which IT's work is under way or delivered: the sign-off must come first.
DELIVERY_KINDS = ("build", "test", "acceptance", "launch")

#: The order in which a plan runs; "approval" is checked on its own (see the rules),
#: "design" and "other" may fall anywhere.
KIND_ORDER = ("kickoff", "handoff", "build", "test", "acceptance", "launch", "review")

_LABELS = {
    "kickoff": "kick-off",
    "handoff": "hand-off",
    "approval": "approval",
    "design": "design milestone",
    "build": "build",
    "test": "test",
    "acceptance": "acceptance test",
    "launch": "launch",
    "review": "review",
    "other": "milestone",
}


def describe(milestone: Milestone, *, first: bool = False) -> str:
    """``the launch "Go live" (2027-01-08)``: kind, name and date, as a reader finds them.

    ``first=True`` capitalises the article for the start of a sentence.
    """
    article = "The" if first else "the"
    return f'{article} {_LABELS[milestone.kind]} "{milestone.name}" ({milestone.date.isoformat()})'


def hard_deadline(milestone: Milestone) -> str:
    """``The hard deadline "Trade show opens" (2027-01-08)``, to start a sentence."""
    return f'The hard deadline "{milestone.name}" ({milestone.date.isoformat()})'


def duration(days: int) -> str:
    """A number of days as people say it: "1 day", "10 days", "6 weeks", "5 weeks and 3 days".

    Under two weeks, days read better than "1 week and 3 days".
    """
    if days < 14:
        return _days(days)
    weeks, rest = divmod(days, 7)
    return f"{weeks} weeks and {_days(rest)}" if rest else f"{weeks} weeks"


def _days(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


def first_of(brief: Brief, kinds: Iterable[str]) -> tuple[Path, Milestone] | None:
    """The earliest milestone of any of ``kinds`` (the first listed on a tie)."""
    wanted = set(kinds)
    found = [
        (m.date, index, path, m)
        for index, (path, m) in enumerate(milestones(brief))
        if m.kind in wanted
    ]
    if not found:
        return None
    _, _, path, milestone = min(found, key=lambda entry: (entry[0], entry[1]))
    return path, milestone


def firsts_in_order(brief: Brief) -> list[tuple[Path, Milestone]]:
    """The earliest milestone of each kind in :data:`KIND_ORDER`, in that order."""
    firsts = (first_of(brief, (kind,)) for kind in KIND_ORDER)
    return [entry for entry in firsts if entry is not None]


def out_of_place(values: Sequence[dt.date]) -> set[int]:
    """Positions of the fewest entries that must move for ``values`` to be in order.

    Everything outside one longest non-decreasing run is out of place (equal
    dates are in order). Among runs of the same length the one that keeps the
    earlier entries wins, so the blame falls on the later entry: of a test on
    1 March listed after a build on 10 March, the test is the one out of place.
    Runs in O(n log n), so long timelines stay cheap.
    """
    count = len(values)
    # Walking backwards, a non-decreasing run reads as non-increasing; negated
    # ordinals turn that into the classic longest non-decreasing subsequence.
    keys = [-values[index].toordinal() for index in reversed(range(count))]
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * count
    for position, key in enumerate(keys):
        length = bisect.bisect_right(tails, key)
        if length == len(tails):
            tails.append(key)
            tail_at.append(position)
        else:
            tails[length] = key
            tail_at[length] = position
        previous[position] = tail_at[length - 1] if length else -1
    kept: set[int] = set()
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        kept.add(count - 1 - position)
        position = previous[position]
    return set(range(count)) - kept


def clash(values: Sequence[dt.date], moved: set[int], index: int) -> tuple[int, bool]:
    """The nearest entry in order that ``index`` clashes with, and whether it is dated later.

    ``(j, True)``: entry ``j`` comes before ``index`` in the order but is dated
    later. ``(j, False)``: ``j`` comes after ``index`` but is dated earlier.
    An out-of-place entry always clashes with some entry kept in place.
    """
    date = values[index]
    for other in range(index - 1, -1, -1):
        if other not in moved and values[other] > date:
            return other, True
    for other in range(index + 1, len(values)):
        if other not in moved and values[other] < date:
            return other, False
    raise ValueError(f"entry {index} is in order")

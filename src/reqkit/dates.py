"""Date arithmetic that stays on the calendar.

Python's dates run from 0001-01-01 to 9999-12-31, and stepping past either
end raises ``OverflowError``. A brief may well hold such a date (a typo, a
placeholder like 9999-12-31 for "open-ended"), and a rule or the timeline
that moves a day by a few weeks must not crash on it. Every such step goes
through :func:`shift_days`, which stops at the edge of the calendar: a hint
that says "0001-01-01 or earlier" is odd, but it is about a date that is odd
already, and the finding that points at it tells the reader why.
"""

from __future__ import annotations

import datetime as dt

_FIRST, _LAST = dt.date.min.toordinal(), dt.date.max.toordinal()


def shift_days(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days`` (either way), held within 0001-01-01 … 9999-12-31."""
    return dt.date.fromordinal(min(max(day.toordinal() + days, _FIRST), _LAST))

"""RK013 invalid-value: a date written in a form with only one reading, rewritten as ISO.

``2027-3-1`` lacks its leading zeros; ``15.03.2027`` can only be the 15th of
March, since there is no 15th month; ``March 15, 2027`` names its month.
Each becomes ``2027-03-15``. A date such as ``03.04.2027`` is the 3rd of
April to some readers and the 4th of March to others: it is left alone, and
the finding stays for a person to settle. Two-digit years are left alone too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from reqkit.fixes.edits import Edit, Fix
from reqkit.fixes.fields import wants_date
from reqkit.fixes.situation import Situation

CODE = "RK013"

_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})")
_MONTHS = {
    name: number
    for number, month in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
    for name in (month, month[:3], month[:4])
}
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def date_fixes(situation: Situation) -> Iterator[Fix]:
    for finding in situation.findings(CODE):
        path = situation.path_of(finding)
        span = situation.span(path) if path is not None else None
        if path is None or span is None or not wants_date(path):
            continue
        value = situation.value_at(path)
        written = situation.text[span.start : span.end]
        text = getattr(value, "text", value) if isinstance(value, dt.date) else value
        if not isinstance(text, str):
            continue
        day = read_date(text.strip())
        if day is None:
            continue
        if written == text:
            edit = Edit(span.start, span.end, day.isoformat())
        elif len(written) == len(text) + 2 and written[0] in "'\"" and written[1:-1] == text:
            edit = Edit(span.start + 1, span.end - 1, day.isoformat())
        else:
            continue
        yield Fix(
            CODE,
            f"Write {text.strip()} as {day.isoformat()} (YYYY-MM-DD)",
            True,
            (edit,),
            finding.line,
            finding.column,
        )


def read_date(text: str) -> dt.date | None:
    """The one day ``text`` can mean, or None if it means none or two."""
    if match := _YEAR_FIRST.fullmatch(text):
        return _day(int(match[1]), int(match[3]), int(match[4]))
    if match := _NUMERIC.fullmatch(text):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        day_first = _day(year, second, first)
        month_first = _day(year, first, second)
        if day_first and month_first and day_first != month_first:
            return None  # 03.04.2027: two readings
        return day_first or month_first
    if match := _DAY_MONTH.fullmatch(text):
        month = _MONTHS.get(match[2].lower())
        return _day(int(match[3]), month, int(match[1])) if month else None
    if match := _MONTH_DAY.fullmatch(text):
        month = _MONTHS.get(match[1].lower())
        return _day(int(match[3]), month, int(match[2])) if month else None
    return None


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

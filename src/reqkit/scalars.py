"""How an unquoted YAML value is typed, by the rules most YAML readers still apply.

reqkit types plain scalars the YAML 1.1 way on purpose: ``no`` is a yes/no
value, ``1.10`` a number, ``2027-03-01`` a date. A brief is read by other tools
too (editors, CI, scripts), and many of them follow YAML 1.1; typing strictly
here means a value that would change meaning elsewhere is caught and the user
is told to quote it, instead of it silently becoming ``false`` somewhere else.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any


class WrittenFloat(float):
    """A YAML float that remembers how it was written: ``15000.50``, ``1.500``.

    Money is read from this text, never from the float, so that nothing is
    lost to binary rounding and ``1.500`` can still mean one thousand five
    hundred in a currency with two decimals.
    """

    __slots__ = ("text",)

    def __new__(cls, value: float, text: str) -> WrittenFloat:
        made = super().__new__(cls, value)
        made.text = text
        return made


class WrittenInt(int):
    """A YAML integer written other than as plain digits (``015000``, ``1_500``), with its text."""

    text: str

    def __new__(cls, value: int, text: str) -> WrittenInt:
        made = super().__new__(cls, value)
        made.text = text
        return made


class WrittenDate(dt.date):
    """A YAML date written without its leading zeros (``2027-3-1``), with its text.

    YAML 1.1 readers take it for a date, YAML 1.2 readers and the JSON Schema
    for text: it reads two ways, so the schema reports it instead of using it.
    """

    __slots__ = ("text",)

    def __new__(cls, year: int, month: int, day: int, text: str) -> WrittenDate:
        made = super().__new__(cls, year, month, day)
        made.text = text
        return made


_BOOLS = {
    **dict.fromkeys(("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"), True),
    **dict.fromkeys(("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"), False),
}
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))

_INT = re.compile(
    r"""[-+]?0b[01_]+
    |[-+]?0x[0-9a-fA-F_]+
    |[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+""",
    re.X,
)
_FLOAT = re.compile(
    r"""[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?
    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN)""",
    re.X,
)
_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DATETIME = re.compile(
    r"""([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})
    (?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?
    (?:[ \t]*(Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?""",
    re.X,
)

#: Python turns at most this many digits into a number (and a number back into
#: text); a longer unquoted number is reported, never read.
MAX_DIGITS = 4300
_MAX_BITS = 14_284  # 2**14284 has 4,300 decimal digits: the same limit for 0x, 0b and 0o
#: Numbers from here on are described by their length, not spelled out in a message.
_LONG_NUMBER = 10**30


class UnreadableScalar(ValueError):
    """An unquoted value that looks typed but cannot be read as that type.

    The reader reports it at the value (with ``message`` and ``hint``) and
    keeps the value as text, so that one absurd value costs one finding and
    nothing downstream has to cope with it.
    """

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


# Only values starting with one of these can be anything but text; checking
# the first character keeps typing cheap for the prose that fills a brief.
_MAYBE_TYPED = frozenset("0123456789+-.~nNyYtTfFoO")


def resolve_plain(text: str) -> Any:
    """The typed value of an unquoted scalar (str if it is just text)."""
    if text in _NULLS:
        return None
    if text[0] not in _MAYBE_TYPED:
        return text
    if text in _BOOLS:
        return _BOOLS[text]
    if _INT.fullmatch(text):
        number = _to_int(text)
        return number if text.isdigit() and text[0] != "0" else WrittenInt(number, text)
    if _FLOAT.fullmatch(text):
        return WrittenFloat(_to_float(text), text)
    if _DATE.fullmatch(text):
        return _to_date(text)
    if _DATETIME.fullmatch(text):
        return _to_datetime(text)
    return text


def resolve_tagged(tag: str, text: str) -> Any:
    """The value of a scalar with an explicit standard tag such as ``!!str``."""
    kind = tag.rsplit(":", 1)[-1]
    if kind == "str":
        return text
    value = resolve_plain(text) if text else None
    expected = {
        "int": int,
        "float": float,
        "bool": bool,
        "null": type(None),
        "timestamp": dt.date,
    }.get(kind)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if expected is not None and isinstance(value, expected):
        return value
    return text


def _to_int(text: str) -> int:
    sign = -1 if text[0] == "-" else 1
    digits = text.lstrip("+-").replace("_", "")
    if len(digits) > MAX_DIGITS:
        raise _too_long(digits)
    value = _unsigned_int(digits)
    if value.bit_length() > _MAX_BITS:
        raise _too_long(digits)
    return sign * value


def _unsigned_int(digits: str) -> int:
    if ":" in digits:
        return _sexagesimal(digits)
    if digits.startswith("0b"):
        return int(digits[2:], 2)
    if digits.startswith("0x"):
        return int(digits[2:], 16)
    if len(digits) > 1 and digits.startswith("0"):
        return int(digits, 8)
    return int(digits)


def _too_long(digits: str) -> UnreadableScalar:
    return UnreadableScalar(
        f"The number is too long ({len(digits):,} digits) to be read",
        "Check for a paste gone wrong; if it is meant as text, put it in quotes.",
    )


def _to_float(text: str) -> float:
    sign = -1.0 if text[0] == "-" else 1.0
    body = text.lstrip("+-").replace("_", "").lower()
    if body == ".inf":
        return sign * float("inf")
    if body == ".nan":
        return float("nan")
    if ":" in body:
        if len(body) > MAX_DIGITS:
            raise _too_long(body)
        whole, _, fraction = body.partition(".")
        return sign * (_sexagesimal(whole) + float("0." + (fraction or "0")))
    return sign * float(body)


def _sexagesimal(text: str) -> int:
    value = 0
    for part in text.split(":"):
        value = value * 60 + int(part)
    return value


def _to_date(text: str) -> dt.date | str:
    year, month, day = (int(x) for x in _DATE.fullmatch(text).groups())  # type: ignore[union-attr]
    try:
        if len(text) == 10:
            return dt.date(year, month, day)
        return WrittenDate(year, month, day, text)
    except ValueError:
        # Left as text so that the schema can explain which part is impossible.
        return text


def _to_datetime(text: str) -> dt.datetime | str:
    match = _DATETIME.fullmatch(text)
    assert match is not None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz: dt.tzinfo | None = None
    if zone == "Z":
        tz = dt.timezone.utc
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        hours, _, minutes = zone[1:].partition(":")
        if not minutes and len(hours) > 2:
            hours, minutes = hours[:-2], hours[-2:]
        offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        if offset >= dt.timedelta(hours=24):
            raise UnreadableScalar(
                f'The time-zone offset "{zone}" is out of range',
                "An offset lies between -23:59 and +23:59 (most are between -12:00 and "
                "+14:00); a date needs no time at all: write YYYY-MM-DD.",
            )
        tz = dt.timezone(sign * offset)
    try:
        return dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz
        )
    except ValueError:
        return text


def describe(value: Any) -> str:
    """Name what an unquoted value was read as, for messages a marketer can follow."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"the yes/no value {'yes' if value else 'no'}"
    if isinstance(value, int):
        if abs(value) >= _LONG_NUMBER:
            return f"a whole number of {len(str(abs(value))):,} digits"
        return f"the whole number {value}"
    if isinstance(value, float):
        return f"the number {value:g}"
    if isinstance(value, dt.datetime):
        return "a date and time"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return "text"

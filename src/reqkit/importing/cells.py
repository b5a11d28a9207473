"""One cell to one value of the brief, or a plain reason why it cannot be read.

A cell is read the way a person meant it where that is certain (``Must
have`` is ``must``, ``yes`` is true, a cell formatted as a date is a date);
anything else is a :class:`CellProblem` naming the value and what would be
accepted. Nothing is guessed: ``03/04/2027`` is not a date here, because it
is March in one country and April in another.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from reqkit.export.xlsx_lines import cell_lines
from reqkit.importing.sources import Raw
from reqkit.suggest import closest

#: Values people write for a MoSCoW priority, beyond the schema's own four.
PRIORITY_WORDS = {
    "must": ("m", "musthave", "mandatory", "required", "essential"),
    "should": ("s", "shouldhave"),
    "could": ("c", "couldhave", "nicetohave", "nicetohaves", "optional", "desirable"),
    "wont": ("w", "wonthave", "wonthavethistime", "willnot", "willnothave", "notnow"),
}
_BOOLEANS = {
    **dict.fromkeys(("yes", "y", "true", "x", "1", "ja", "oui"), True),
    **dict.fromkeys(("no", "n", "false", "0", "nein", "non"), False),
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?")


class CellProblem(ValueError):
    """Why a cell cannot be read, and what to write instead."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def blank(raw: Raw) -> bool:
    """An empty cell, or one holding only spaces."""
    value = raw.value
    return value is None or (isinstance(value, str) and not value.strip())


def _squeezed(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def shown(value: Any) -> str:
    """A value as quoted in a message, cut short when it is long."""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    text = " ".join(text.split())
    return f'"{text[:60]}…"' if len(text) > 60 else f'"{text}"'


def as_text(raw: Raw) -> str:
    """Any cell as the text a person sees: 12 -> "12", 1.5 -> "1.5", a date -> 2027-03-01."""
    value = raw.value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def read_choice(raw: Raw, choices: tuple[str, ...], what: str) -> str:
    """One of ``choices``, whatever its case or punctuation ("Won't" is wont)."""
    text = as_text(raw).strip()
    key = _squeezed(text)
    for choice in choices:
        if key == _squeezed(choice):
            return choice
    if what == "priority":
        for choice, words in PRIORITY_WORDS.items():
            if key in words:
                return choice
    near = closest(text.lower(), list(choices))
    hint = f"Write one of: {', '.join(choices)}."
    if what == "priority":
        hint += " Must have, Should have, Could have, Nice to have, Won't have, M, S, C and W are read too."
    if near:
        hint = f'Did you mean "{near}"? ' + hint
    raise CellProblem(f"{shown(text)} is not a {what}", hint)


def read_bool(raw: Raw) -> bool:
    if isinstance(raw.value, bool):
        return raw.value
    text = as_text(raw).strip().lower()
    if text in _BOOLEANS:
        return _BOOLEANS[text]
    raise CellProblem(f"{shown(text)} is not yes or no", "Write yes or no.")


def read_date(raw: Raw) -> dt.date:
    value = raw.value
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise CellProblem(
                f"{shown(value.isoformat(' '))} has a time of day",
                "A date without a time is expected here, e.g. 2027-03-01.",
            )
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = as_text(raw).strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise CellProblem(
                f"{shown(text)} is not a day of the calendar", "Check the month and the day."
            ) from None
    raise CellProblem(
        f"{shown(text)} is not a date",
        "Write the date as YYYY-MM-DD, e.g. 2027-03-01, or format the cell as a date "
        "(01/03/2027 reads as January in one country and March in another).",
    )


def read_number(raw: Raw, whole: bool = False) -> int | float | Decimal:
    """A number cell, or text holding a plain number ("12", "0.5"); whole numbers as int."""
    value = raw.value
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise CellProblem(f"{shown(as_text(raw))} is not a number", "Write a number, e.g. 12.")
    if isinstance(value, str):
        text = value.strip()
        if not _PLAIN_NUMBER.fullmatch(text):
            raise CellProblem(
                f"{shown(text)} is not a number",
                "Write a plain number with a point for decimals, e.g. 12 or 0.5, without "
                "units or thousands marks.",
            )
        try:
            number: int | float | Decimal = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern allows only numbers
            raise CellProblem(f"{shown(text)} is not a number") from None
    else:
        number = value
    if whole:
        if number != int(number):
            raise CellProblem(f"{shown(as_text(raw))} is not a whole number", "Write e.g. 5 or -3.")
        return int(number)
    if isinstance(number, Decimal):
        return int(number) if number == int(number) else float(number)
    return number


def read_amount(raw: Raw) -> Decimal:
    """An amount of money exactly as the cell holds it: 48000, 1234.5, or text "0.123456"."""
    value = raw.value
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    number = read_number(raw)
    return number if isinstance(number, Decimal) else Decimal(repr(number))


def read_lines(raw: Raw) -> list[str]:
    return cell_lines(as_text(raw))


def read_ids(raw: Raw) -> list[str]:
    """Ids separated by commas, semicolons, spaces or line breaks: "G1, G2"."""
    return [part for part in re.split(r"[,;\s]+", as_text(raw)) if part]


def read_waivers(raw: Raw) -> list[dict[str, str]]:
    """Waivers written "rule: reason", one per line."""
    waivers = []
    for line in as_text(raw).replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        rule, colon, reason = line.partition(":")
        if not colon or not rule.strip() or not reason.strip():
            raise CellProblem(
                f"{shown(line)} is not a waiver",
                "Write each waiver on its own line as rule: reason, e.g. "
                "RK101: the client's own product name.",
            )
        waivers.append({"rule": rule.strip(), "reason": reason.strip()})
    return waivers

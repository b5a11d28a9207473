"""Building blocks shared by every section of the brief schema.

The schema is strict where YAML bites: a value of the wrong type is an error
rather than something pydantic quietly converts, unknown keys are errors, and
dates and money have one clear way to be written. Completeness is *not* judged
here: a half-filled draft is a valid brief, and the linter says what is missing
for the stage it is at.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"
NON_BLANK_PATTERN = r"\S"


class StrictModel(BaseModel):
    """Base of every section: unknown keys rejected, no silent type conversion.

    An empty value (``summary:`` with nothing after it) counts as "not filled
    in yet" for optional fields, so a scaffold with blanks stays a valid draft.

    Validators are built on first use (``defer_build``): validating a Brief
    builds the whole schema once, instead of every section model building
    its own at import, which most runs never use on its own.
    """

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        regex_engine="python-re",
        defer_build=True,
    )

    @model_validator(mode="before")
    @classmethod
    def _blank_means_unset(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not any(value is None for value in data.values()):
            return data  # nearly every section: nothing left blank
        fields = cls.model_fields
        return {
            key: value
            for key, value in data.items()
            if not (value is None and key in fields and not fields[key].is_required())
        }


Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
"""A short identifier such as ``REQ-004`` or ``G1``: letters, digits, ``-``, ``_``, ``.``."""

Name = Annotated[str, StringConstraints(pattern=NON_BLANK_PATTERN)]
"""A person's name as written in ``stakeholders``."""

Reason = Annotated[str, StringConstraints(pattern=NON_BLANK_PATTERN)]

Side = Literal["marketing", "it", "other"]
"""Which side of the hand-off a person or goal belongs to."""

Level = Literal["low", "medium", "high"]

_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _as_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        raise PydanticCustomError("date_with_time", "a date without a time of day is expected here")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _DATE_TEXT.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError(
                "date_impossible", "{value} is not a day of the calendar", {"value": value}
            ) from None
    raise PydanticCustomError("date_format", "a date written as YYYY-MM-DD is expected here")


IsoDate = Annotated[
    dt.date,
    BeforeValidator(_as_date),
    WithJsonSchema({"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}),
]
"""A calendar date written as ``YYYY-MM-DD`` (ISO 8601)."""


_MONEY_TEXT = re.compile(
    r"^\s*(?:(?P<cur1>[A-Z]{3})\s+)?(?P<amount>[0-9][0-9,_]*(?:\.[0-9]+)?)(?:\s+(?P<cur2>[A-Z]{3}))?\s*$"
)
MONEY_TEXT_PATTERN = (
    r"^\s*([A-Z]{3}\s+[0-9][0-9,_]*(\.[0-9]+)?|[0-9][0-9,_]*(\.[0-9]+)?\s+[A-Z]{3})\s*$"
)


def _money_also_as_text(schema: dict[str, Any]) -> None:
    """Tell editors that "48000 EUR" is as good as the long form."""
    long_form = dict(schema)
    schema.clear()
    schema["description"] = long_form.pop("description", "")
    schema["anyOf"] = [
        {"type": "string", "pattern": MONEY_TEXT_PATTERN, "examples": ["48000 EUR"]},
        long_form,
    ]


class Money(StrictModel):
    """An amount of money with its currency.

    Write it as ``48000 EUR`` (or ``EUR 48,000``), or as a group with
    ``amount`` and ``currency``.
    """

    model_config = ConfigDict(json_schema_extra=_money_also_as_text)

    amount: Annotated[float, Field(ge=0)]
    """How much, as a plain number without currency signs, e.g. 48000."""

    currency: Annotated[str, StringConstraints(pattern=CURRENCY_PATTERN)]
    """The three-letter ISO 4217 currency code, e.g. EUR, USD, GBP."""

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        if isinstance(data, (int, float)) and not isinstance(data, bool):
            raise PydanticCustomError(
                "money_format", "an amount needs its currency, e.g. 48000 EUR"
            )
        if not isinstance(data, str):
            return data
        match = _MONEY_TEXT.match(data)
        currency = match and (match["cur1"] or match["cur2"])
        if not match or not currency or (match["cur1"] and match["cur2"]):
            raise PydanticCustomError(
                "money_format",
                "an amount and a three-letter currency are expected, e.g. 48000 EUR",
            )
        return {
            "amount": float(match["amount"].replace(",", "").replace("_", "")),
            "currency": currency,
        }

    def __str__(self) -> str:
        amount = f"{self.amount:,.2f}".removesuffix(".00")
        return f"{amount} {self.currency}"


class Waiver(StrictModel):
    """A deliberate decision to accept a finding, with the reason written down."""

    rule: Annotated[str, StringConstraints(pattern=NON_BLANK_PATTERN)]
    """The rule waived, by code or name, e.g. RK101 or vague-term."""

    reason: Reason
    """Why the finding is acceptable here; shown in the rendered brief."""

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
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
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
        written = getattr(value, "text", None)
        if written is not None:  # 2027-3-1: a date to some readers, text to others
            iso = value.isoformat()
            raise PydanticCustomError(
                "date_unpadded",
                "{message}",
                {
                    "message": f"{written} reads two ways: as a date here, as text in tools "
                    "and editors that follow YAML 1.2 or the brief's JSON Schema",
                    "hint": f"Write it as {iso} (YYYY-MM-DD, with leading zeros).",
                },
            )
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


def known_locale(value: str) -> str:
    """``value`` as a locale name the CLDR data knows (``de-DE`` -> ``de_DE``), or an error."""
    from reqkit.money.locales import is_known, normal_name

    if not is_known(value):
        raise PydanticCustomError(
            "locale_unknown",
            "{message}",
            {
                "message": f'"{value}" is not a locale reqkit knows',
                "hint": "Write a language and a region as in the Unicode CLDR, e.g. "
                "en_US, en_GB, de_DE, de_CH or fr_FR.",
            },
        )
    return normal_name(value)


LocaleName = Annotated[
    str,
    StringConstraints(pattern=NON_BLANK_PATTERN),
    AfterValidator(known_locale),
    WithJsonSchema({"type": "string", "examples": ["en_US", "de_DE", "fr_CH"]}),
]
"""A language and region such as ``de_DE`` (or ``de-DE``), from the Unicode CLDR."""


class Waiver(StrictModel):
    """A deliberate decision to accept a finding, with the reason written down."""

    rule: Annotated[str, StringConstraints(pattern=NON_BLANK_PATTERN)]
    """The rule waived, by code or name, e.g. RK101 or vague-term."""

    reason: Reason
    """Why the finding is acceptable here; shown in the rendered brief."""

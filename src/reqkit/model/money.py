"""Money in a brief: an amount and its currency, read exactly from the text as written.

The reading itself (forms, locales, ambiguity) lives in :mod:`reqkit.money`;
this module makes it a schema type, so that a problem is reported at the
value's line and column, and remembers the locale so that every output
shows the amount the way the brief's locale writes it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, ClassVar

from pydantic import (
    ConfigDict,
    PrivateAttr,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from reqkit.model.base import CURRENCY_PATTERN, StrictModel

# For editors: an amount with a currency code or sign before or after it.
_SIGN = r"(?:[A-Z]{3}|[A-Z]{0,2}\$|[€£¥₹₩₺₪₽]|zł|Fr\.)"
_NUMBER = r"[0-9](?:[0-9.,'\u2019_ \u00a0\u202f\u2009]*[0-9])?(?: ?(?:k|K|mn|m|Mio|M|bn|B|Mrd))?"
MONEY_TEXT_PATTERN = (
    rf"^\s*(?:[-\u2212]?\s*{_SIGN}\s*[-\u2212]?\s*{_NUMBER}(?:\s*{_SIGN})?"
    rf"|[-\u2212]?\s*{_NUMBER}\s*{_SIGN})\s*$"
)


def _money_also_as_text(schema: dict[str, Any]) -> None:
    """Tell editors that "48000 EUR" is as good as the long form."""
    long_form = dict(schema)
    schema.clear()
    schema["description"] = long_form.pop("description", "")
    schema["anyOf"] = [
        {
            "type": "string",
            "pattern": MONEY_TEXT_PATTERN,
            "examples": ["48000 EUR", "EUR 48,000", "€48,000", "48.000,50 EUR"],
        },
        long_form,
    ]


#: Serialisation context that dumps money as text, e.g. for a diff people read.
MONEY_AS_TEXT = {"money_as_text": True}


_NOT_A_NUMBER = {"message": "the amount is not a number", "hint": "Write e.g. amount: 48000."}


class _Written:
    """An amount as written in the long form, read once its currency is known."""

    __slots__ = ("currency", "locale", "text")

    def __init__(self, text: str, currency: Any, locale: str | None) -> None:
        self.text, self.locale = text, locale
        self.currency = currency if isinstance(currency, str) else None


def _written_text(value: Any) -> str | None:
    """The text an amount was written as; YAML numbers keep theirs (see scalars)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return getattr(value, "text", None) or str(value)
    return None


def _locale_of(info: ValidationInfo) -> str | None:
    context = info.context
    return context.get("locale") if isinstance(context, dict) else None


class Money(StrictModel):
    """An amount of money with its currency.

    Write it as ``48000 EUR``, ``EUR 48,000``, ``€48,000``, ``48 000 EUR`` or
    ``48.000,50 EUR``, or as a group with ``amount`` and ``currency``. Amounts
    are exact decimals; a value that reads two ways is an error.
    """

    model_config = ConfigDict(json_schema_extra=_money_also_as_text)

    #: Whether the amount may be below zero (a change that saves money).
    signed: ClassVar[bool] = False

    amount: Annotated[
        Decimal,
        WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string"}]}),
    ]
    """How much, e.g. 48000 or "48,000.50"; the currency goes in `currency`."""

    currency: Annotated[str, StringConstraints(pattern=CURRENCY_PATTERN)]
    """The three-letter ISO 4217 currency code, e.g. EUR, USD, GBP."""

    _locale: str | None = PrivateAttr(default=None)

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any, info: ValidationInfo) -> Any:
        locale = _locale_of(info)
        if isinstance(data, dict):
            if "amount" in data and not isinstance(data["amount"], Decimal):
                data = dict(data)
                data["amount"] = _Written(data["amount"], data.get("currency"), locale)
            return data
        text = _written_text(data)
        if text is None:
            from reqkit.money.errors import FORMS_HINT
            from reqkit.scalars import describe

            raise PydanticCustomError(
                "money_format",
                "{message}",
                {"message": f"it is {describe(data)}", "hint": FORMS_HINT},
            )
        amount, currency = _read(text, None, locale, cls.signed)
        return {"amount": amount, "currency": currency}

    @field_validator("amount", mode="before")
    @classmethod
    def _amount(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value)
        if isinstance(value, Decimal):
            if not value.is_finite():
                raise PydanticCustomError("money_format", "{message}", _NOT_A_NUMBER)
            if value < 0 and not cls.signed:
                raise PydanticCustomError("greater_than_equal", "negative", {"ge": 0})
            return value
        if not isinstance(value, _Written):
            return value
        text = _written_text(value.text)
        if text is None:
            raise PydanticCustomError("money_format", "{message}", _NOT_A_NUMBER)
        # A missing currency is reported on its own; "XXX" is ISO 4217's "no currency".
        unnamed = None if value.currency else "XXX"
        return _read(text, value.currency, value.locale, cls.signed, unnamed)[0]

    @field_serializer("amount", when_used="json")
    def _exact(self, amount: Decimal) -> str:
        """Exact, and the same however it was written: 48000, "48,000.00" -> "48000"."""
        return f"{amount.normalize():f}"

    @model_serializer(mode="wrap")
    def _as_text_if_asked(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        """``model_dump(context=MONEY_AS_TEXT)`` writes each amount as people read it."""
        if isinstance(info.context, dict) and info.context.get("money_as_text"):
            return str(self)
        return handler(self)

    @model_validator(mode="after")
    def _remember_locale(self, info: ValidationInfo) -> Money:
        self._locale = _locale_of(info)
        return self

    def like(self, amount: Decimal) -> Money:
        """Another amount in this currency, written the same way (for sums and gaps)."""
        made = type(self)(amount=amount, currency=self.currency)
        made._locale = self._locale
        return made

    def __str__(self) -> str:
        from reqkit.money import format_money

        return format_money(self.amount, self.currency, self._locale)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))


class SignedMoney(Money):
    """An amount that may be negative, such as a change that saves money."""

    signed: ClassVar[bool] = True


def _read(
    text: str, currency: str | None, locale: str | None, signed: bool, unnamed: str | None = None
) -> tuple[Decimal, str]:
    from reqkit.money import AmountError, read_money

    try:
        return read_money(text, currency, locale=locale, signed=signed, unnamed=unnamed)
    except AmountError as problem:
        raise PydanticCustomError(
            "money_format", "{message}", {"message": problem.message, "hint": problem.hint}
        ) from None

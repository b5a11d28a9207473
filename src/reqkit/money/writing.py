"""Amounts written for people: the brief's locale where one is set, else the plain way.

The plain way is ``48,000 EUR`` and ``12,345.67 EUR``: comma for thousands,
point for decimals, the ISO code after the amount, as international business
documents do. Nothing is ever rounded away: a whole amount shows no decimals,
any other shows at least the currency's decimals and every digit it has.

For a locale, the CLDR data (through Babel) gives the marks, the currency sign
and where it goes; the digits are grouped here. Babel's own formatting drops
an apostrophe used as the thousands mark (de_CH) when it pairs them up as
quotes, and prints 1'500'000 as 1500000.
"""

from __future__ import annotations

from decimal import Decimal

from reqkit.money.currencies import minor_unit


def _places(amount: Decimal, currency: str, plain: bool) -> int:
    """Decimals to show, so that the text reads back as this amount and nothing else.

    Below a thousand, a number with exactly three decimals ("854.257") reads as
    thousands in a currency with two decimals, and two ways in one with three:
    it gets a fourth decimal, or only the decimals it has ("1.5 KWD"). Without a locale to tell the marks apart, a whole
    amount in a currency with three decimals shows them: "823,669.000 KWD".
    """
    minor = minor_unit(currency)
    below_a_thousand = 1 <= abs(amount) < 1000  # "0.125" has a zero: never a group
    if amount == amount.to_integral_value():
        return minor if plain and minor >= 3 and not below_a_thousand else 0
    own = -int(amount.normalize().as_tuple().exponent)
    places = max(minor, own)
    if places == 3 and below_a_thousand and (plain or minor < 3):
        return 4 if own == 3 else own  # 1.234 -> "1.2340"; 1.5 KWD -> "1.5", not "1.500"
    return places


def _grouped(digits: str, group: str, lakhs: bool = False) -> str:
    """``1234567`` -> ``1,234,567`` (or ``12,34,567`` in lakhs) with ``group`` as the mark."""
    head, tail = digits[:-3], digits[-3:]
    size = 2 if lakhs else 3
    groups = [tail]
    while head:
        head, part = head[:-size], head[-size:]
        groups.append(part)
    return group.join(reversed(groups))


def _number(
    amount: Decimal, currency: str, decimal: str, group: str, *, plain: bool, lakhs: bool = False
) -> str:
    text = f"{abs(amount):.{_places(amount, currency, plain)}f}"
    whole, _, fraction = text.partition(".")
    grouped = _grouped(whole, group, lakhs)
    return f"{grouped}{decimal}{fraction}" if fraction else grouped


def plain_amount(amount: Decimal, currency: str) -> str:
    """``Decimal("15000.5"), "EUR"`` -> ``"15,000.50 EUR"``."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{_number(amount, currency, '.', ',', plain=True)} {currency}"


def format_money(amount: Decimal, currency: str, locale: str | None = None) -> str:
    """An amount as the locale writes it (``15.000,50 €`` in de_DE), or the plain way."""
    if not locale:
        return plain_amount(amount, currency)
    from reqkit.money.locales import locale_for

    found = locale_for(locale)
    if found is None:
        return plain_amount(amount, currency)
    from babel.numbers import (
        get_currency_symbol,
        get_decimal_symbol,
        get_group_symbol,
        get_minus_sign_symbol,
    )

    pattern = found.currency_formats["standard"]
    symbols = {"numbering_system": "latn"}
    number = _number(
        amount,
        currency,
        get_decimal_symbol(found, **symbols),
        get_group_symbol(found, **symbols),
        plain=False,
        lakhs=tuple(pattern.grouping)[1:2] == (2,),
    )
    side = 1 if amount < 0 else 0
    sign = get_currency_symbol(currency, found)
    minus = get_minus_sign_symbol(found, **symbols)
    prefix = pattern.prefix[side].replace("-", minus).replace("¤", sign)
    suffix = pattern.suffix[side].replace("¤", sign)
    return f"{prefix}{number}{suffix}"

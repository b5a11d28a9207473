"""Amounts written for people: the brief's locale where one is set, else the plain way.

The plain way is ``48,000 EUR`` and ``12,345.67 EUR``: comma for thousands,
point for decimals, the ISO code after the amount, as international business
documents do. Nothing is ever rounded away: a whole amount shows no decimals,
any other shows at least the currency's decimals and every digit it has.
"""

from __future__ import annotations

import copy
from decimal import Decimal

from reqkit.money.currencies import minor_unit


def _places(amount: Decimal, currency: str) -> int:
    if amount == amount.to_integral_value():
        return 0
    exponent = amount.normalize().as_tuple().exponent
    return max(minor_unit(currency), -int(exponent))


def plain_amount(amount: Decimal, currency: str) -> str:
    """``Decimal("15000.5"), "EUR"`` -> ``"15,000.50 EUR"``."""
    places = _places(amount, currency)
    text = f"{abs(amount):,.{places}f}"
    sign = "-" if amount < 0 else ""
    return f"{sign}{text} {currency}"


def format_money(amount: Decimal, currency: str, locale: str | None = None) -> str:
    """An amount as the locale writes it (``15.000,50 €`` in de_DE), or the plain way."""
    if not locale:
        return plain_amount(amount, currency)
    from reqkit.money.locales import locale_for

    found = locale_for(locale)
    if found is None:
        return plain_amount(amount, currency)
    from babel.numbers import parse_pattern

    pattern = copy.copy(parse_pattern(found.currency_formats["standard"].pattern))
    places = _places(amount, currency)
    pattern.frac_prec = (places, places)
    return str(
        pattern.apply(
            amount, found, currency=currency, currency_digits=False, decimal_quantization=False
        )
    )

"""What reading and writing money need to know about currencies, without locale data.

The minor unit (how many decimals a currency has) decides whether ``1.500``
is one and a half or one thousand five hundred: EUR has two decimals, so a
third one cannot be meant. The tables hold only the ISO 4217 exceptions;
every other currency has two decimals.
"""

from __future__ import annotations

import re

from reqkit.money.errors import AmountError, short

_SPACES = " \u00a0\u202f\u2009"
_MINUS = "-\u2212"
_CODE = re.compile(r"[A-Z]{3}")

_ZERO_DECIMALS = frozenset(
    [
        "BIF",
        "CLP",
        "DJF",
        "GNF",
        "ISK",
        "JPY",
        "KMF",
        "KRW",
        "PYG",
        "RWF",
        "UGX",
        "UYI",
        "VND",
        "VUV",
        "XAF",
        "XOF",
        "XPF",
    ]
)
_THREE_DECIMALS = frozenset(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"])
_FOUR_DECIMALS = frozenset(("CLF", "UYW"))

#: Currency signs people write instead of the code.
SIGNS: dict[str, str] = {
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₽": "RUB",
    "zł": "PLN",
    "US$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "Fr.": "CHF",
}
#: Signs several currencies share, and the currency each means without a locale:
#: "$" is the US dollar unless the brief's locale has its own dollar (en_CA: CAD),
#: "¥" the yen unless the locale's currency is the yuan (zh_CN: CNY).
SHARED_SIGNS: dict[str, str] = {"$": "USD", "¥": "JPY", "￥": "JPY"}

#: Currencies whose amounts are grouped in lakhs and crores: 12,34,567.
_LAKH_GROUPING = frozenset(("INR", "NPR", "PKR", "BDT"))


def groups_in_lakhs(currency: str) -> bool:
    """Whether ``currency`` is written 12,34,567 (groups of two above the thousands)."""
    return currency in _LAKH_GROUPING


def minor_unit(currency: str) -> int:
    """How many decimals ``currency`` has (ISO 4217); 2 for any code not listed."""
    if currency in _ZERO_DECIMALS:
        return 0
    if currency in _THREE_DECIMALS:
        return 3
    if currency in _FOUR_DECIMALS:
        return 4
    return 2


def written_currency(
    part: str, text: str, locale: str | None, *, leading: bool
) -> tuple[bool, str | None]:
    """A minus sign (only before the number) and the currency of a code or sign written around it."""
    part = part.strip(_SPACES)
    negative = False
    if leading and part[-1:] in tuple(_MINUS):
        negative, part = True, part[:-1].strip(_SPACES)
    if leading and part[:1] in tuple(_MINUS):
        negative, part = True, part[1:].strip(_SPACES)
    if not part:
        return negative, None
    if _CODE.fullmatch(part):
        return negative, part
    if part in SIGNS:
        return negative, SIGNS[part]
    if part in SHARED_SIGNS:
        from reqkit.money.locales import local_currency

        return negative, local_currency(part, locale) or SHARED_SIGNS[part]
    if locale:
        from reqkit.money.locales import currency_of_sign

        code = currency_of_sign(part, locale)
        if code:
            return negative, code  # as the locale writes it: "$US" in fr_FR
    if part.upper() != part and _CODE.fullmatch(part.upper()):
        raise AmountError(
            f'"{part}" in "{text}" is not a currency code',
            f"Write the code in capitals: {text.strip().replace(part, part.upper())}.",
        )
    raise AmountError(f'"{text}" is not an amount of money: "{short(part)}" is not understood')

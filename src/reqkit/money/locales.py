"""The locale a brief is written in, looked up in the Unicode CLDR data through Babel.

Babel costs about 20 ms to import and as much again for the first locale
(measured with ``python -X importtime``), so it is imported here, inside the
functions, and only for a brief or config that sets a locale.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple


class Marks(NamedTuple):
    """The decimal mark and the thousands separator of a locale, e.g. "," and "." in de_DE."""

    decimal: str
    group: str


def normal_name(name: str) -> str:
    """``de-DE`` (BCP 47, as browsers write it) and ``de_DE`` name the same locale."""
    return name.strip().replace("-", "_")


@lru_cache(maxsize=32)
def _locale(name: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(normal_name(name))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def is_known(name: str) -> bool:
    """Whether the CLDR data knows locale ``name`` (e.g. en_US, de_CH, fr)."""
    return bool(name.strip()) and _locale(name) is not None


def marks(name: str | None) -> Marks | None:
    """The decimal mark and thousands separator of locale ``name``; None if unset or unknown."""
    locale = _locale(name) if name else None
    if locale is None:
        return None
    from babel.numbers import get_decimal_symbol, get_group_symbol

    # The marks that go with the digits 0-9, which are the digits reqkit reads.
    latin = {"numbering_system": "latn"}
    return Marks(get_decimal_symbol(locale, **latin), get_group_symbol(locale, **latin))


def local_currency(sign: str, name: str | None) -> str | None:
    """The currency a locale means by a shared sign ("$" is CAD in en_CA), if it is its own."""
    locale = _locale(name) if name else None
    if locale is None or not locale.territory:
        return None
    from babel.numbers import get_currency_symbol, get_territory_currencies

    for code in get_territory_currencies(locale.territory)[:1]:
        if get_currency_symbol(code, locale).endswith(sign):
            return str(code)
    return None


def currency_of_sign(sign: str, name: str | None) -> str | None:
    """The currency a locale writes as ``sign`` ("$US" in fr_FR is USD), if only one is."""
    locale = _locale(name) if name else None
    if locale is None:
        return None
    codes = _codes_written_as(sign, str(locale))
    if len(codes) > 1:
        from babel.numbers import get_territory_currencies

        own = get_territory_currencies(locale.territory)[:1] if locale.territory else []
        codes = [code for code in codes if code in own]
    return str(codes[0]) if len(codes) == 1 else None


_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))


@lru_cache(maxsize=256)
def _codes_written_as(sign: str, name: str) -> list[str]:
    """Every currency the locale writes as ``sign`` (bidi marks aside), from CLDR's full list."""
    from babel.numbers import get_currency_symbol, list_currencies

    locale = _locale(name)
    return [
        code
        for code in sorted(list_currencies())
        if get_currency_symbol(code, locale).translate(_BIDI_MARKS) == sign
    ]


def groups_in_lakhs(name: str | None) -> bool:
    """Whether a locale groups digits in lakhs and crores (en_IN: 12,34,567)."""
    locale = _locale(name) if name else None
    if locale is None:
        return False
    return tuple(locale.decimal_formats[None].grouping)[1:2] == (2,)


def locale_for(name: str | None) -> Any:
    """Babel's Locale for ``name``, or None when it is unset or unknown."""
    return _locale(name) if name else None

"""Reading an amount of money from the text a person wrote, exactly, or saying why not.

People write ``15000``, ``15,000``, ``15 000``, ``15.000``, ``15.000,50``,
``15'000``, ``€15,000`` or ``USD 12,345.67``. Which mark separates thousands
and which marks decimals is decided, in this order, by:

1. the number's structure: two different marks (the last one is the decimal
   mark), a mark repeated (thousands), a mark after a space or apostrophe
   grouping (decimals), a mark not followed by exactly three digits (decimals);
2. the currency's minor unit: ``1.500 EUR`` cannot mean a tenth of a cent,
   EUR has two decimals, so it is one thousand five hundred;
3. the locale the brief or the config sets.

What is still ambiguous after that is an error naming both readings; a guess
that is wrong by a factor of a thousand is worse than a question.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reqkit.money.currencies import groups_in_lakhs, minor_unit, written_currency
from reqkit.money.errors import AmountError, short
from reqkit.money.writing import plain_amount

#: Digits before the decimal mark: amounts below a thousand trillion. No budget
#: comes near it, and a longer number is a typing error, not an amount.
MAX_INTEGER_DIGITS = 15
#: Decimals kept: enough for unit prices in fractions of a cent.
MAX_DECIMALS = 6

_SPACES = " \u00a0\u202f\u2009"
_THIN_GROUPS = _SPACES + "'\u2019_"
# The form most amounts take ("48000 EUR", "EUR 15000.50"): it reads one way only,
# so it skips the full analysis below.
_PLAIN = re.compile(r"(?:([A-Z]{3}) )?([1-9][0-9]{0,14}|0)(\.[0-9]{1,2})?(?: ([A-Z]{3}))?")
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))
_SUFFIXES = {"k": 3, "K": 3, "m": 6, "M": 6, "mn": 6, "Mio": 6, "bn": 9, "B": 9, "Mrd": 9}

_SHAPE = re.compile(
    r"""(?P<before>.*?)
    (?P<number>[0-9](?:[0-9.,'\u2019_\u00a0\u202f\u2009 ]*[0-9])?)
    (?P<whole>[.,](?:--?|\u2013|\u2014))?   # "15,- €": a whole amount, as in German
    (?:[ ]?(?P<suffix>k|K|mn|m|Mio|M|bn|B|Mrd)(?![A-Za-z]))?
    (?P<after>.*)""",
    re.X | re.S,
)


def read_money(
    text: str,
    currency: str | None = None,
    *,
    locale: str | None = None,
    signed: bool = False,
    unnamed: str | None = None,
) -> tuple[Decimal, str]:
    """The exact amount and the currency code written in ``text``.

    ``currency`` is the code given separately (the long form ``amount:`` /
    ``currency:``); ``locale`` (e.g. ``de_DE``) settles what structure and
    currency leave open; ``signed`` allows a minus sign; ``unnamed`` is the
    code to assume when none is written, if its absence is reported elsewhere.
    """
    plain = _PLAIN.fullmatch(text)
    if plain and not (plain[1] and plain[4]):
        code = plain[1] or plain[4] or currency
        if code and currency in (None, code):
            return Decimal(plain[2] + (plain[3] or "")), code
    text = text.translate(_BIDI_MARKS)  # right-to-left locales put them around signs
    match = _SHAPE.fullmatch(text.strip())
    shown = short(text.strip())  # messages quote the value, but never all of a huge one
    if match is None:
        raise AmountError(f'"{shown}" holds no amount')
    negative_before, code_before = written_currency(match["before"], shown, locale, leading=True)
    _, code_after = written_currency(match["after"], shown, locale, leading=False)
    codes = {c for c in (code_before, code_after, currency) if c} or {c for c in (unnamed,) if c}
    if len(codes) > 1:
        raise AmountError(
            f'"{shown}" names two currencies: {" and ".join(sorted(codes))}',
            "Give one currency, e.g. 48000 EUR.",
        )
    if not codes:
        raise AmountError(
            f'"{shown}" has no currency',
            f"Add the three-letter currency code, e.g. {shown} EUR or {shown} USD.",
        )
    code = codes.pop()
    amount = read_amount(match["number"], code, suffix=match["suffix"], locale=locale, text=text)
    if match["whole"] and amount != amount.to_integral_value():
        raise AmountError(
            f'"{shown}" has decimals and a "{match["whole"]}" that says there are none',
            "Write either the decimals or the dash, e.g. 15,50 € or 15,- €.",
        )
    if negative_before:
        if not signed:
            raise AmountError(
                f'"{shown}" is negative, and this amount cannot be',
                "Write zero or a positive amount.",
            )
        amount = -amount
    return amount, code


def read_amount(
    number: str,
    currency: str,
    *,
    suffix: str | None = None,
    locale: str | None = None,
    text: str | None = None,
) -> Decimal:
    """The exact value of ``number`` (digits and marks only) in ``currency``."""
    written = short(text or number)
    parts = re.split(r"([^0-9])", number)
    runs, seps = parts[0::2], parts[1::2]
    if any(not run for run in runs):
        raise AmountError(f'"{written}" has two marks in a row')
    decimal_at = _decimal_mark(runs, seps, currency, suffix, locale, written)
    whole = runs if decimal_at is None else runs[: decimal_at + 1]
    _check_groups(whole, seps[: len(whole) - 1], currency, locale, written)
    fraction = "" if decimal_at is None else runs[decimal_at + 1]
    if decimal_at is not None and len(runs) > decimal_at + 2:
        raise AmountError(
            f'"{written}" has marks after its decimal mark',
            "Decimals are written without grouping.",
        )
    digits = "".join(whole) + (f".{fraction}" if fraction else "")
    return _bounded(Decimal(digits), suffix, written)


def _decimal_mark(
    runs: list[str],
    seps: list[str],
    currency: str,
    suffix: str | None,
    locale: str | None,
    written: str,
) -> int | None:
    """Which separator (by index) is the decimal mark, or None for a whole number."""
    marks = [i for i, sep in enumerate(seps) if sep in ".,"]
    kinds = {seps[i] for i in marks}
    if not marks:
        return None
    last = marks[-1]
    if len(kinds) == 2 or any(sep in _THIN_GROUPS for sep in seps[:last]):
        if seps.count(seps[last]) > 1:
            raise AmountError(
                f'"{written}" uses "{seps[last]}" both to group thousands and as decimal mark'
            )
        return last
    if len(marks) > 1:
        return None  # "1.234.567": a mark repeated groups thousands
    head, tail = runs[last], runs[last + 1]
    if len(tail) != 3 or len(head) > 3 or head.startswith("0"):
        return last  # "15,5", "0.125", "1500.000": only a decimal mark fits
    if suffix is None and minor_unit(currency) < 3:
        return None  # "1.500 EUR": EUR has no third decimal
    return _by_locale(runs, seps, last, currency, suffix, locale, written)


def _by_locale(
    runs: list[str],
    seps: list[str],
    at: int,
    currency: str,
    suffix: str | None,
    locale: str | None,
    written: str,
) -> int | None:
    """Let the locale's decimal mark settle "1.500 KWD"; with no locale that can, ask."""
    from reqkit.money.locales import marks

    mark = seps[at]
    found = marks(locale)
    if found is not None and mark == found.decimal:
        return at
    if found is not None and mark == found.group:
        return None
    thousands = _bounded(Decimal(runs[at] + runs[at + 1]), suffix, written)
    decimals = _bounded(Decimal(f"{runs[at]}.{runs[at + 1]}"), suffix, written)
    if not locale:
        why = "no locale is set"
    elif found is None:
        why = f'"{locale}" is not a locale reqkit knows'
    else:
        why = f"the {locale} locale uses neither"
    raise AmountError(
        f'"{written}" can be read two ways: {plain_amount(thousands, currency)} if "{mark}" '
        f"separates thousands, or {plain_amount(decimals, currency)} if it is the decimal "
        f"mark ({why})",
        f'Write "{_unambiguous(thousands)} {currency}" or "{_unambiguous(decimals)} {currency}", '
        "or set the locale the brief is written in (`locale:` under `initiative`, e.g. "
        "de_DE or en_US, or `locale` in the project's .reqkit.toml) so that its decimal "
        "mark decides.",
    )


def _unambiguous(value: Decimal) -> str:
    """Digits that read one way only: no grouping, never exactly three decimals."""
    text = f"{value.normalize():f}"
    return text + "0" if len(text.partition(".")[2]) == 3 else text


def _check_groups(
    runs: list[str], seps: list[str], currency: str, locale: str | None, written: str
) -> None:
    if not seps:
        return
    if len(set(seps)) > 1:
        raise AmountError(f'"{written}" mixes different marks to group thousands')
    if runs[0].startswith("0"):
        raise AmountError(f'"{written}" starts with a zero before a thousands mark')
    lakhs = len(runs) > 2 and (groups_in_lakhs(currency) or _locale_lakhs(locale))
    if lakhs and len(runs[0]) <= 2 and all(len(r) == 2 for r in runs[1:-1]) and len(runs[-1]) == 3:
        return  # 12,34,567 INR: lakhs and crores
    if not 1 <= len(runs[0]) <= 3 or any(len(r) != 3 for r in runs[1:]):
        raise AmountError(
            f'"{written}" groups its digits unevenly: thousands come in threes',
            f"Write the digits without marks, e.g. {short(''.join(runs))}.",
        )


def _locale_lakhs(locale: str | None) -> bool:
    if not locale:
        return False
    from reqkit.money.locales import groups_in_lakhs as locale_groups_in_lakhs

    return locale_groups_in_lakhs(locale)


def _bounded(value: Decimal, suffix: str | None, written: str) -> Decimal:
    if suffix is not None:
        value = value.scaleb(_SUFFIXES[suffix])
    _sign, digits, exponent = value.as_tuple()
    integer_digits = len(digits) + int(exponent)
    if integer_digits > MAX_INTEGER_DIGITS:
        raise AmountError(
            f'"{written}" is too large to be an amount: {integer_digits} digits '
            f"before the decimal mark, at most {MAX_INTEGER_DIGITS} are read",
            "Check the amount for extra digits; amounts up to 999,999,999,999,999 are accepted.",
        )
    if -int(exponent) > MAX_DECIMALS and value != value.quantize(Decimal(1).scaleb(-MAX_DECIMALS)):
        raise AmountError(
            f'"{written}" has more than {MAX_DECIMALS} decimals',
            "Round the amount to the cent, or at most to six decimals.",
        )
    if int(exponent) > 0:
        value = value.quantize(Decimal(1))  # 1.5k is 1500, not 1.5E+3
    return value

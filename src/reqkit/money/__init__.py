"""Money read exactly as people write it, and written back the way the brief's locale does.

Amounts are :class:`~decimal.Decimal` from the text of the brief to every sum,
comparison and output: a float cannot hold 0.10 exactly, and turns a very long
number into infinity. Reading needs no locale data unless a value is truly
ambiguous; Babel (CLDR data) is imported only then, or to format for a locale.
"""

from __future__ import annotations

from reqkit.money.currencies import minor_unit
from reqkit.money.reading import MAX_INTEGER_DIGITS, AmountError, read_amount, read_money
from reqkit.money.writing import format_money, plain_amount

__all__ = [
    "MAX_INTEGER_DIGITS",
    "AmountError",
    "format_money",
    "minor_unit",
    "plain_amount",
    "read_amount",
    "read_money",
]

"""RK401 budget-does-not-add-up: the total rewritten as the sum of the lines.

Whether the total or a line is wrong is a question for a person, so this
fix exists only where the configuration says totals are derived from the
lines (``derived-total = true`` under ``[rules.budget-does-not-add-up]``).
Even then a budget with a contingency leaves a doubt (is the contingency
held inside the total or on top of it?), so there the fix is unsafe. The
new total is written as plain digits with the currency code, and is kept
only if it reads back as exactly the sum.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from reqkit.fixes.edits import Edit, Fix, apply_fixes
from reqkit.fixes.situation import Situation
from reqkit.loader import load_text
from reqkit.positions import Path
from reqkit.rules.budget.sums import lines_sum

CODE = "RK401"
TOTAL: Path = ("budget", "total")
_NUMBER_THEN_CODE = re.compile(r"(?P<number>[0-9][0-9,.' \u00a0\u202f]*?)(?P<rest>\s*[A-Z]{3})")


def budget_total_fixes(situation: Situation) -> Iterator[Fix]:
    options = situation.options(CODE)
    if options is None or not getattr(options, "derived_total", False):
        return
    salvaged = situation.loaded.salvaged
    budget = salvaged.brief.budget if salvaged else None
    summed = lines_sum(budget) if budget else None
    if budget is None or budget.total is None or summed is None:
        return
    if summed.currency != budget.total.currency:
        return
    for finding in situation.findings(CODE):
        if situation.path_of(finding) != TOTAL:
            continue
        edit = _total_edit(situation, summed.amount, summed.currency)
        if edit is None or not _reads_back(situation, edit, summed.amount):
            continue
        yield Fix(
            CODE,
            f"Write the sum of the lines, {summed}, as the total",
            budget.contingency is None,
            (edit,),
            finding.line,
            finding.column,
        )


def _total_edit(situation: Situation, amount: Decimal, currency: str) -> Edit | None:
    digits = format(amount, "f")
    if isinstance(situation.value_at(TOTAL), dict):
        span = situation.span((*TOTAL, "amount"))
        return Edit(span.start, span.end, digits) if span else None
    span = situation.span(TOTAL)
    event = situation.raw_event(TOTAL)
    if span is None or event is None or "\n" in situation.text[span.start : span.end]:
        return None
    start, end = (span.start + 1, span.end - 1) if event.style in ("'", '"') else span[4:6]
    written = situation.text[start:end]
    match = _NUMBER_THEN_CODE.fullmatch(written)
    if match:
        return Edit(start + match.start("number"), start + match.end("number"), digits)
    return Edit(start, end, f"{digits} {currency}")


def _reads_back(situation: Situation, edit: Edit, amount: Decimal) -> bool:
    """Whether the fixed brief's total is exactly ``amount`` (the locale may read marks otherwise)."""
    fix = Fix(CODE, "", True, (edit,), 0, 0)
    after = load_text(
        apply_fixes(situation.text, [fix]), situation.loaded.file, situation.config.locale
    )
    budget = after.brief.budget if after.brief else None
    return budget is not None and budget.total is not None and budget.total.amount == amount

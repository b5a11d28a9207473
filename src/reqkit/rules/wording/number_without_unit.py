"""RK110 number-without-unit: "within 5", "support 10000": what does the number count?"""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import WORDING, Context, Finding, Rule, RuleOptions
from reqkit.rules.text import CRITERIA, STATEMENTS, prose
from reqkit.rules.wording._number_words import LABEL_WORDS
from reqkit.rules.wording._numbers import Kind, numbers
from reqkit.rules.wording._terms import document_lists


@document_lists
class NumberWithoutUnit(Rule):
    """Flags numbers without a unit, such as "within 5" or "support 10000".

    "The voucher is sent within 5" could mean 5 seconds, minutes or days;
    "support 10000" could mean visitors, page views or bookings, per hour or
    in total. IT has to guess, and the guess decides the architecture and
    the price. Every number in a requirement needs its unit.

    The unit is the word after the number ("5 seconds", "3 clicks", "10,000
    visitors", "5 %", "500 EUR"); in a range or a count it follows the last
    number ("2 to 3 seconds", "8 of 10 test users"), and a later number can
    take the unit of an earlier one ("from 5 steps to 3", "412,000 contacts
    in the CRM and 268,000 in the e-mail tool"), and a counter changes in
    its own unit ("the counter decreases by 1"). A number followed by the
    end of the sentence, a punctuation mark or a word such as "and", "for",
    "in" or "of" has none. Not flagged: ids ("REQ-004", "GA4"), versions
    ("v3", "1.2.3"), dates and times ("2027-03-10", "10:00", "1 May", "in
    2027"), ordinals ("5th"), money ("€500", "EUR 500"), numbers in quotes
    or code spans, and numbers that name or label something: after a word
    from the `label-words` list ("level 2", "phase 1", "Art. 6") or after a
    name written with capitals ("WCAG 2.1", "ISO 27001", "HTTP 404", "iOS 17").

    Checked in requirement statements and acceptance criteria; goals carry
    their units in their metrics.

    Bad: "A voucher is generated within 5."
    Good: "The shop system shall generate a voucher within 5 minutes of sign-up."
    """

    code = "RK110"
    name = "number-without-unit"
    friction = "F9"
    needs = ()
    levels = WORDING

    class Options(RuleOptions):
        label_words: tuple[str, ...] = LABEL_WORDS
        """Words after which a number names or labels something ("level 2") rather than counts."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: NumberWithoutUnit.Options = context.options  # type: ignore[assignment]
        for field in prose(brief, (STATEMENTS, CRITERIA)):
            for number in numbers(field.text, options.label_words):
                if number.kind is Kind.BARE:
                    yield Finding(
                        field.path,
                        f'Number "{number.text}" without a unit: {number.text} what?',
                        f"Write what {number.text} counts or measures right after it, "
                        'e.g. "within 5 minutes" or "10,000 visitors per hour".',
                        span=(number.start, number.end),
                    )

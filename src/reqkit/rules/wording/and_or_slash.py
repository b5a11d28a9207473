"""RK107 and-or-slash: "and/or" and "web/mobile", which leave open whether both are meant."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import WORDING, Context, Finding, Rule, RuleOptions
from reqkit.rules.text import CRITERIA, GOALS, STATEMENTS, mask_quoted, prose
from reqkit.rules.wording._grammar import tail_before
from reqkit.rules.wording._terms import document_lists

#: Slashed terms with one fixed meaning: abbreviations, pairs that mean "either
#: of the two" by definition, and units that are not caught by the rate check.
FIXED_TERMS = (
    "I/O",
    "A/B",
    "N/A",
    "TCP/IP",
    "UI/UX",
    "24/7",
    "w/o",
    "c/o",
    "km/h",
    "m/s",
    "his/her",
    "he/she",
    "s/he",
    "yes/no",
    "true/false",
    "on/off",
)

#: Units of time and size that make "x/unit" a rate ("requests/s", "visits/day",
#: "EUR/year"). After a number any slash is a rate: "10 requests/user".
PER_UNITS = (
    "ms", "s", "sec", "second", "min", "minute", "h", "hr", "hour", "d", "day", "wk", "week", "mo",
    "month", "yr", "year", "quarter", "kB", "MB", "GB", "TB", "kg", "km", "m",
)  # fmt: skip

#: Acronyms of things one picks between (file formats, channels): between these
#: a slash is still a choice ("JSON/XML", "SMS/MMS"), unlike in a name ("TCP/IP").
CHOICE_ACRONYMS = (
    "SMS", "MMS", "JSON", "XML", "CSV", "PDF", "HTML", "TXT", "XLS", "XLSX", "DOC", "DOCX",
    "PNG", "JPG", "JPEG", "GIF", "SVG", "MP3", "MP4", "FTP", "SFTP", "HTTP", "HTTPS", "EUR",
    "USD", "GBP", "CHF",
)  # fmt: skip

# An acronym: capitals, with digits or "&" between ("TCP", "S7", "R&D").
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*")

# Words joined by slashes, with the characters that can touch them (to spot paths and URLs).
_SLASHED = re.compile(r"(?<![\w/.:-])([\w][\w.'&+-]*(?:/[\w][\w.'&+-]*)+)(?![\w/])")
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s*(?:[^\W\d_]+\s*)?$")


@document_lists
class AndOrSlash(Rule):
    """Flags "and/or" and slashes between alternatives, such as "web/mobile" or "e-mail/SMS".

    "Send the voucher by e-mail/SMS" can mean both channels or either one,
    and if either, who picks. IT will build one reading and the other side
    will have meant the other; the difference is often a second integration.
    Write "and" or "or", and if "or", say who or what decides.

    Not flagged: numbers and dates ("1/2", "24/7", "12/05/2027"), rates
    ("km/h", "5 requests/s", "2 GB/month"), web addresses and paths
    ("https://...", "/checkout"), quoted names, fixed terms from the
    `fixed-terms` list ("A/B test", "I/O", "N/A"), and names and standards
    written as acronyms joined by a slash ("ERTMS/ETCS", "CI/CD", "PL/SQL")
    or with a one-letter part ("PDF/A"). Acronyms of things one picks
    between, from the `choice-acronyms` list, are still flagged ("JSON/XML",
    "SMS/MMS").

    Checked in requirement statements, acceptance criteria and goal statements.

    Bad: "The voucher shall be sent by e-mail/SMS."
    Good: "The voucher shall be sent by e-mail, and by SMS to members who gave a mobile number."
    """

    code = "RK107"
    name = "and-or-slash"
    friction = "F9"
    needs = ()
    levels = WORDING

    class Options(RuleOptions):
        fixed_terms: tuple[str, ...] = FIXED_TERMS
        """Slashed terms with one fixed meaning, never flagged."""

        per_units: tuple[str, ...] = PER_UNITS
        """Units after a slash that make a rate, such as "s" in "requests/s"."""

        choice_acronyms: tuple[str, ...] = CHOICE_ACRONYMS
        """Acronyms of formats and channels: a slash between them is a choice ("JSON/XML")."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: AndOrSlash.Options = context.options  # type: ignore[assignment]
        fixed = {term.lower() for term in options.fixed_terms}
        units = {unit.lower() for unit in options.per_units}
        choices = {acronym.upper() for acronym in options.choice_acronyms}
        for field in prose(brief, (STATEMENTS, CRITERIA, GOALS)):
            if "/" not in field.text:
                continue
            masked = mask_quoted(field.text)
            for found in _SLASHED.finditer(masked):
                term = found.group(1).rstrip(".")
                if _is_name(term, choices):
                    continue
                if _is_alternative(term, tail_before(masked, found.start()), fixed, units):
                    yield _finding(field.path, term, found.start())


def _is_name(term: str, choices: set[str]) -> bool:
    """Whether a slashed term is one name: acronyms ("TCP/IP") or a one-letter variant ("PDF/A")."""
    parts = term.split("/")
    if not all(_ACRONYM.fullmatch(part) for part in parts):
        return False
    if any(len(part) == 1 for part in parts):
        return True  # "PDF/A", "I/O": a variant or a fixed pair, never two choices
    return not any(part in choices for part in parts)


def _is_alternative(term: str, before: str, fixed: set[str], units: set[str]) -> bool:
    parts = term.split("/")
    if term.lower() in fixed or any(not re.search(r"[^\W\d_]", part) for part in parts):
        return False  # fixed terms, and numbers, fractions and dates
    if "." in parts[0] or before.endswith(("www.", "//")):
        return False  # domain names and paths such as example.com/events
    if len(parts) == 2 and _NUMBER_BEFORE.search(before):
        return False  # a rate after a number: "10 requests/user", "2 GB/month"
    last = parts[-1].lower()
    return not (len(parts) == 2 and (last in units or last.removesuffix("s") in units))


def _finding(path: tuple, term: str, start: int) -> Finding:
    if term.lower() in ("and/or", "or/and"):
        message = f'"{term}" leaves open whether both or only one is meant'
        hint = 'Write "and" if both are required, or "or" and say who or what decides which.'
    else:
        both, either = " and ".join(term.split("/")), " or ".join(term.split("/"))
        message = f'Slash in "{term}" leaves open whether both or only one is meant'
        hint = (
            f'Write "{both}" if all are required, or "{either}" and say who or what decides which.'
        )
    return Finding(path, message, hint, span=(start, start + len(term)))

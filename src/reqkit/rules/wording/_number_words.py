"""The words around a number that tell what it is: labels, months, units, ranges.

Data for the number classifier beside it, kept apart so that the logic fits
on a screen and the vocabulary can grow without touching it.
"""

from __future__ import annotations

#: Words after which a number names or labels something instead of counting it.
LABEL_WORDS = (
    "level", "phase", "round", "step", "stage", "tier", "wave", "sprint", "release", "version",
    "v", "page", "section", "chapter", "article", "art", "paragraph", "clause", "annex",
    "appendix", "figure", "fig", "table", "item", "no", "nr", "number", "question", "requirement",
    "priority", "grade", "class", "type", "model", "room", "hall", "gate", "booth", "building",
    "floor", "centre", "center", "region", "zone", "area", "line", "lane", "option", "pack",
    "series", "episode", "week", "day", "quarter", "q", "year", "fy", "bus", "platform",
    "terminal", "code", "error", "status", "port", "channel", "slot",
)  # fmt: skip

MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})  # fmt: skip
YEAR_CONTEXT = frozenset({
    "in", "since", "from", "until", "till", "by", "of", "before", "after", "during", "for", "end",
    "early", "mid", "late", "fiscal", "spring", "summer", "autumn", "fall", "winter",
})  # fmt: skip
# Names of a period a year follows: "Q1 2026", "H2 2027", "FY 2026", "CW 12 2026".
PERIOD_NAME = r"(?:q[1-4]|h[12]|t[1-3]|s[12]|fy|cw|kw|ytd)"
# Words that put a year beside another period: "compared with 2025", "2026 vs 2025".
YEAR_COMPARED = frozenset({"vs", "versus", "against"})
# Words that describe what a number counts without naming it: "5000 concurrent", "5 spent".
# Followed by a noun they are fine ("5000 concurrent users"); alone they leave the unit open.
NUMBER_ADJECTIVES = frozenset({
    "concurrent", "simultaneous", "parallel", "active", "new", "unique", "daily", "weekly",
    "monthly", "yearly", "annual", "total", "single", "separate", "different", "distinct",
    "returning", "paying", "existing", "current", "online", "open", "free", "valid", "invalid",
    "successful", "failed", "possible", "available", "more", "spent", "paid", "sold", "bought",
    "sent", "won", "lost", "made", "given", "taken", "left", "held", "kept", "read", "seen",
})  # fmt: skip
# A number on a scale counts points of that scale: "on a scale from 1 to 5", "a rating of 4".
SCALES = frozenset({"scale", "rating", "score", "grade"})
# A counter goes up or down in its own unit: "the counter decreases by 1".
COUNTERS = frozenset({"counter", "count", "total", "balance", "tally", "number"})
CURRENCIES = frozenset({
    "EUR", "USD", "GBP", "CHF", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "CAD", "AUD",
    "NZD", "CNY", "INR",
})  # fmt: skip
CURRENCY_SIGNS = "€$£¥"
TIMES_OF_DAY = frozenset({"am", "pm", "a.m.", "p.m.", "o'clock", "utc", "cet", "cest", "gmt"})

#: Words after a number that say nothing about what it counts.
FUNCTION_WORDS = frozenset({
    "and", "or", "nor", "but", "for", "in", "on", "at", "to", "of", "with", "without", "within",
    "per", "by", "from", "into", "onto", "after", "before", "until", "till", "than", "then", "so",
    "if", "when", "while", "where", "as", "is", "are", "was", "were", "be", "been", "shall",
    "must", "will", "should", "may", "can", "could", "would", "might", "the", "a", "an", "that",
    "which", "who", "this", "these", "those", "it", "its", "each", "every", "all", "any", "not",
    "plus", "minus", "via", "through", "over", "under", "up", "down", "off", "out", "during",
    "since", "among", "between", "across", "around", "about", "against", "beyond", "throughout",
    "despite", "once", "unless", "because", "whenever", "wherever", "whether",
})  # fmt: skip
# Between a number and its unit: "5 or more offers", "3 extra days".
MODIFIERS = frozenset({"more", "fewer", "less", "extra", "additional", "further"})
MODIFIER_PAIRS = frozenset(
    {("or", "more"), ("or", "fewer"), ("or", "less"), ("and", "more"), ("or", "above")}
)
# Words before a later number that take the unit of an earlier one: "from 5 steps to 3",
# "412,000 contacts in the CRM and 268,000 in the e-mail tool".
CARRIED = frozenset({"to", "than", "current", "of", "vs", "versus", "instead", "from", "and", "or"})
# Words joining two numbers of one range or count: "2 to 3", "8 of 10", "3 out of 5".
RANGE_LINKS = frozenset({"to", "and", "or", "of", "out", "-", "–", "—", "x", "by"})

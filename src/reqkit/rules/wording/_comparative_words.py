"""The word lists unreferenced-comparative (RK104) reads a statement with, kept apart from its logic.

Data only; `words` and `exceptions` are options a project can replace.
"""

from __future__ import annotations

#: Comparatives (ISO/IEC/IEEE 29148: "better than", "higher quality") and the
#: verbs of improvement that promise a comparison. "Increase", "reduce" and
#: their kin count only as the verb of a requirement with no "by" after them:
#: "reduce the balance by the points redeemed" describes a calculation.
COMPARATIVES = (
    "better",
    "faster",
    "quicker",
    "higher",
    "lower",
    "greater",
    "more",
    "less",
    "fewer",
    "larger",
    "bigger",
    "smaller",
    "shorter",
    "longer",
    "easier",
    "simpler",
    "cheaper",
    "clearer",
    "safer",
    "stronger",
    "smoother",
    "improve",
    "improves",
    "improved",
    "improvement",
    "improvements",
    "enhance",
    "enhances",
    "enhanced",
    "enhancement",
    "enhancements",
    # Participles of change count only before a noun ("reduced bounce rates"),
    # where they promise a comparison; "reduced by the points redeemed" is a calculation.
    "reduced",
    "increased",
    "decreased",
    "lowered",
    "raised",
    "boosted",
    "shortened",
    "heightened",
    "reduce",
    "increase",
    "decrease",
    "boost",
)

#: Verbs of change that compare only as the requirement's verb: "shall reduce the calls".
CHANGE_VERBS = frozenset({"reduce", "increase", "decrease", "boost"})

#: Words of the list that compare only when a noun follows them: "increased sales".
BEFORE_A_NOUN = frozenset({
    "reduced", "increased", "decreased", "lowered", "raised", "boosted", "shortened",
    "heightened",
})  # fmt: skip

#: Phrases with a listed word that compare with nothing and need nothing: fixed
#: terms, button labels, "or more" after the value it refers to, and the open
#: list endings that open-ended reports ("and much more").
FIXED_PHRASES = (
    "no longer",
    "any longer",
    "once more",
    "learn more",
    "read more",
    "load more",
    "find out more",
    "lower case",
    "lower-case",
    "higher education",
    "or more",
    "or less",
    "or fewer",
    "or higher",
    "or lower",
    "or better",
    "or greater",
    "or longer",
    "and more",
    "and much more",
    "and lots more",
    "and many more",
    "and higher",
    "and above",
    "reduced price",
    "reduced prices",
    "reduced rate",
    "reduced fare",
    "reduced fares",
    "reduced vat",
)

"""RK105 loophole: escape clauses such as "if possible" that make a requirement optional."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from reqkit.rules.base import WORDING
from reqkit.rules.text import CRITERIA, STATEMENTS
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists

#: Escape clauses (ISO/IEC/IEEE 29148 "loopholes"; INCOSE: no escape clauses).
LOOPHOLES = (
    "if possible",
    "where possible",
    "when possible",
    "whenever possible",
    "wherever possible",
    "as far as possible",
    "as much as possible",
    "to the extent possible",
    "to the extent practicable",
    "to the extent feasible",
    "as appropriate",
    "where appropriate",
    "when appropriate",
    "if appropriate",
    "as applicable",
    "where applicable",
    "when applicable",
    "if applicable",
    "if feasible",
    "where feasible",
    "when feasible",
    "if practical",
    "where practical",
    "if practicable",
    "where practicable",
    "if necessary",
    "where necessary",
    "when necessary",
    "as necessary",
    "if needed",
    "as needed",
    "where needed",
    "as required",
    "if required",
    "where required",
    "when required",
    "when convenient",
    "if convenient",
    "at your convenience",
    "if time permits",
    "time permitting",
    "budget permitting",
    "where available",
    "when available",
    "if available",
    "where relevant",
    "when relevant",
    "if relevant",
    "as relevant",
    "if at all possible",
    "as far as practicable",
    "optionally",
    "ideally",
    "preferably",
)

#: "As required by GDPR Art. 7" names what requires it; that is a reference, not an escape.
NAMED_REQUIREMENTS = ("as required by", "if required by", "where required by", "when required by")


@document_lists
class Loophole(TermRule):
    """Flags escape clauses such as "if possible", "as appropriate" or "where applicable".

    An escape clause hands the decision back to whoever builds the thing:
    "the page shall show prices in the visitor's currency if possible" is met
    whether or not it shows them. IT cannot estimate it, the tester cannot
    fail it, and the argument about what was meant starts at launch. Decide
    now: either it is required (drop the clause) or it is not (move it to a
    `could` requirement, or say exactly when it applies).

    "As required by" followed by what requires it ("as required by GDPR Art.
    7") is a reference, not a loophole. "Optional" as in "an optional phone
    number field" describes the visitor's choice precisely and is not listed;
    "optionally" is, since "the system shall optionally send a reminder"
    leaves open whether it is built.

    Bad: "The confirmation e-mail shall include the booth map if possible."
    Good: "The confirmation e-mail shall include the booth map as a PDF attachment."
    """

    code = "RK105"
    name = "loophole"
    friction = "F9"
    needs = ()
    levels = WORDING
    kinds = (STATEMENTS, CRITERIA)
    message = 'Escape clause "{term}": it lets the requirement be skipped'
    hint = (
        "Decide now: if it is required, delete the clause; if it applies only sometimes, say "
        'exactly when ("for visitors from the EU"); if it is a nice-to-have, make it a separate '
        "`could` requirement."
    )
    hints: ClassVar[Mapping[str, str]] = {
        "optionally": 'Say who chooses and what happens in each case, e.g. "The visitor shall '
        "be able to "
        'leave the phone number empty" or make it a separate `could` requirement.',
    }

    class Options(TermOptions):
        words: tuple[str, ...] = LOOPHOLES
        """The built-in list; setting it replaces the list entirely."""

        exceptions: tuple[str, ...] = NAMED_REQUIREMENTS
        """Longer phrases that contain a listed one but are fine as they are."""

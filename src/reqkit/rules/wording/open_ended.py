"""RK106 open-ended: "etc.", "including but not limited to" and other lists without an end."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from typing import ClassVar

from reqkit.model import Brief
from reqkit.rules.base import WORDING
from reqkit.rules.text import CRITERIA, GOALS, METRICS, STATEMENTS, TextField, prose
from reqkit.rules.wording._fields import budget_items, next_step_actions
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists

#: Open-ended, non-verifiable terms (ISO/IEC/IEEE 29148: "but not limited to",
#: "as a minimum", "provide support"; INCOSE: no "etc."). "Such as" is left
#: out: it usually introduces examples of a closed category ("a file format
#: such as PDF"); add it with `extend-words` if your briefs abuse it.
OPEN_ENDED = (
    "etc.",
    "etc",
    "et cetera",
    "and so on",
    "and so forth",
    "including but not limited to",
    "but not limited to",
    "not limited to",
    "not be limited to",
    "among others",
    "amongst others",
    "and the like",
    "and similar",
    "or similar",
    "and much more",
    "and lots more",
    "and any other",
    "or any other",
    "as a minimum",
    "at a minimum",
    "at minimum",
    "provide support",
    "provides support",
    "to name a few",
    "or whatever",
)


_SAY_WHAT = 'Say what the solution shall do, e.g. "shall import the CSV export of the scanner".'
_EXACT_SET = "Give the exact set that is required; list extras as separate `could` requirements."


@document_lists
class OpenEnded(TermRule):
    """Flags open-ended terms such as "etc.", "including but not limited to" or "provide support".

    IT estimates and tests a finite list. "Videos, recipes, reviews etc."
    leaves the rest of the list to be discovered during the build, where each
    discovery is a change request. "Provide support for" does not say what
    the solution shall do. Write the whole list, or say what decides
    whether something belongs in it.

    Checked in requirement statements, acceptance criteria, goal statements
    and metric names, and also in budget lines and next steps, where "video
    etc." leaves open what the money or the work is for.

    Bad: "Product pages shall show videos, recipes, reviews etc."
    Good: "Product pages shall show the product video, 3 recipes and the 5 latest reviews."
    """

    code = "RK106"
    name = "open-ended"
    friction = "F9"
    needs = ()
    levels = WORDING
    kinds = (STATEMENTS, CRITERIA, GOALS, METRICS)
    message = 'Open-ended "{term}": nobody can tell where the list ends'
    hint = "Write the complete list, or name the rule that decides what belongs in it."
    hints: ClassVar[Mapping[str, str]] = {
        "provide support": _SAY_WHAT,
        "provides support": _SAY_WHAT,
        "as a minimum": _EXACT_SET,
        "at a minimum": _EXACT_SET,
        "at minimum": _EXACT_SET,
    }

    class Options(TermOptions):
        words: tuple[str, ...] = OPEN_ENDED
        """The built-in list; setting it replaces the list entirely."""

    def fields(self, brief: Brief) -> Iterable[TextField]:
        return itertools.chain(
            prose(brief, self.kinds), budget_items(brief), next_step_actions(brief)
        )

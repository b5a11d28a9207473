"""RK502 duplicate-requirement: the same requirement written twice."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.phrases import quote
from reqkit.rules.scope.repeats import find_repeats


class DuplicateRequirement(Rule):
    """Flags a requirement whose statement repeats an earlier one, word for word or nearly.

    Requirements piled on from several meetings repeat each other. IT then
    estimates, builds and tests the same thing twice, or finds two versions
    that differ in a detail and has to ask which one is meant. Letter case,
    punctuation, "shall"/"must" and other filler words are ignored; "nearly"
    means that most words are shared (the `similarity` option) or that one
    statement only adds a single word to the other. Statements with different
    numbers, or where only one says "not", are never taken for repeats. Each
    repeat is reported once, at the later requirement, naming the earlier one.
    Briefs with tens of thousands of requirements are checked in well under a
    second: statements are looked up by their rarest words, never compared
    pair by pair.

    Bad: REQ-001 "The site shall be fast and user-friendly." REQ-002 "The site is user-friendly."
    Good: REQ-001 "Visitors shall book a demo slot." REQ-002 "Visitors shall cancel a demo slot."
    """

    code = "RK502"
    name = "duplicate-requirement"
    friction = "F5"
    needs = ("requirements",)
    levels = ADVISED_AT_HANDOFF

    class Options(RuleOptions):
        similarity: float = Field(default=0.8, gt=0, le=1)
        """How many of their words two statements must share to count as near-duplicates:
        shared words divided by all words of both, from 0 to 1 (1 = same words)."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: DuplicateRequirement.Options = context.options  # type: ignore[assignment]
        requirements = brief.requirements
        for repeat in find_repeats([r.statement for r in requirements], options.similarity):
            later, earlier = requirements[repeat.later], requirements[repeat.earlier]
            if repeat.exact:
                message = f"{later.id} repeats {earlier.id}: {quote(earlier.statement)}"
                hint = f"Delete {later.id}, or say what makes it different from {earlier.id}."
            else:
                message = f"{later.id} nearly repeats {earlier.id}: {quote(earlier.statement)}"
                hint = f"Merge {later.id} into {earlier.id}, or reword it to say how it differs."
            yield Finding(("requirements", repeat.later, "statement"), message, hint)

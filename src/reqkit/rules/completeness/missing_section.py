"""RK204 missing-section: sections IT needs at hand-off that are absent or empty."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import field_validator

from reqkit.docs import field_doc
from reqkit.model import Brief
from reqkit.rules.base import (
    NEEDED_AT_HANDOFF,
    WHOLE_BRIEF,
    Context,
    Finding,
    Rule,
    RuleOptions,
)
from reqkit.rules.completeness.substance import is_blank

#: What to say when a section is missing: why IT needs it, and what to write.
_ADVICE: dict[str, tuple[str, str]] = {
    "stakeholders": (
        "IT does not know who decides and whom to ask",
        "List the people on both sides, e.g. `stakeholders: [{name: Dana Fischer, side: marketing, "
        "liaison: true}, {name: Sam Okafor, side: it, liaison: true}]`.",
    ),
    "goals": (
        "nobody can say what the work is for or whether it succeeded",
        "Add what each party wants, each with a metric, e.g. `goals: [{id: G1, statement: Raise "
        "qualified leads from the show from 180 to 300}]`.",
    ),
    "constraints": (
        "IT cannot tell which limits of time, money, people, technology or law "
        "the solution must respect",
        "Add the limits everyone works within, e.g. `constraints: [{kind: time, statement: No "
        "releases during the December code freeze, party: it}]`.",
    ),
    "budget": (
        "IT cannot tell whether to plan a small change or a project",
        "Say what it may cost and who holds the money, e.g. `budget: {total: 48000 EUR, "
        "owner: Dana Fischer}`.",
    ),
    "timeline": (
        "IT cannot tell when the work is due, nor plan hand-off, test and launch",
        "Add dated milestones, e.g. `timeline: {milestones: [{name: Microsite live, "
        "date: 2027-02-23, kind: launch}]}`.",
    ),
}

#: Sections that other rules report when empty, so listing them here would say it twice.
_REPORTED_ELSEWHERE = {"requirements": "no-requirements (RK206)", "initiative": "the schema"}

DEFAULT_SECTIONS = ("goals", "constraints", "budget", "timeline")


class MissingSectionOptions(RuleOptions):
    """Which sections a brief must have at hand-off."""

    sections: tuple[str, ...] = DEFAULT_SECTIONS
    """Top-level sections that must be present and not empty, by their key in the brief."""

    @field_validator("sections")
    @classmethod
    def _known_sections(cls, sections: tuple[str, ...]) -> tuple[str, ...]:
        for section in sections:
            if section in _REPORTED_ELSEWHERE:
                raise ValueError(f"{section} is checked by {_REPORTED_ELSEWHERE[section]}")
            if section not in Brief.model_fields:
                valid = ", ".join(s for s in Brief.model_fields if s not in _REPORTED_ELSEWHERE)
                raise ValueError(f'"{section}" is not a section of a brief; sections are {valid}')
        return sections


class MissingSection(Rule):
    """Flags missing or empty sections that IT needs at hand-off, such as goals or budget.

    Marketing knows why and by when; IT needs to know it too before it can
    scope anything. A brief without goals, limits, money or dates is an idea,
    not a request, and IT will send it back with the same questions every
    time. By default the rule asks for goals, constraints, budget and
    timeline; in a draft it only takes notes. Stakeholders are not in the
    default list because no-it-stakeholder already reports a brief without
    them, and requirements belong to no-requirements.

    Bad: (no budget section)
    Good: budget: {total: 48000 EUR, owner: Dana Fischer}
    """

    code = "RK204"
    name = "missing-section"
    friction = "F1"
    levels = NEEDED_AT_HANDOFF
    Options = MissingSectionOptions
    needs = WHOLE_BRIEF  # without options; with them, the sections it is asked to find

    def needed(self, options: RuleOptions) -> tuple[str, ...]:
        return tuple(options.sections)  # type: ignore[attr-defined]

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for section in context.options.sections:  # type: ignore[attr-defined]
            if is_blank(getattr(brief, section)):
                yield _missing(section)


def _missing(section: str) -> Finding:
    label = section.replace("_", " ")
    why, hint = _ADVICE.get(section, ("", ""))
    if not why:
        description = " ".join(field_doc(Brief, section).split())
        why = "IT will send the brief back asking for this section"
        hint = f"Add the {label} section: {description}"
    return Finding((section,), f"The brief has no {label}, so {why}", hint, on_key=True)

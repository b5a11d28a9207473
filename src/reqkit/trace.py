"""Which requirements serve which goals: the traceability of a brief, worked out once.

The lint rules that report gaps (a goal nothing serves, a requirement that
serves no goal) and the rendered document's traceability tables read the
same figures from here, so the document and ``reqkit lint`` cannot disagree
about who serves what.

A requirement marked ``wont`` is not going to be built: it serves no goal,
and it is not asked to name one. A goal of IT's own (``party: it``, such as
"no weekend releases") is about how the work is done, so no requirement is
expected to serve it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reqkit.model import Brief, Goal, Requirement


def is_planned(requirement: Requirement) -> bool:
    """Whether a requirement is meant to be built (anything but ``wont``)."""
    return requirement.priority != "wont"


def expects_service(goal: Goal) -> bool:
    """Whether some requirement is expected to serve the goal (IT's own goals are not)."""
    return goal.party != "it"


@dataclass(frozen=True)
class Trace:
    """Goals and requirements linked both ways, in the order the brief lists them."""

    serving: dict[str, tuple[str, ...]]
    """Goal id -> ids of every requirement naming it, ``wont`` ones included."""
    served_by_plan: frozenset[str]
    """Ids of the goals that at least one planned requirement names."""
    needed_by: dict[str, tuple[str, ...]]
    """Requirement id -> ids of the requirements that depend on it."""
    unserved_goals: tuple[int, ...]
    """Indices of the goals expecting service that no planned requirement names."""
    untraced_requirements: tuple[int, ...]
    """Indices of the planned requirements that name no goal."""
    tracing: bool
    """Whether any planned requirement names a goal at all."""


def trace(brief: Brief) -> Trace:
    """Link goals and requirements; linear in the size of the brief."""
    serving: dict[str, list[str]] = defaultdict(list)
    planned_serving: set[str] = set()
    needed_by: dict[str, list[str]] = defaultdict(list)
    untraced: list[int] = []
    for index, requirement in enumerate(brief.requirements):
        planned = is_planned(requirement)
        for goal in requirement.goals:
            serving[goal].append(requirement.id)
            if planned:
                planned_serving.add(goal)
        for dependency in requirement.depends_on:
            needed_by[dependency].append(requirement.id)
        if planned and not requirement.goals:
            untraced.append(index)
    unserved = tuple(
        index
        for index, goal in enumerate(brief.goals)
        if expects_service(goal) and goal.id not in planned_serving
    )
    return Trace(
        serving={goal: tuple(ids) for goal, ids in serving.items()},
        served_by_plan=frozenset(planned_serving),
        needed_by={req: tuple(ids) for req, ids in needed_by.items()},
        unserved_goals=unserved,
        untraced_requirements=tuple(untraced),
        tracing=bool(planned_serving),
    )

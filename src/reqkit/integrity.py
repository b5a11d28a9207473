"""Checks that span sections: unique ids and references that resolve.

They read the plain data rather than the validated model, so that a brief with
a typo in one field still gets its broken references reported in the same run.
Anything of the wrong shape is skipped here; the schema reports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from reqkit.positions import Path, Problem, SourceMap
from reqkit.suggest import closest

_ID_SECTIONS = ("requirements", "goals", "open_questions", "risks")
_RACI_ROLES = ("responsible", "accountable", "consulted", "informed")


def check_integrity(data: Any, source: SourceMap) -> list[Problem]:
    """Duplicate ids, unknown references and dependency cycles, in document order."""
    if not isinstance(data, dict):
        return []
    problems: list[Problem] = []
    for section in _ID_SECTIONS:
        problems.extend(_duplicates(_items(data, section, "id"), "id", source))
    problems.extend(_duplicates(_items(data, "stakeholders", "name"), "person", source))

    goal_ids = {value for _, value in _items(data, "goals", "id")}
    requirement_ids = {value for _, value in _items(data, "requirements", "id")}
    people = {value for _, value in _items(data, "stakeholders", "name")}

    for index, requirement in _entries(data, "requirements"):
        base: Path = ("requirements", index)
        problems.extend(_unknown(requirement, base, "goals", goal_ids, "goal", source))
        problems.extend(
            _unknown(requirement, base, "depends_on", requirement_ids, "requirement", source)
        )
    for index, change in _entries(data, "changes"):
        problems.extend(
            _unknown(
                change, ("changes", index), "requirements", requirement_ids, "requirement", source
            )
        )
    for index, entry in _entries(data, "raci"):
        for role in _RACI_ROLES:
            problems.extend(_unknown(entry, ("raci", index), role, people, "person", source))
    for index, approval in _entries(data, "approvals"):
        name = approval.get("name")
        if isinstance(name, str) and name.strip() and name not in people:
            path = ("approvals", index, "name")
            problems.append(_unknown_problem(name, path, people, "person", source))
    problems.extend(_cycles(data, source))
    return sorted(problems, key=lambda p: p.span.start)


def _entries(data: dict[str, Any], section: str) -> Iterator[tuple[int, dict[str, Any]]]:
    items = data.get(section)
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, dict):
                yield index, item


def _items(data: dict[str, Any], section: str, key: str) -> Iterator[tuple[Path, str]]:
    for index, item in _entries(data, section):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            yield (section, index, key), value


def _duplicates(
    items: Iterable[tuple[Path, str]], what: str, source: SourceMap
) -> Iterator[Problem]:
    first_seen: dict[str, Path] = {}
    for path, value in items:
        if value in first_seen:
            first_line = source.nearest(first_seen[value])[1].line
            noun = "person" if what == "person" else f"{path[0]} id"
            yield Problem(
                "RK014",
                source.nearest(path)[1],
                f'The {noun} "{value}" is used twice (first on line {first_line})',
                "Give each item its own id; other sections refer to items by id."
                if what == "id"
                else "List each person once; other sections refer to people by name.",
                path,
            )
        else:
            first_seen[value] = path


def _unknown(
    item: dict[str, Any], base: Path, key: str, known: set[str], what: str, source: SourceMap
) -> Iterator[Problem]:
    values = item.get(key)
    if not isinstance(values, list):
        return
    for index, value in enumerate(values):
        if isinstance(value, str) and value not in known:
            yield _unknown_problem(value, (*base, key, index), known, what, source)


def _unknown_problem(
    value: str, path: Path, known: set[str], what: str, source: SourceMap
) -> Problem:
    section = {"goal": "goals", "requirement": "requirements", "person": "stakeholders"}[what]
    close = closest(value, sorted(known))
    if close:
        hint = f'Did you mean "{close}"?'
    elif what == "person":
        hint = f'Add "{value}" to stakeholders, with their side and role.'
    else:
        hint = f"Use the id of one of the {section}, or add the {what} it refers to."
    noun = "person" if what == "person" else f"{what} id"
    return Problem(
        "RK015",
        source.nearest(path)[1],
        f'The {noun} "{value}" is not defined in {section}',
        hint,
        path,
    )


def _cycles(data: dict[str, Any], source: SourceMap) -> Iterator[Problem]:
    """Report each requirement that depends on itself, directly or through others."""
    graph: dict[str, list[str]] = {}
    where: dict[str, Path] = {}
    for index, item in _entries(data, "requirements"):
        rid, deps = item.get("id"), item.get("depends_on")
        if isinstance(rid, str) and rid not in graph:
            graph[rid] = [d for d in deps if isinstance(d, str)] if isinstance(deps, list) else []
            where[rid] = ("requirements", index, "depends_on")
    reported: set[str] = set()
    for cycle in _find_cycles(graph):
        if reported.isdisjoint(cycle):
            reported.update(cycle)
            ring = " → ".join([*cycle, cycle[0]])
            yield Problem(
                "RK016",
                source.nearest(where[cycle[0]])[1],
                f"Requirements depend on each other in a circle: {ring}",
                "Remove one of the dependencies so that some requirement can be done first.",
                where[cycle[0]],
            )


def _find_cycles(graph: dict[str, list[str]]) -> Iterator[list[str]]:
    """Cycles found by an iterative depth-first search: linear in the size of the graph."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for start in graph:
        if start in state:
            continue
        path: list[str] = []
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(graph[start]))]
        state[start] = 1
        path.append(start)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif child in graph and state.get(child) == 1:
                yield path[path.index(child) :]
            elif child in graph and child not in state:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(graph[child])))

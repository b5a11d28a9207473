"""What a SARIF log says about each rule: the text code scanning shows beside an alert.

The rule catalogue is imported only when a SARIF report is written, so the
other formats never load every rule module. The log describes only the rules
that produced a result, which keeps it small and its content independent of
rules nobody met.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from reqkit.diagnostics import Severity

if TYPE_CHECKING:
    from reqkit.rules.base import Levels, Rule
    from reqkit.schema_checks import SchemaCheck

#: reqkit's severities as SARIF levels.
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

Descriptor = dict[str, Any]


def rule_descriptors(
    used: Iterable[tuple[str, str]], docs_url: str | None = None
) -> list[Descriptor]:
    """One descriptor per (code, name) that results refer to, in code order.

    With ``docs_url``, each documented rule links to its anchor there
    (``docs_url#rk101``), as the README's rules tables provide.
    """
    rules, checks = catalogue()
    names = dict(used)
    descriptors = []
    for code in sorted(names):
        if code in rules:
            descriptor = _rule(rules[code])
        elif code in checks:
            descriptor = _check(checks[code])
        else:
            descriptors.append(_unknown(code, names[code]))
            continue
        if docs_url:
            descriptor["helpUri"] = help_uri(docs_url, code)
        descriptors.append(descriptor)
    return descriptors


def help_uri(docs_url: str, code: str) -> str:
    """The address of one rule's documentation: its anchor in the README's rules table."""
    return f"{docs_url}#{code.lower()}"


def catalogue() -> tuple[Mapping[str, Rule], Mapping[str, SchemaCheck]]:
    """Every documented code: the lint rules and the built-in checks."""
    from reqkit.rules import BY_CODE as RULES
    from reqkit.schema_checks import BY_CODE as CHECKS

    return RULES, CHECKS


def default_level(levels: Levels) -> str:
    """The level at hand-off, the stage at which IT reads a brief and the one CI usually checks.

    A rule switched off at hand-off takes its level at approval, then in a
    draft; a rule that is never on is ``none``.
    """
    for stage in ("handoff", "approved", "draft"):
        level = levels.at(stage)  # type: ignore[arg-type]
        if level is not None:
            return LEVELS[level]
    return "none"


def _rule(rule: Rule) -> Descriptor:
    from reqkit.rules import FAMILIES
    from reqkit.rules.base import FRICTION_SOURCES

    documentation = rule.documentation()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": _description(documentation)},
        "help": {"text": documentation},
        "defaultConfiguration": {"level": default_level(rule.levels)},
        "properties": {
            "tags": [
                FAMILIES[rule.code[2]][1] if rule.code[2] in FAMILIES else "lint rule",
                rule.friction,
            ],
            "friction": rule.friction,
            "frictionSource": FRICTION_SOURCES.get(rule.friction, ""),
            "severityByStage": _by_stage(rule.levels),
        },
    }


def _description(documentation: str) -> str:
    """What the rule flags and why it matters: the documentation before its examples."""
    paragraphs = []
    for paragraph in documentation.split("\n\n"):
        if paragraph.lstrip().startswith(("Bad:", "Good:")):
            break
        paragraphs.append(" ".join(paragraph.split()))
    return "\n\n".join(paragraphs)


def _by_stage(levels: Levels) -> dict[str, str]:
    return {
        stage: (level.value if (level := levels.at(stage)) else "off")  # type: ignore[arg-type]
        for stage in ("draft", "handoff", "approved")
    }


def _check(check: SchemaCheck) -> Descriptor:
    return {
        "id": check.code,
        "name": check.name,
        "shortDescription": {"text": check.summary},
        "fullDescription": {"text": check.summary},
        "help": {"text": f"{check.summary}\n\nBuilt-in check, always on."},
        "defaultConfiguration": {"level": LEVELS[check.severity]},
        "properties": {"tags": ["built-in"]},
    }


def _unknown(code: str, name: str) -> Descriptor:
    """A code reqkit has no documentation for, described by its name alone."""
    return {"id": code, "name": name, "shortDescription": {"text": f"{code} {name}"}}

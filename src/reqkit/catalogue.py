"""Documentation of every code reqkit can report, for ``reqkit rules``.

Rules document themselves (docstring, options, levels); this module lays
that out as a table, as JSON, or as the full explanation of one rule.
"""

from __future__ import annotations

import json
from typing import Any

from reqkit.config import did_you_mean, kebab
from reqkit.errors import UsageError
from reqkit.rules import ALL_RULES, BY_NAME, FAMILIES, find_rule
from reqkit.rules.base import FRICTION_SOURCES, Rule
from reqkit.schema_checks import BY_CODE as CHECKS_BY_CODE
from reqkit.schema_checks import SCHEMA_CHECKS, SchemaCheck

_STAGES = ("draft", "handoff", "approved")


def rule_records() -> list[dict[str, Any]]:
    """One record per code: built-in checks first, then the lint rules."""
    records: list[dict[str, Any]] = [
        {
            "code": check.code,
            "name": check.name,
            "family": "built-in",
            "friction": None,
            "severity": {stage: check.severity.value for stage in _STAGES},
            "summary": check.summary,
            "options": {},
        }
        for check in SCHEMA_CHECKS
    ]
    for rule in ALL_RULES:
        records.append(
            {
                "code": rule.code,
                "name": rule.name,
                "family": FAMILIES[rule.code[2]][1],
                "friction": rule.friction,
                "severity": {
                    stage: (level.value if (level := rule.levels.at(stage)) else "off")  # type: ignore[arg-type]
                    for stage in _STAGES
                },
                "summary": rule.summary(),
                "options": _options(rule),
            }
        )
    return records


def _options(rule: Rule) -> dict[str, dict[str, Any]]:
    options = {}
    for name, info in rule.Options.model_fields.items():
        default = info.get_default(call_default_factory=True)
        options[kebab(name)] = {
            "default": list(default) if isinstance(default, tuple) else default,
            "description": " ".join((info.description or "").split()),
        }
    return options


def rules_json() -> str:
    return json.dumps({"version": 1, "rules": rule_records()}, indent=2, ensure_ascii=False) + "\n"


def rules_table() -> list[tuple[str, str, str, str, str]]:
    """(code, name, friction, severity by stage, summary) rows for the table."""
    rows = []
    for record in rule_records():
        levels = record["severity"]
        severity = "/".join(_short(levels[stage]) for stage in _STAGES)
        rows.append((record["code"], record["name"], record["friction"] or "", severity, record["summary"]))
    return rows


def _short(level: str) -> str:
    return {"error": "E", "warning": "W", "info": "I", "off": "-"}[level]


def explain(selector: str) -> str:
    """The full documentation of one rule or built-in check, as plain text."""
    rule = find_rule(selector)
    if rule is not None:
        return _explain_rule(rule)
    check = CHECKS_BY_CODE.get(selector.upper()) or next(
        (c for c in SCHEMA_CHECKS if c.name == selector.lower()), None
    )
    if check is not None:
        return _explain_check(check)
    names = [*BY_NAME, *(c.name for c in SCHEMA_CHECKS)]
    raise UsageError(
        f'unknown rule "{selector}"',
        did_you_mean(selector.lower(), names) + "`reqkit rules` lists every rule.",
    )


def _explain_rule(rule: Rule) -> str:
    lines = [
        f"{rule.code} {rule.name}",
        "",
        f"Friction source: {rule.friction} ({FRICTION_SOURCES[rule.friction]})",
        f"Severity by stage: {rule.levels.describe()}",
        "",
        rule.documentation(),
    ]
    options = _options(rule)
    if options:
        lines += ["", "Options (in a config file, under [rules." + rule.name + "]):"]
        for name, option in options.items():
            default = option["default"]
            shown = "[the built-in list above]" if isinstance(default, list) and len(default) > 8 else json.dumps(default)
            lines.append(f"  {name} = {shown}")
            if option["description"]:
                lines.append(f"      {option['description']}")
    lines += ["", f"Silence one line with  # reqkit: ignore[{rule.code}]", ""]
    return "\n".join(lines)


def _explain_check(check: SchemaCheck) -> str:
    return "\n".join(
        [
            f"{check.code} {check.name}",
            "",
            f"Built-in check, always on, severity {check.severity.value}.",
            "",
            check.summary,
            "",
        ]
    )

"""Documentation of every code reqkit can report, for ``reqkit rules``.

Rules document themselves (docstring, options, levels); this module lays
that out as a table, as JSON, or as the full explanation of one rule.
"""

from __future__ import annotations

import json
from typing import Any

from reqkit.config import did_you_mean, kebab
from reqkit.docs import field_doc
from reqkit.errors import UsageError
from reqkit.fixes.codes import fix_description, fix_label
from reqkit.rules import ALL_RULES, BY_NAME, FAMILIES, find_rule, matching_rules
from reqkit.rules.base import FRICTION_SOURCES, Rule
from reqkit.schema_checks import BY_CODE as CHECKS_BY_CODE
from reqkit.schema_checks import SCHEMA_CHECKS, SchemaCheck

_STAGES = ("draft", "handoff", "approved")


def rule_records(codes: frozenset[str] | None = None) -> list[dict[str, Any]]:
    """One record per code: built-in checks first, then the lint rules.

    ``codes`` keeps only those codes (a family chosen by prefix); None keeps all.
    """
    records = [r for r in _all_records() if codes is None or r["code"] in codes]
    return records


def _all_records() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = [
        {
            "code": check.code,
            "name": check.name,
            "family": "built-in",
            "friction": None,
            "severity": {stage: check.severity.value for stage in _STAGES},
            "summary": check.summary,
            "options": {},
            "fix": fix_label(check.code),
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
                "fix": fix_label(rule.code),
            }
        )
    return records


def _options(rule: Rule) -> dict[str, dict[str, Any]]:
    options = {}
    for name, default in rule.Options.defaults().items():
        options[kebab(name)] = {
            "default": list(default) if isinstance(default, tuple) else default,
            "description": " ".join(field_doc(rule.Options, name).split()),
        }
    return options


def family_codes(selector: str) -> frozenset[str] | None:
    """The codes a prefix such as ``RK9`` or ``rk01`` names, as ``--select`` reads it.

    None when ``selector`` is not a prefix (an exact code or name, or a typo):
    the caller then explains one rule or says what is unknown.
    """
    if find_rule(selector) is not None or _find_check(selector) is not None:
        return None
    codes = {rule.code for rule in matching_rules(selector)}
    prefix = selector.upper()
    if prefix.startswith("RK") and prefix[2:].isdigit() and len(prefix) < 5:
        codes |= {check.code for check in SCHEMA_CHECKS if check.code.startswith(prefix)}
    return frozenset(codes) or None


def rules_json(codes: frozenset[str] | None = None) -> str:
    records = rule_records(codes)
    return json.dumps({"version": 1, "rules": records}, indent=2, ensure_ascii=False) + "\n"


def rules_table(codes: frozenset[str] | None = None) -> list[tuple[str, str, str, str, str]]:
    """(code, name, friction, severity by stage, summary) rows for the table."""
    rows = []
    for record in rule_records(codes):
        levels = record["severity"]
        severity = "/".join(_short(levels[stage]) for stage in _STAGES)
        rows.append(
            (record["code"], record["name"], record["friction"] or "", severity, record["summary"])
        )
    return rows


def _short(level: str) -> str:
    return {"error": "E", "warning": "W", "info": "I", "off": "-"}[level]


def explain(selector: str) -> str:
    """The full documentation of one rule or built-in check, as plain text."""
    rule = find_rule(selector)
    if rule is not None:
        return _explain_rule(rule)
    check = _find_check(selector)
    if check is not None:
        return _explain_check(check)
    names = [*BY_NAME, *(c.name for c in SCHEMA_CHECKS)]
    raise UsageError(
        f'unknown rule "{selector}"',
        did_you_mean(selector.lower(), names)
        + "Name a rule by code (RK101) or name (vague-term), or a family by a code prefix "
        "(RK1); `reqkit rules` lists every rule.",
    )


def _find_check(selector: str) -> SchemaCheck | None:
    return CHECKS_BY_CODE.get(selector.upper()) or next(
        (c for c in SCHEMA_CHECKS if c.name == selector.lower()), None
    )


def _explain_rule(rule: Rule) -> str:
    lines = [
        f"{rule.code} {rule.name}",
        "",
        f"Friction source: {rule.friction} ({FRICTION_SOURCES[rule.friction]})",
        f"Severity by stage: {rule.levels.describe()}",
        *_fix_lines(rule.code),
        "",
        rule.documentation(),
    ]
    options = _options(rule)
    if options:
        lines += ["", "Options (in a config file, under [rules." + rule.name + "]):"]
        for name, option in options.items():
            default = option["default"]
            shown = (
                "[the built-in list above]"
                if isinstance(default, list) and len(default) > 8
                else json.dumps(default)
            )
            lines.append(f"  {name} = {shown}")
            if option["description"]:
                lines.append(f"      {option['description']}")
    needs = rule.needed(rule.Options())
    if needs:
        parts = "the whole brief" if "*" in needs else ", ".join(needs)
        lines += ["", f"Needs, free of schema errors: {parts} (the rule is skipped otherwise)"]
    lines += ["", f"Silence one line with  # reqkit: ignore[{rule.code}]", ""]
    return "\n".join(lines)


def _explain_check(check: SchemaCheck) -> str:
    return "\n".join(
        [
            f"{check.code} {check.name}",
            "",
            f"Built-in check, always on, severity {check.severity.value}.",
            *_fix_lines(check.code),
            "",
            check.summary,
            "",
        ]
    )


def _fix_lines(code: str) -> list[str]:
    """``Fix: safe: ...`` lines for a code whose findings ``--fix`` repairs."""
    described = fix_description(code)
    return described.splitlines() if described else []


RULES_START = "<!-- rules:start (generated by reqkit from the rule docstrings) -->"
RULES_END = "<!-- rules:end -->"


def rules_markdown() -> str:
    """The rules as a Markdown table, for the README."""
    lines = [
        "| code | name | friction | draft / handoff / approved | fix | what it flags |",
        "|---|---|---|---|---|---|",
    ]
    for record in rule_records():
        if record["family"] == "built-in":
            continue
        levels = " / ".join(record["severity"].values())
        summary = record["summary"].replace("|", "\\|")
        # The anchor is what SARIF's helpUri points at (docs-url#rk101).
        anchor = f'<a id="{str(record["code"]).lower()}"></a>'
        lines.append(
            f"| {anchor}{record['code']} | {record['name']} | {record['friction']} | {levels} "
            f"| {record['fix'] or ''} | {summary} |"
        )
    return "\n".join(lines) + "\n"


def replace_rules_table(readme: str) -> str:
    """``readme`` with the generated rules table between its marks."""
    start = readme.index(RULES_START) + len(RULES_START)
    end = readme.index(RULES_END)
    return readme[:start] + "\n\n" + rules_markdown() + "\n" + readme[end:]


def rules_table_text(color: bool = False, codes: frozenset[str] | None = None) -> str:
    """The ``reqkit rules`` table: aligned plain text, or a rich table on a terminal."""
    rows = rules_table(codes)
    header = ("code", "name", "friction", "draft/handoff/approved", "what it checks")
    if not color:
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
        lines = [
            "  ".join(cell.ljust(w) for cell, w in zip(row[:4], widths, strict=True))
            + "  "
            + row[4]
            for row in [header, *rows]
        ]
        legend = "\nSeverity: E error, W warning, I info, - not checked. `reqkit rules NAME` explains one."
        return "\n".join(lines) + "\n" + legend + "\n"
    from rich.console import Console
    from rich.table import Table

    table = Table(*header, caption="E error, W warning, I info, - not checked")
    for row in rows:
        table.add_row(*row)
    console = Console(force_terminal=True)
    with console.capture() as capture:
        console.print(table)
    return capture.get()

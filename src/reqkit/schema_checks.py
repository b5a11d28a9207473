"""The built-in checks that make a file a brief at all, with their stable codes.

These run before any lint rule and are always on: a brief that fails one of
the errors is invalid (exit status 1). The waiver checks (RK02x) watch the
waivers themselves. They are listed by ``reqkit rules`` beside the lint rules
so that every code a user can meet is explained in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from reqkit.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class SchemaCheck:
    """A code the loader can report, with what it means in plain words."""

    code: str
    name: str
    summary: str
    severity: Severity = Severity.ERROR


SCHEMA_CHECKS: tuple[SchemaCheck, ...] = (
    SchemaCheck("RK001", "yaml-syntax", "The file is not valid YAML at this point."),
    SchemaCheck("RK002", "duplicate-key", "The same key appears twice in one section."),
    SchemaCheck(
        "RK003",
        "not-a-brief",
        "The file is empty, holds several YAML documents, or is not a group of fields.",
    ),
    SchemaCheck(
        "RK004",
        "too-complex",
        "The YAML is nested too deeply or its aliases expand to too much data.",
    ),
    SchemaCheck(
        "RK005",
        "unsupported-yaml",
        "A YAML feature a brief does not use: tags, lists as keys, a bad merge key.",
    ),
    SchemaCheck(
        "RK009",
        "internal-error",
        "reqkit itself failed while checking the file (a bug in reqkit; please report it).",
    ),
    SchemaCheck("RK010", "unknown-key", "A key the brief format does not define (often a typo)."),
    SchemaCheck("RK011", "missing-field", "A required field is missing or left empty."),
    SchemaCheck(
        "RK012",
        "wrong-type",
        "A value of the wrong kind: text where a number is needed, a list where text is.",
    ),
    SchemaCheck(
        "RK013",
        "invalid-value",
        "A value outside what the field accepts: an unknown choice, an impossible date.",
    ),
    SchemaCheck("RK014", "duplicate-id", "Two items share an id, or a person is listed twice."),
    SchemaCheck(
        "RK015",
        "unknown-reference",
        "A reference to a goal, requirement or person that the brief does not define.",
    ),
    SchemaCheck("RK016", "dependency-cycle", "Requirements that depend on each other in a circle."),
    SchemaCheck(
        "RK020",
        "unused-waiver",
        "A waiver or ignore comment that silences nothing; remove it.",
        Severity.WARNING,
    ),
    SchemaCheck(
        "RK021", "unknown-rule", "A waiver or ignore comment names a rule that does not exist."
    ),
)

BY_CODE: dict[str, SchemaCheck] = {check.code: check for check in SCHEMA_CHECKS}

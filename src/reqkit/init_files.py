"""The files ``reqkit init`` writes into a docs repository, as text.

A commented config file with every default spelled out, a first brief, the
JSON Schema that editors use for completion, a GitHub Actions workflow and a
pre-commit config. The workflow and the pre-commit config install reqkit the
way ``--install`` says (see :mod:`reqkit.distribution`), so that a fresh
repository passes its own checks without anything installed by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reqkit import __version__
from reqkit.distribution import Install
from reqkit.fsio import GENERATED_MARK
from reqkit.jsonschema_export import brief_json_schema_text
from reqkit.resources import builtin_templates
from reqkit.scaffold import SCHEMA_FILE, Answers, render_brief

CONFIG = Path(".reqkit.toml")
BRIEFS = Path("briefs")
FIRST_BRIEF = BRIEFS / "first-brief.yaml"
RENDERED = Path("docs") / "briefs"
WORKFLOW = Path(".github") / "workflows" / "reqkit.yml"
PRE_COMMIT = Path(".pre-commit-config.yaml")

#: The hook this repository offers in .pre-commit-hooks.yaml; a local hook
#: in a generated config repeats it (a test keeps the two the same).
HOOK = {
    "id": "reqkit-lint",
    "name": "reqkit lint",
    "entry": "reqkit lint --only-briefs",
    "types": ["yaml"],
}

#: The longest line yamllint's default rules accept.
MAX_LINE = 80

_PLAIN = re.compile(r"[A-Za-z0-9_./@+=~-][A-Za-z0-9_./@:+=~-]*")


def planned_files(day: dt.date, install: Install) -> dict[Path, Callable[[], str]]:
    """Each file init writes, relative to the repository, with what makes its text."""
    return {
        CONFIG: lambda: _template("reqkit.toml.j2", rules=_rule_settings()),
        FIRST_BRIEF: lambda: render_brief(
            Answers(title="First brief", kind="campaign"), day, FIRST_BRIEF, f"../{SCHEMA_FILE}"
        ),
        Path(SCHEMA_FILE): brief_json_schema_text,
        WORKFLOW: lambda: _template("reqkit.yml.j2", install=install),
        PRE_COMMIT: lambda: _template("pre-commit-config.yaml.j2", install=install, hook=HOOK),
    }


def how_it_installs(install: Install) -> list[str]:
    """Plain sentences saying how the workflow and pre-commit get reqkit."""
    if install.action:
        workflow = f"The workflow runs reqkit's own action, {install.action}."
    else:
        workflow = f"The workflow installs reqkit with: pip install {install.requirement}"
    if install.kind == "git":
        hook = f"pre-commit runs the reqkit-lint hook of {install.repository} at {install.rev}."
    elif install.kind == "path":
        hook = (
            "pre-commit runs the reqkit on your PATH (language: system); "
            f"install it first with: pip install {install.requirement}"
        )
    else:
        hook = f"pre-commit installs {install.requirement} in an environment of its own."
    return [workflow, hook]


def yaml_scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when that reads back the same, else quoted."""
    if _PLAIN.fullmatch(value) and not value.endswith(":"):
        return value
    return json.dumps(value)  # a JSON string is a YAML double-quoted scalar


def yaml_value(value: str, column: int, indent: int) -> str:
    """A scalar that starts at ``column``, folded onto its own line when too long.

    yamllint (80 columns by default) accepts a long line that is one word, so
    a long URL goes alone on the next line, indented by ``indent``.
    """
    text = yaml_scalar(value)
    if column + len(text) <= MAX_LINE or text != value:
        return text
    return ">-\n" + " " * indent + value


def _template(name: str, **values: Any) -> str:
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment(
        loader=FileSystemLoader(str(builtin_templates() / "scaffold" / "init")),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["yaml"] = yaml_scalar
    environment.filters["yaml_value"] = yaml_value
    return environment.get_template(name).render(
        mark=GENERATED_MARK + " init", version=__version__, **values
    )


def _rule_settings() -> list[dict[str, Any]]:
    from reqkit.catalogue import rule_records

    rules = []
    for record in rule_records():
        if record["family"] == "built-in":
            continue
        options = [
            f"{name} = {json.dumps(option['default'])}"
            for name, option in record["options"].items()
        ]
        rules.append(
            {
                "code": record["code"],
                "name": record["name"],
                "summary": record["summary"],
                "severity": ", ".join(
                    f"{stage} {level}" for stage, level in record["severity"].items()
                ),
                "options": options,
            }
        )
    return rules

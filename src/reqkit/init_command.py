"""What ``reqkit init`` does: prepare a docs repository for briefs.

It writes a commented config file with every default spelled out, a first
brief, a GitHub Actions workflow and a pre-commit hook, plus the JSON Schema
that editors use for completion. A file that already exists is never
touched; it is listed so the user can compare it with what init would write.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, TextIO

from reqkit import __version__
from reqkit.errors import UsageError
from reqkit.fsio import GENERATED_MARK, make_folder, write_atomic
from reqkit.jsonschema_export import brief_json_schema_text
from reqkit.resources import builtin_templates
from reqkit.scaffold import SCHEMA_FILE, Answers, render_brief

FIRST_BRIEF = Path("briefs") / "first-brief.yaml"


def run_init(folder: Path, out: TextIO, today: dt.date | None = None) -> list[Path]:
    """Write the files of a docs repository into ``folder``; returns those written."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(
            f"{folder} is a file, not a folder", "Name the repository folder to prepare."
        )
    make_folder(folder)
    day = today or dt.date.today()
    planned = {
        Path(".reqkit.toml"): lambda: _template("reqkit.toml.j2", rules=_rule_settings()),
        FIRST_BRIEF: lambda: render_brief(
            Answers(title="First brief", kind="campaign"), day, FIRST_BRIEF, f"../{SCHEMA_FILE}"
        ),
        Path(SCHEMA_FILE): brief_json_schema_text,
        Path(".github/workflows/reqkit.yml"): lambda: _template("reqkit.yml.j2"),
        Path(".pre-commit-config.yaml"): lambda: _template("pre-commit-config.yaml.j2"),
    }
    written, kept = [], []
    for relative, make in planned.items():
        target = folder / relative
        if target.exists():
            kept.append(relative)
            continue
        make_folder(target.parent)
        write_atomic(target, make())
        written.append(relative)
    out.write(_report(folder, written, kept))
    return [folder / path for path in written]


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


def _report(folder: Path, written: list[Path], kept: list[Path]) -> str:
    lines = [f"Prepared {folder} for briefs."]
    lines += [f"  wrote  {path}" for path in written]
    lines += [
        f"  kept   {path} (already there; compare it with what reqkit init writes)" for path in kept
    ]
    steps = [
        (f"reqkit new {folder / 'briefs'}", "start a brief"),
        (f"reqkit lint {folder / 'briefs'}", "check every brief"),
        ("pre-commit install", "check briefs before each commit"),
    ]
    width = max(len(command) for command, _ in steps) + 2
    lines += ["Next steps:", *(f"  {command.ljust(width)}{why}" for command, why in steps)]
    return "\n".join(lines) + "\n"

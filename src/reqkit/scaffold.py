"""Scaffolding a new brief that teaches its author what to fill in.

Each kind of initiative has a template in ``templates/scaffold``. The comment
above every section comes from the brief schema's own documentation, so the
scaffold cannot drift from what reqkit checks; placeholders read "TODO: …"
so that ``reqkit lint`` lists each one until it is filled.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reqkit.dates import shift_days
from reqkit.docs import field_doc
from reqkit.errors import UsageError
from reqkit.explain import model_at
from reqkit.fsio import write_atomic
from reqkit.model import Brief
from reqkit.resources import builtin_templates

KINDS = ("campaign", "platform", "vendor", "minimal")
SCHEMA_FILE = "brief.schema.json"


@dataclass(frozen=True)
class Answers:
    """What the author told us (or the defaults)."""

    title: str = "New initiative"
    owner: str = "TODO: your name"
    it_contact: str = "TODO: IT contact"
    deadline: dt.date | None = None
    deadline_reason: str = ""
    kind: str = "campaign"
    id: str = ""


def schema_doc(path: str) -> str:
    """The schema's documentation of a field given as ``section.field``."""
    parts = path.split(".")
    model = model_at(Brief, tuple(parts[:-1]))
    if model is None or parts[-1] not in model.model_fields:
        raise KeyError(f"no field {path} in the brief schema")
    return " ".join(field_doc(model, parts[-1]).split())


def _comment(path: str) -> str:
    return textwrap.fill(schema_doc(path), width=86, initial_indent="# ", subsequent_indent="# ")


def brief_id(title: str, today: dt.date) -> str:
    """A readable id from the title: MKT-2027-SPRING-TRADE-SHOW."""
    words = re.findall(r"[A-Za-z0-9]+", title.upper())[:4]
    return "-".join(["MKT", str(today.year), *words]) if words else f"MKT-{today.year}-001"


def schedule(today: dt.date, deadline: dt.date | None) -> dict[str, dt.date]:
    """Milestone dates that leave IT room: hand-off soon, launch at the deadline."""
    end = deadline or shift_days(today, 16 * 7)
    span = max((end - today).days, 10)

    def at(share: float) -> dt.date:
        return shift_days(today, round(span * share))

    return {
        "first_step": at(0.05),
        "quick_win": at(0.3),
        "handoff": at(0.15),
        "approval": at(0.25),
        "test": at(0.8),
        "acceptance": at(0.9),
        "deadline": end,
    }


def render_brief(answers: Answers, today: dt.date, target: Path, schema_path: str) -> str:
    """The text of a new brief of ``answers.kind``."""
    from jinja2 import StrictUndefined
    from jinja2.loaders import FileSystemLoader
    from jinja2.sandbox import SandboxedEnvironment

    if answers.kind not in KINDS:
        raise UsageError(f'unknown kind "{answers.kind}"', "Use one of: " + ", ".join(KINDS) + ".")
    environment = SandboxedEnvironment(
        loader=FileSystemLoader(str(builtin_templates())),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        autoescape=False,
    )
    environment.filters["q"] = _yaml_string
    environment.globals["doc"] = _comment
    template = environment.get_template(f"scaffold/{answers.kind}.yaml.j2")
    filled = answers if answers.id else _with_id(answers, today)
    text = template.render(
        answers=filled,
        today=today,
        dates=schedule(today, answers.deadline),
        schema_path=schema_path,
        file_name=target.name,
    )
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"


def _with_id(answers: Answers, today: dt.date) -> Answers:
    from dataclasses import replace

    return replace(answers, id=brief_id(answers.title, today))


def _yaml_string(value: Any) -> str:
    """A double-quoted YAML scalar: safe for any text the author typed."""
    return json.dumps(str(value), ensure_ascii=False)


def schema_path_for(target: Path) -> str:
    """Where the modeline should point: the closest brief.schema.json above the brief."""
    folder = target.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / SCHEMA_FILE).is_file():
            return Path(os.path.relpath(candidate / SCHEMA_FILE, folder)).as_posix()
    return SCHEMA_FILE


def default_file_name(title: str) -> str:
    slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:6]) or "brief"
    return f"{slug}.yaml"


def write_brief(target: Path, text: str, *, force: bool) -> None:
    """Write a new brief, refusing to replace an existing file unless forced."""
    if target.is_dir():
        raise UsageError(
            f"{target} is a folder", "Name the new brief's file, e.g. briefs/spring-campaign.yaml."
        )
    if not target.parent.exists():
        raise UsageError(
            f"the folder {target.parent} does not exist",
            f"Create it first (mkdir -p {target.parent}), or choose another path.",
        )
    if target.exists() and not force:
        raise UsageError(
            f"{target} already exists", "Choose another name, or pass --force to replace it."
        )
    write_atomic(target, text)

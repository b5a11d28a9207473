"""The JSON Schema agrees with reqkit: it accepts every example and rejects broken briefs."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

from conftest import EXAMPLES, MINIMAL, ROOT
from reqkit.jsonschema_export import brief_json_schema, brief_json_schema_text

SCHEMA = brief_json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def as_json_data(text: str):
    """What an editor's YAML language server sees: dates as strings, YAML 1.2 typing."""
    data = YAML(typ="safe", pure=True).load(text)
    return json.loads(json.dumps(data, default=str))


def test_schema_is_a_valid_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_committed_schema_file_is_up_to_date():
    committed = (ROOT / "schema" / "brief.schema.json").read_text(encoding="utf-8")
    assert committed == brief_json_schema_text(), (
        "run: reqkit schema -o schema/brief.schema.json --force"
    )


def example_paths() -> list[Path]:
    return sorted(EXAMPLES.glob("*.yaml"))


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.name)
def test_schema_accepts_every_example(path):
    errors = list(VALIDATOR.iter_errors(as_json_data(path.read_text(encoding="utf-8"))))
    assert errors == []


def test_schema_accepts_the_minimal_draft():
    assert VALIDATOR.is_valid(as_json_data(MINIMAL))


@pytest.mark.parametrize(
    "broken",
    [
        MINIMAL.replace("  title:", "  titel:"),
        MINIMAL.replace("priority: must", "priority: urgent"),
        MINIMAL.replace("  owner: Dana Fischer\n", ""),
        MINIMAL.replace("id: REQ-1", "id: REQ 1"),
        MINIMAL + "budget:\n  total: 48000\n",
        MINIMAL + "budget:\n  total: 48000 eur\n",
        MINIMAL + "timeline:\n  milestones:\n    - name: x\n      date: 15.03.2027\n",
        MINIMAL
        + "goals:\n  - id: G1\n    statement: x\n    metrics:\n      - name: y\n        target: 25%\n",
        MINIMAL + "stakeholders: Dana\n",
    ],
)
def test_schema_rejects_broken_briefs(broken):
    assert not VALIDATOR.is_valid(as_json_data(broken))

"""RK107 tells a name written with a slash from a choice left open."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from reqkit.cli import app

runner = CliRunner()


def slashes_flagged(tmp_path, statement: str, config: str | None = None) -> list[str]:
    path = tmp_path / "brief.yaml"
    path.write_text(
        "initiative:\n  id: MKT-1\n  title: Spring campaign\n  owner: Dana Fischer\n"
        f"requirements:\n  - id: R1\n    statement: {json.dumps(statement)}\n    priority: must\n",
        encoding="utf-8",
    )
    options = ["--isolated"]
    if config is not None:
        (tmp_path / "reqkit.toml").write_text(config, encoding="utf-8")
        options = ["--config", str(tmp_path / "reqkit.toml")]
    result = runner.invoke(
        app, ["lint", str(path), "--format", "json", "--select", "RK107", *options]
    )
    assert result.exit_code in (0, 1), result.output
    return [d["message"] for d in json.loads(result.stdout)["diagnostics"]]


@pytest.mark.parametrize(
    "statement",
    [
        "The on-board unit shall exchange data with the ERTMS/ETCS trackside equipment.",
        "The CI/CD pipeline shall run the accessibility checks on every merge request.",
        "The ticket scanner shall read the barcodes in PDF/A tickets.",
        "The gateway shall accept connections over TCP/IP on port 443 only.",
        "The reports shall keep running on PL/SQL during the migration.",
        "The support chat shall answer customers 24/7 during the sale.",
        "The fleet dashboard shall show each van's speed in km/h.",
    ],
)
def test_names_acronyms_units_and_times_with_a_slash_are_not_flagged(tmp_path, statement):
    assert slashes_flagged(tmp_path, statement) == []


@pytest.mark.parametrize(
    ("statement", "term"),
    [
        ("The API shall return JSON/XML.", "JSON/XML"),
        ("The reminder shall go out by email/SMS.", "email/SMS"),
        ("The landing page shall run on web/mobile.", "web/mobile"),
        ("The shop shall accept returns in store and/or by post.", "and/or"),
    ],
)
def test_choices_are_still_flagged(tmp_path, statement, term):
    (message,) = slashes_flagged(tmp_path, statement)
    assert f'"{term}"' in message


def test_choice_acronyms_are_an_option(tmp_path):
    config = '[rules.and-or-slash]\nchoice-acronyms = ["ETCS"]\n'
    statement = "The unit shall talk to the ERTMS/ETCS equipment."
    assert len(slashes_flagged(tmp_path, statement, config)) == 1

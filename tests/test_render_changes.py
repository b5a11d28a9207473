"""Render marks what changed since approval, so readers see the change orders."""

from __future__ import annotations

import datetime as dt
import shutil

from typer.testing import CliRunner

from conftest import EXAMPLES
from reqkit.approve import approve
from reqkit.cli import app
from reqkit.loader import load_brief


def approved_copy(tmp_path):
    path = tmp_path / "crm.yaml"
    shutil.copy(EXAMPLES / "crm-migration.yaml", path)
    for name in ("Marieke de Vries", "Femke Smit", "Joost van Leeuwen"):
        approve(path, name, today=dt.date(2027, 1, 11))
    return path


def render(path, fmt):
    result = CliRunner().invoke(
        app, ["render", str(path), "--format", fmt, "--today", "2027-01-20"]
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def test_unchanged_approved_brief_shows_no_marks(tmp_path):
    path = approved_copy(tmp_path)
    assert "since approval" not in render(path, "html")
    assert "since approval" not in render(path, "md")


def test_changed_and_added_requirements_are_marked(tmp_path):
    path = approved_copy(tmp_path)
    brief = load_brief(path).brief
    first = brief.requirements[0]
    text = path.read_text(encoding="utf-8").replace(
        first.statement, first.statement.rstrip(".") + " within 24 hours.", 1
    )
    path.write_text(text, encoding="utf-8")
    html = render(path, "html")
    assert "Changed since the sign-off of 2027-01-11" in html
    assert '<span class="badge changed">changed since approval</span>' in html
    markdown = render(path, "md")
    assert f"{first.id} · {first.type} · ⚑ changed since approval" in markdown

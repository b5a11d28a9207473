"""The change-control workflow the README shows: approve, change, lint fails, record, lint passes."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

from conftest import EXAMPLES
from reqkit.cli import app


def lint(path):
    return CliRunner().invoke(
        app, ["lint", "--today", "2026-12-01", "--select", "RK7", str(path)], env={"NO_COLOR": "1"}
    )


def test_approve_change_record_cycle(tmp_path):
    path = tmp_path / "crm.yaml"
    shutil.copy(EXAMPLES / "crm-migration.yaml", path)
    runner = CliRunner()
    text = path.read_text(encoding="utf-8")
    for name in ("Marieke de Vries", "Femke Smit", "Joost van Leeuwen"):
        assert (
            runner.invoke(
                app, ["approve", str(path), "--by", name, "--date", "2027-01-11"]
            ).exit_code
            == 0
        )
    assert lint(path).exit_code == 0

    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("priority: should", "priority: must", 1), encoding="utf-8")
    failed = lint(path)
    assert failed.exit_code == 1
    assert "RK701 [unrecorded-change]" in failed.stdout
    changed = next(line for line in failed.stdout.splitlines() if "RK701" in line)
    requirement = changed.split("] ", 1)[1].split()[0]

    text = path.read_text(encoding="utf-8").replace(
        "\nchanges:\n",
        "\nchanges:\n"
        "  - date: 2027-01-20\n"
        f"    summary: {requirement} raised from should to must\n"
        "    reason: Legal requires it before the migration\n"
        "    requested_by: Marieke de Vries\n"
        "    approved_by: Femke Smit\n"
        f"    requirements: [{requirement}]\n"
        "    impact:\n      schedule_days: 5\n      cost: 3000 EUR\n",
        1,
    )
    path.write_text(text, encoding="utf-8")
    assert lint(path).exit_code == 0, lint(path).stdout

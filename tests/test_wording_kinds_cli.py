"""Kinds of wording mistakes a held-out set showed, through the command line.

Each requirement below is one kind: a false alarm the rules gave before and
must not give now, or a miss they must now report. Statements are written
for this test, not copied from either accuracy corpus.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from typer.testing import CliRunner

from reqkit.cli import app

#: (statement, the wording codes expected on it)
KINDS = [
    # Two "shall": a compound, but "it" is the print shop.
    ("The print shop shall produce the flyers, and it shall deliver them to the store.", {"RK113"}),
    ("Members who can show a press card shall get free entry.", set()),
    ("Orders shall grow by 4 % compared with Q3 2026.", set()),
    ("The scale at the fish counter shall print the price per kg.", set()),
    ("The survey page should not show the logo of the sponsor.", {"RK102", "RK108"}),
    ("The campaign shall lead to increased basket sizes.", {"RK104"}),
    ("In no case shall the app show the birth date of a member.", {"RK108"}),
    ("When the editor sends the text to the agency, they shall check the spelling.", {"RK109"}),
    ("Members shall earn 1 stamp per 5 bought.", {"RK110"}),
    ("The kiosk shall print the ticket as well as e-mail the receipt.", {"RK113"}),
]


def _brief(tmp_path):
    lines = ["initiative:", "  id: MKT-9", "  title: Kinds", "  owner: Dana Fischer"]
    lines += ["technical:", "  systems: []", "requirements:"]
    for number, (statement, _) in enumerate(KINDS, start=1):
        lines += [f"  - id: REQ-{number}", f"    statement: {json.dumps(statement)}"]
        lines += ["    priority: must"]
    path = tmp_path / "brief.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _codes_per_requirement(stdout: str) -> list[set[str]]:
    found: list[set[str]] = [set() for _ in KINDS]
    for diagnostic in json.loads(stdout)["diagnostics"]:
        path = diagnostic["path"]
        if path.startswith("requirements[") and path.endswith("].statement"):
            found[int(path[len("requirements[") : -len("].statement")])].add(diagnostic["code"])
    return found


def test_each_kind_is_reported_as_labelled(tmp_path):
    brief = _brief(tmp_path)
    args = ["lint", "-f", "json", "--stage", "handoff", "--select", "RK1", str(brief)]
    result = CliRunner().invoke(app, args, env={"NO_COLOR": "1"})
    assert result.exit_code in (0, 1), result.output
    wrong = {
        statement: found
        for (statement, expected), found in zip(
            KINDS, _codes_per_requirement(result.stdout), strict=True
        )
        if found - {"RK117"} != expected
    }
    assert wrong == {}


def test_installed_command_reports_the_same(tmp_path):
    brief = _brief(tmp_path)
    found = shutil.which("reqkit", path=os.path.dirname(sys.executable))
    command = [found] if found else [sys.executable, "-m", "reqkit"]
    done = subprocess.run(
        [*command, "lint", "-f", "json", "--stage", "handoff", "--select", "RK1", str(brief)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    found = _codes_per_requirement(done.stdout)
    assert [f - {"RK117"} for f in found] == [expected for _, expected in KINDS]

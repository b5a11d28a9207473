"""Every brief that once crashed reqkit, through lint, render and diff, as regression tests.

The files and what each once broke are listed in ``tests/data/crashers/README.md``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLES
from fuzz.check import check_brief, reuse_compiled_templates

CRASHERS = sorted((Path(__file__).parent / "data" / "crashers").glob("*.yaml"))
ORIGINAL = EXAMPLES / "crm-migration.yaml"


def test_there_are_crashers_to_run():
    assert len(CRASHERS) >= 4


@pytest.mark.parametrize("crasher", CRASHERS, ids=[p.stem for p in CRASHERS])
def test_crasher_keeps_every_promise(crasher, monkeypatch):
    monkeypatch.delenv("REQKIT_DEBUG", raising=False)
    reuse_compiled_templates()
    assert [str(b) for b in check_brief(crasher, ORIGINAL)] == []


@pytest.mark.skipif(shutil.which("reqkit") is None, reason="the reqkit executable is not installed")
def test_installed_executable_reports_every_crasher(tmp_path):
    result = subprocess.run(
        ["reqkit", "lint", "--isolated", "--format", "json", *map(str, CRASHERS)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "internal error" not in result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["files"] == len(CRASHERS)
    assert not [d for d in report["diagnostics"] if d["code"] == "RK009"]

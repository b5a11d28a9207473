"""The wheel carries the templates, and they are found in both kinds of install."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT
from reqkit import __version__
from reqkit.distribution import DISTRIBUTION
from reqkit.resources import builtin_templates


def test_templates_are_found_from_this_install():
    folder = builtin_templates()
    assert (folder / "README.md").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("reqkit_briefs-*.whl")
    return found


def test_wheel_contains_templates_and_code(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "templates").rglob("*") if p.is_file()
    )
    assert shipped
    for name in shipped:
        assert f"reqkit/{name}" in names
    assert "reqkit/cli.py" in names
    assert "reqkit/model/__init__.py" in names


def test_wheel_declares_the_console_script(wheel):
    archive = zipfile.ZipFile(wheel)
    (entry_points,) = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
    assert "reqkit = reqkit.startup:launch" in archive.read(entry_points).decode()


def test_wheel_is_our_distribution_not_the_unrelated_reqkit(wheel):
    archive = zipfile.ZipFile(wheel)
    (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    headers = archive.read(metadata).decode().split("\n\n", 1)[0].splitlines()
    assert f"Name: {DISTRIBUTION}" in headers
    assert f"Version: {__version__}" in headers


def test_the_sarif_report_reads_our_distributions_metadata():
    from importlib import metadata

    from reqkit.formatters import sarif

    assert sarif.DISTRIBUTION == DISTRIBUTION
    assert metadata.metadata(sarif.DISTRIBUTION)["Name"] == DISTRIBUTION  # installed, ours

"""Every step of the workflow ``reqkit init`` writes passes on the repository it made.

The steps run in order, in a git repository made by ``reqkit init``, as
GitHub would run them (see ``workflow_steps``). The install step is real:
it installs reqkit into a fresh virtual environment, from a wheel of this
source or, for the composite action, from this repository, and the later
steps run the ``reqkit`` it installed. Only what needs GitHub is skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from reqkit.cli import app
from workflow_steps import NEEDS_GITHUB, Runner

WORKFLOW = Path(".github/workflows/reqkit.yml")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), ROOT],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("reqkit_briefs-*.whl")
    return found


@pytest.fixture
def fresh_venv(tmp_path) -> Path:
    """A virtual environment without reqkit that sees this one's other packages.

    reqkit's dependencies, and pip, come from the running environment
    (through a .pth file listing them), so the install step needs no network;
    reqkit itself is left out, so the step has to install it.
    """
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True
    )
    ours = Path(sysconfig.get_paths()["purelib"])
    deps = tmp_path / "deps"
    deps.mkdir()
    for entry in ours.iterdir():
        if not entry.name.startswith(("reqkit", "_editable", "__editable__", "_reqkit")):
            (deps / entry.name).symlink_to(entry)
    (site,) = venv.glob("lib/python3*/site-packages")
    (site / "dependencies.pth").write_text(f"{deps}\n", encoding="utf-8")
    return venv


def make_repository(folder: Path, *init_args: str) -> Path:
    result = CliRunner().invoke(app, ["init", str(folder), *init_args])
    assert result.exit_code == 0, result.output
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=folder, check=True)
    subprocess.run([*git, "add", "-A"], cwd=folder, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "reqkit init"], cwd=folder, check=True)
    return folder


def runner_for(repo: Path, venv: Path, tmp_path: Path) -> Runner:
    ours = os.path.dirname(sys.executable)
    path = [str(venv / "bin")] + [
        p for p in os.environ.get("PATH", "").split(os.pathsep) if p and p != ours
    ]
    env = {
        "PATH": os.pathsep.join(path),
        "HOME": str(tmp_path),
        "CI": "true",
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        "GITHUB_WORKSPACE": str(repo),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    for key in ("PIP_CONFIG_FILE", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS"):
        if key in os.environ:
            env[key] = os.environ[key]
    return Runner(repo, env, actions={"acme/reqkit": ROOT})


def assert_all_passed(runs) -> None:
    ran = [r for r in runs if r.status is not None]
    assert ran, "no step ran"
    for run in runs:
        if run.status is None:
            assert run.skipped_because in NEEDS_GITHUB.values(), (run.name, run.skipped_because)
        else:
            assert run.status == 0, f"step {run.name!r} failed:\n{run.output}"


@pytest.mark.parametrize("install", ["default", "wheel"])
def test_every_step_passes_on_a_fresh_repository(tmp_path, wheel, fresh_venv, install):
    repo = tmp_path / "docs"
    repo.mkdir()
    runner = runner_for(repo, fresh_venv, tmp_path)
    if install == "default":
        # reqkit-briefs==VERSION, found by name in a folder standing in for the
        # package index (the workflow's step is unchanged; only pip's source is).
        make_repository(repo)
        (tmp_path / "index").mkdir()
        shutil.copy(wheel, tmp_path / "index")
        runner.env.update({"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(tmp_path / "index")})
        runner.env.pop("PIP_CONFIG_FILE", None)
    else:
        (repo / "vendor").mkdir()
        shutil.copy(wheel, repo / "vendor")
        make_repository(repo, "--install", f"vendor/{wheel.name}")
    runs = runner.run_job(repo / WORKFLOW)
    assert_all_passed(runs)
    names = [r.name for r in runs if r.status == 0]
    assert names == [
        "Install reqkit",
        "Write the SARIF report",
        "Lint the briefs",
        "Check the rendered documents are up to date",
    ]
    assert (fresh_venv / "bin" / "reqkit").is_file()  # the step installed the command
    sarif = json.loads((repo / "reqkit.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["tool"]["driver"]["name"] == "reqkit"


def test_the_same_steps_fail_on_a_weak_brief(tmp_path, wheel, fresh_venv):
    repo = tmp_path / "docs"
    repo.mkdir()
    (repo / "vendor").mkdir()
    shutil.copy(wheel, repo / "vendor")
    make_repository(repo, "--install", f"vendor/{wheel.name}")
    shutil.copy(EXAMPLES / "weak-brief.yaml", repo / "briefs")
    runs = {r.name: r for r in runner_for(repo, fresh_venv, tmp_path).run_job(repo / WORKFLOW)}
    assert runs["Write the SARIF report"].status == 0  # findings are not a failure here
    assert runs["Lint the briefs"].status == 1
    assert f"::error file={repo / 'briefs' / 'weak-brief.yaml'}," in runs["Lint the briefs"].output
    check = runs["Check the rendered documents are up to date"]
    assert check.status == 1  # if: !cancelled() runs it after the failure
    assert "weak-brief.md: is missing" in check.output


def test_every_step_passes_with_reqkits_own_action(tmp_path, fresh_venv):
    repo = tmp_path / "docs"
    repo.mkdir()
    make_repository(repo, "--install", "git+https://github.com/acme/reqkit@v0.1.0")
    runs = runner_for(repo, fresh_venv, tmp_path).run_job(repo / WORKFLOW)
    assert_all_passed(runs)
    names = [r.name for r in runs if r.status == 0]
    assert names == [
        "Install reqkit",
        "Write the SARIF report",
        "Lint the briefs",
        "Check the rendered documents are up to date",
    ]
    lint = next(r for r in runs if r.name == "Lint the briefs")
    sarif = next(r for r in runs if r.name == "Write the SARIF report")
    assert f"::notice file={repo / 'briefs' / 'first-brief.yaml'}," in lint.output
    assert "first-brief.yaml:" not in sarif.output  # the report is printed once, not twice
    assert (repo / "reqkit.sarif").is_file()

"""reqkit init, and the hook and action this repository ships for other repositories."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys

import pytest
from ruamel.yaml import YAML
from typer.main import get_command
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from reqkit.cli import app
from reqkit.config import find_config_file, load_config
from reqkit.ruleset import build_ruleset

EXPECTED = [
    ".reqkit.toml",
    "briefs/first-brief.yaml",
    "brief.schema.json",
    ".github/workflows/reqkit.yml",
    ".pre-commit-config.yaml",
]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"})


def test_init_writes_a_docs_repository(tmp_path):
    result = run("init", str(tmp_path))
    assert result.exit_code == 0, result.output
    for name in EXPECTED:
        assert (tmp_path / name).is_file(), name
        assert f"wrote  {name}" in result.stdout
    config = load_config(find_config_file(tmp_path / "briefs" / "first-brief.yaml"))
    assert config.source == tmp_path / ".reqkit.toml"
    assert build_ruleset(config)  # the commented defaults parse and name real rules
    assert run("lint", str(tmp_path / "briefs")).exit_code == 0


def test_init_leaves_existing_files_alone_and_lists_them(tmp_path):
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    result = run("init", str(tmp_path))
    assert "kept   .pre-commit-config.yaml" in result.stdout
    assert (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8") == "repos: []\n"


def test_commented_config_becomes_valid_when_uncommented(tmp_path):
    run("init", str(tmp_path))
    text = (tmp_path / ".reqkit.toml").read_text(encoding="utf-8")
    lines = [
        line[2:]
        for line in text.splitlines()
        if line.startswith("# ") and ("=" in line or line.startswith("# ["))
    ]
    (tmp_path / ".reqkit.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = load_config(tmp_path / ".reqkit.toml")
    assert build_ruleset(config)


def _reqkit_commands(workflow: dict) -> list[list[str]]:
    commands = []
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            run_line = step.get("run", "")
            if run_line.strip().startswith("reqkit "):
                commands.append(shlex.split(run_line.split("||")[0])[1:])
    return commands


def test_workflow_is_valid_yaml_calling_commands_that_exist(tmp_path):
    run("init", str(tmp_path))
    workflow = YAML(typ="safe", pure=True).load(
        (tmp_path / ".github/workflows/reqkit.yml").read_text(encoding="utf-8")
    )
    assert workflow["on"]["pull_request"] is None or "pull_request" in workflow["on"]
    commands = _reqkit_commands(workflow)
    assert any(c[0] == "lint" and "github" in c for c in commands)
    assert any(c[0] == "lint" and "sarif" in c for c in commands)
    assert any(c[0] == "render" and "--check" in c for c in commands)
    group = get_command(app)
    for args in commands:
        command = group.commands[args[0]]  # type: ignore[attr-defined]
        command.make_context(args[0], list(args[1:]))  # raises on an unknown option


def test_action_and_hook_manifests_are_valid():
    action = YAML(typ="safe", pure=True).load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "validate-manifest",
            str(ROOT / ".pre-commit-hooks.yaml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    """A docs repository as reqkit init makes it, told to use this hook repository."""
    repo = tmp_path_factory.mktemp("docs")
    result = run("init", str(repo), "--install", "git+https://github.com/acme/reqkit@v0.1.0")
    assert result.exit_code == 0, result.output
    (repo / "briefs" / "good.yaml").write_text(
        "initiative:\n  id: MKT-1\n  title: Good\n  owner: Dana Fischer\n", encoding="utf-8"
    )
    (repo / "mkdocs.yml").write_text("site_name: Docs\n", encoding="utf-8")
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "reqkit init"], cwd=repo, check=True)
    return repo


def _generated_hook_ids(repo) -> list[str]:
    config = YAML(typ="safe", pure=True).load(
        (repo / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    )
    (entry,) = config["repos"]
    assert (entry["repo"], entry["rev"]) == ("https://github.com/acme/reqkit", "v0.1.0")
    return [hook["id"] for hook in entry["hooks"]]


def _try_repo(repo, home, hook_id, *args):
    """pre-commit try-repo with this repository standing in for the hosted one."""
    env = {"PRE_COMMIT_HOME": str(home), "HOME": str(home)}
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook_id, *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_generated_pre_commit_hook_passes_on_the_fresh_repository_and_fails(
    hook_repo, tmp_path_factory
):
    home = tmp_path_factory.mktemp("pre-commit-home")
    (hook_id,) = _generated_hook_ids(hook_repo)
    fresh = _try_repo(hook_repo, home, hook_id, "--all-files")
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "Passed" in fresh.stdout
    (hook_repo / "briefs" / "bad.yaml").write_text(
        "initiative:\n  id: MKT-2\n  titel: Bad\n  owner: Dana Fischer\n", encoding="utf-8"
    )
    bad = _try_repo(hook_repo, home, hook_id, "--files", "briefs/good.yaml", "briefs/bad.yaml")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "RK010" in bad.stdout


def test_init_renders_the_briefs_so_the_check_passes_at_once(tmp_path):
    result = run("init", str(tmp_path))
    assert "wrote  docs/briefs/first-brief.md" in result.stdout
    assert "wrote  docs/briefs/index.md" in result.stdout
    check = run(
        "render", "--check", "--format", "md", "--output", str(tmp_path / "docs/briefs"),
        str(tmp_path / "briefs"),
    )  # fmt: skip
    assert check.exit_code == 0, check.output


def test_init_keeps_rendered_documents_that_are_there(tmp_path):
    (tmp_path / "docs" / "briefs").mkdir(parents=True)
    (tmp_path / "docs" / "briefs" / "old.md").write_text("mine\n", encoding="utf-8")
    result = run("init", str(tmp_path))
    assert "kept   docs/briefs/" in result.stdout
    assert sorted(p.name for p in (tmp_path / "docs" / "briefs").iterdir()) == ["old.md"]


def test_init_with_an_invalid_brief_says_what_to_run_instead_of_failing(tmp_path):
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "broken.yaml").write_text("initiative:\n  id: [\n", encoding="utf-8")
    result = run("init", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "did not render docs/briefs/" in result.stdout
    assert "reqkit render --format md --output docs/briefs briefs" in result.stdout
    assert not (tmp_path / "docs").exists()


def test_dry_run_writes_nothing_and_shows_each_new_file(tmp_path):
    result = run("init", str(tmp_path), "--dry-run")
    assert result.exit_code == 0, result.output
    assert list(tmp_path.iterdir()) == []
    assert result.stdout.startswith(f"Would prepare {tmp_path} for briefs.")
    for name in EXPECTED:
        assert f"  would write {name}" in result.stdout
        assert f"--- /dev/null\n+++ {name} (reqkit init)\n" in result.stdout
    assert "+initiative:\n" in result.stdout
    assert "+      - id: reqkit-lint\n" in result.stdout
    for name in ("docs/briefs/first-brief.md", "docs/briefs/index.md"):
        assert f"  would write {name}" in result.stdout
        assert f"--- /dev/null\n+++ {name} (reqkit init)\n" in result.stdout


def test_dry_run_shows_the_documents_the_real_run_writes(tmp_path):
    dry = run("init", str(tmp_path), "--dry-run", "--install", "0.1.0").stdout
    run("init", str(tmp_path), "--install", "0.1.0")
    for document in sorted((tmp_path / "docs" / "briefs").iterdir()):
        name = f"docs/briefs/{document.name}"
        shown = dry.split(f"+++ {name} (reqkit init)\n", 1)[1].split("\n--- ", 1)[0]
        added = [line[1:] for line in shown.splitlines() if line.startswith("+")]
        assert added == document.read_text(encoding="utf-8").splitlines()


def test_dry_run_shows_how_an_existing_file_differs(tmp_path):
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    run("init", str(tmp_path))
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    result = run("init", str(tmp_path), "--dry-run")
    assert "  kept   .pre-commit-config.yaml (already there; differences below)" in result.stdout
    diff = result.stdout.split("--- .pre-commit-config.yaml (yours)\n", 1)[1]
    assert diff.startswith("+++ .pre-commit-config.yaml (reqkit init)\n")
    assert "\n-repos: []\n" in diff
    assert "\n+repos:\n" in diff
    assert "  same   .reqkit.toml (already what reqkit init writes)" in result.stdout
    assert "--- .reqkit.toml" not in result.stdout
    assert (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8") == "repos: []\n"


def test_a_real_run_points_at_dry_run_for_the_differences(tmp_path):
    (tmp_path / ".reqkit.toml").write_text("fail-on = 'warning'\n", encoding="utf-8")
    result = run("init", str(tmp_path))
    assert "kept   .reqkit.toml (already there; reqkit init --dry-run shows the differences)" in (
        result.stdout
    )


def _action_lint_steps(tmp_path, inputs: dict[str, str]):
    """Run the action's lint steps (not its set-up) with this environment's reqkit."""
    from workflow_steps import Runner

    action = YAML(typ="safe", pure=True).load((ROOT / "action.yml").read_text(encoding="utf-8"))
    steps = [s for s in action["runs"]["steps"] if "reqkit lint" in s.get("run", "")]
    context = {f"inputs.{k}": str(v.get("default", "")) for k, v in action["inputs"].items()}
    context.update({f"inputs.{k}": v for k, v in inputs.items()})
    env = {"PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"]}
    return Runner(tmp_path, env, {}).run_steps(steps, context)


def test_action_takes_paths_with_spaces_one_per_line(tmp_path):
    (tmp_path / "my briefs").mkdir()
    shutil.copy(EXAMPLES / "trade-show-microsite.yaml", tmp_path / "my briefs")
    shutil.copy(EXAMPLES / "crm-migration.yaml", tmp_path / "other.yaml")
    (tmp_path / "sarif out").mkdir()
    runs = _action_lint_steps(
        tmp_path, {"paths": "my briefs\n  other.yaml  \n", "sarif": "sarif out/r.sarif"}
    )
    assert [r.status for r in runs] == [0, 0], [r.output for r in runs]
    assert "in 2 files" in runs[1].output
    report = json.loads((tmp_path / "sarif out" / "r.sarif").read_text(encoding="utf-8"))
    assert report["runs"][0]["tool"]["driver"]["name"] == "reqkit"


def test_action_prints_the_findings_once(tmp_path):
    shutil.copy(EXAMPLES / "weak-brief.yaml", tmp_path)
    runs = _action_lint_steps(tmp_path, {"paths": "weak-brief.yaml", "sarif": "r.sarif"})
    sarif_step, lint_step = runs
    assert sarif_step.status == 0
    assert sarif_step.output.count("\n") == 1  # the summary line only
    assert lint_step.status == 1
    assert lint_step.output.count("title=RK201 placeholder-text::") >= 1
    assert "weak-brief.yaml:13:" not in lint_step.output  # no text report besides annotations

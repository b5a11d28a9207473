"""How the files ``reqkit init`` writes install reqkit: always our distribution."""

from __future__ import annotations

import subprocess
import sys

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner
from yamllint import linter
from yamllint.config import YamlLintConfig

from conftest import ROOT
from reqkit import __version__
from reqkit.cli import app
from reqkit.distribution import DISTRIBUTION, normalize
from reqkit.init_files import HOOK

WORKFLOW = ".github/workflows/reqkit.yml"
PRE_COMMIT = ".pre-commit-config.yaml"


def init(folder, *args: str):
    return CliRunner().invoke(app, ["init", str(folder), *args], env={"NO_COLOR": "1"})


def load(path):
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def steps(folder) -> list[dict]:
    return load(folder / WORKFLOW)["jobs"]["briefs"]["steps"]


def pip_specs(folder) -> list[str]:
    """What each install step of the workflow gives pip."""
    found = []
    for step in steps(folder):
        if "pip install" in step.get("run", ""):
            found.append(step["run"].split("pip install", 1)[1].strip().replace('"$REQKIT"', ""))
            found[-1] = found[-1] or step["env"]["REQKIT"]
    return found


def hook_of(folder) -> dict:
    (repo,) = load(folder / PRE_COMMIT)["repos"]
    (hook,) = repo["hooks"]
    return {"repo": repo["repo"], "rev": repo.get("rev"), **hook}


def test_by_default_both_install_our_distribution_at_this_version(tmp_path):
    result = init(tmp_path)
    assert result.exit_code == 0, result.output
    pinned = f"{DISTRIBUTION}=={__version__}"
    assert pip_specs(tmp_path) == [pinned]
    hook = hook_of(tmp_path)
    assert hook["repo"] == "local"
    assert hook["language"] == "python"  # pre-commit installs it; nothing local needed
    assert hook["additional_dependencies"] == [pinned]
    assert f"pip install {pinned}" in result.stdout
    assert f"pre-commit installs {pinned}" in result.stdout


def test_nothing_generated_names_the_unrelated_reqkit_project(tmp_path):
    init(tmp_path)
    hook = hook_of(tmp_path)
    for spec in [*pip_specs(tmp_path), *hook["additional_dependencies"]]:
        name = spec.split("==")[0].split("@")[0].strip()
        assert normalize(name) == normalize(DISTRIBUTION), spec


@pytest.mark.parametrize("spec", ["reqkit==0.1.0", "reqkit", "Reqkit>=0.1"])
def test_refuses_the_unrelated_reqkit_and_names_ours(tmp_path, spec):
    result = init(tmp_path, "--install", spec)
    assert result.exit_code == 2
    assert "unrelated project" in result.output
    assert f"{DISTRIBUTION}" in result.output
    assert "Traceback" not in result.output
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    "spec",
    ["black==24.1", "dist/reqkit-0.1.0-py3-none-any.whl", "https://example.com/other-1.0.tar.gz"],
)
def test_refuses_packages_that_are_not_ours(tmp_path, spec):
    result = init(tmp_path, "--install", spec)
    assert result.exit_code == 2
    assert DISTRIBUTION in result.output
    assert not (tmp_path / WORKFLOW).exists()


@pytest.mark.parametrize("spec", ["0.2.0", "v0.2.0", "reqkit-briefs==0.2.0"])
def test_a_version_pins_our_distribution(tmp_path, spec):
    init(tmp_path, "--install", spec)
    assert pip_specs(tmp_path) == [f"{DISTRIBUTION}==0.2.0"]
    assert hook_of(tmp_path)["additional_dependencies"] == [f"{DISTRIBUTION}==0.2.0"]


def test_a_wheel_in_the_repository_is_installed_by_path_and_the_hook_uses_path(tmp_path):
    wheel = "vendor/reqkit_briefs-0.2.0-py3-none-any.whl"
    result = init(tmp_path, "--install", wheel)
    assert result.exit_code == 0, result.output
    assert pip_specs(tmp_path) == [wheel]
    hook = hook_of(tmp_path)
    assert (hook["repo"], hook["language"]) == ("local", "system")
    assert f"pip install {wheel}" in (tmp_path / PRE_COMMIT).read_text(encoding="utf-8")
    assert "reqkit on your PATH" in result.stdout


def test_a_github_repository_gives_its_action_and_its_hook(tmp_path):
    result = init(tmp_path, "--install", "git+https://github.com/acme/reqkit@v0.2.0")
    assert result.exit_code == 0, result.output
    (action,) = [s for s in steps(tmp_path) if "acme/reqkit" in s.get("uses", "")]
    assert action["uses"] == "acme/reqkit@v0.2.0"
    assert action["with"] == {"paths": "briefs", "sarif": "reqkit.sarif"}
    assert pip_specs(tmp_path) == []  # the action installs reqkit from its own repository
    hook = hook_of(tmp_path)
    assert (hook["repo"], hook["rev"], hook["id"]) == (
        "https://github.com/acme/reqkit",
        "v0.2.0",
        "reqkit-lint",
    )
    assert "reqkit's own action, acme/reqkit@v0.2.0" in result.stdout


def test_another_git_host_installs_by_url_named_as_ours(tmp_path):
    url = "git+https://git.example.com/tools/reqkit.git@main"
    init(tmp_path, "--install", url)
    assert pip_specs(tmp_path) == [f"{DISTRIBUTION}@{url}"]  # pip checks the name
    hook = hook_of(tmp_path)
    assert (hook["repo"], hook["rev"]) == ("https://git.example.com/tools/reqkit.git", "main")


def test_a_git_url_without_a_revision_pins_this_version(tmp_path):
    init(tmp_path, "--install", "git+https://github.com/acme/reqkit")
    assert hook_of(tmp_path)["rev"] == f"v{__version__}"


def test_the_local_hook_repeats_the_hook_this_repository_offers():
    (offered,) = load(ROOT / ".pre-commit-hooks.yaml")
    assert {key: offered[key] for key in HOOK} == HOOK


SPECS = [
    None,
    "vendor/reqkit_briefs-0.2.0-py3-none-any.whl",
    "git+https://github.com/acme/reqkit@v0.2.0",
    "reqkit-briefs @ https://files.example.com/reqkit_briefs-0.2.0.tar.gz",
]


@pytest.mark.parametrize("spec", SPECS)
def test_written_yaml_passes_yamllint_default_rules(tmp_path, spec):
    init(tmp_path, *(["--install", spec] if spec else []))
    config = YamlLintConfig("extends: default")
    written = [p for p in tmp_path.rglob("*") if p.suffix in (".yaml", ".yml")]
    assert len(written) == 3
    for path in written:
        problems = list(linter.run(path.read_text(encoding="utf-8"), config, str(path)))
        assert problems == [], f"{path}: {problems}"


@pytest.mark.parametrize("spec", SPECS)
def test_pre_commit_accepts_the_written_config(tmp_path, spec):
    init(tmp_path, *(["--install", spec] if spec else []))
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(tmp_path / PRE_COMMIT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("spec", "requirement", "repository", "rev", "action"),
    [
        (
            "git+ssh://git@git.example.com/team/reqkit.git@v1.2",
            "reqkit-briefs@git+ssh://git@git.example.com/team/reqkit.git@v1.2",
            "ssh://git@git.example.com/team/reqkit.git",
            "v1.2",
            None,
        ),
        (
            "reqkit_briefs @ git+https://github.com/acme/reqkit.git@main#egg=reqkit_briefs",
            "reqkit-briefs@git+https://github.com/acme/reqkit.git@main",
            "https://github.com/acme/reqkit.git",
            "main",
            "acme/reqkit@main",
        ),
    ],
)
def test_git_urls_give_repository_revision_and_action(spec, requirement, repository, rev, action):
    from reqkit.distribution import parse_install

    install = parse_install(spec)
    assert (install.kind, install.requirement, install.repository, install.rev, install.action) == (
        "git",
        requirement,
        repository,
        rev,
        action,
    )


def test_a_path_with_spaces_is_quoted_for_yaml_and_the_shell(tmp_path):
    wheel = "my vendor/reqkit_briefs-0.2.0-py3-none-any.whl"
    assert init(tmp_path, "--install", wheel).exit_code == 0
    (install,) = [s for s in steps(tmp_path) if s.get("name") == "Install reqkit"]
    assert install["env"]["REQKIT"] == wheel
    assert install["run"] == 'python -m pip install "$REQKIT"'

"""Run the steps of a GitHub Actions workflow on this machine, as a runner would.

Enough of the runner to execute the workflows ``reqkit init`` writes and
reqkit's own composite action: ``run:`` steps in bash with their ``env:``,
the few expressions they use, ``if:`` conditions, and a step that uses the
composite action by running the action's own steps with its inputs. Steps
that only GitHub can run are skipped, each with the reason. An expression
or a step this runner does not know fails, so a change to the templates
cannot slip past it unexercised.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

#: Steps that only GitHub can run, and why the test does without them.
NEEDS_GITHUB = {
    "actions/checkout": "the test made the repository itself",
    "actions/setup-python": "the test provides Python",
    "github/codeql-action/upload-sarif": "uploading needs GitHub code scanning",
}

_EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


@dataclass
class StepRun:
    name: str
    status: int | None  # None: skipped
    output: str = ""
    skipped_because: str = ""


@dataclass
class Runner:
    """Runs steps in ``workspace`` with ``env``; ``actions`` maps ``uses:`` names to folders."""

    workspace: Path
    env: dict[str, str]
    actions: dict[str, Path]

    def run_job(self, workflow_file: Path) -> list[StepRun]:
        workflow = _load(workflow_file)
        (job,) = workflow["jobs"].values()
        return self.run_steps(job["steps"], context={})

    def run_steps(self, steps: list[dict], context: dict[str, str]) -> list[StepRun]:
        runs: list[StepRun] = []
        for step in steps:
            failed = any(r.status not in (None, 0) for r in runs)
            name = step.get("name") or step.get("uses") or step["run"].splitlines()[0]
            if not self._should_run(step.get("if"), failed, context):
                runs.append(StepRun(name, None, skipped_because=f"if: {step.get('if')}"))
            elif "uses" in step:
                runs.extend(self._uses(step, name, context))
            else:
                runs.append(self._run(step, name, context))
        return runs

    def _uses(self, step: dict, name: str, context: dict[str, str]) -> list[StepRun]:
        action, _, _ref = step["uses"].partition("@")
        if action in NEEDS_GITHUB:
            return [StepRun(name, None, skipped_because=NEEDS_GITHUB[action])]
        folder = self.actions[action]  # KeyError: an action the test does not know
        manifest = _load(folder / "action.yml")
        assert manifest["runs"]["using"] == "composite"
        given = {k: str(v) for k, v in (step.get("with") or {}).items()}
        unknown = set(given) - set(manifest.get("inputs", {}))
        assert not unknown, f"{step['uses']} has no inputs {sorted(unknown)}"
        inputs = {
            f"inputs.{key}": given.get(key, str(spec.get("default", "")))
            for key, spec in manifest.get("inputs", {}).items()
        }
        inner = {**inputs, "github.action_path": str(folder)}
        return self.run_steps(manifest["runs"]["steps"], inner)

    def _run(self, step: dict, name: str, context: dict[str, str]) -> StepRun:
        env = dict(self.env)
        for key, value in (step.get("env") or {}).items():
            env[key] = _substitute(str(value), context)
        script = _substitute(step["run"], context)
        shell = step.get("shell")
        command = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script]
        if shell is None:
            command = ["bash", "-e", "-c", script]
        else:
            assert shell == "bash", f"shell {shell} is not run by this test"
        done = subprocess.run(
            command,
            cwd=self.workspace,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        return StepRun(name, done.returncode, done.stdout + done.stderr)

    def _should_run(self, condition: object, failed: bool, context: dict[str, str]) -> bool:
        if condition is None:
            return not failed
        text = _EXPRESSION.sub(lambda m: m.group(1), str(condition)).strip()
        if text == "!cancelled()":
            return True
        match = re.fullmatch(r"([\w.-]+)\s*(==|!=)\s*'([^']*)'", text)
        assert match, f"if: {condition} is not understood by this test"
        equal = _value(match.group(1), context) == match.group(3)
        return (equal if match.group(2) == "==" else not equal) and not failed


def _substitute(text: str, context: dict[str, str]) -> str:
    return _EXPRESSION.sub(lambda m: _value(m.group(1), context), text)


def _value(expression: str, context: dict[str, str]) -> str:
    assert expression in context, f"${{{{ {expression} }}}} is not known to this test"
    return context[expression]


def _load(path: Path) -> dict:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))

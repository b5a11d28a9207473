"""The README stays true: its commands match CI and its reference matches the model."""

from __future__ import annotations

import re

from conftest import ROOT, check_golden
from reqkit.catalogue import replace_rules_table
from reqkit.reference import replace_reference
from reqkit.schema_checks import SCHEMA_CHECKS

README = ROOT / "README.md"


def _bash_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S)]


def test_readme_has_the_two_setup_commands_and_ci_runs_the_test_one():
    text = README.read_text(encoding="utf-8")
    setup = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    install_and_run, install_and_test = _bash_blocks(setup)
    assert "pip install ." in install_and_run and "reqkit " in install_and_run
    example = re.search(r"examples/\S+\.yaml", install_and_run).group(0)
    assert (ROOT / example).is_file()
    assert "pytest" in install_and_test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert install_and_test in ci


def test_readme_reference_is_generated_from_the_model(update_goldens):
    text = README.read_text(encoding="utf-8")
    check_golden(README, replace_reference(text), update_goldens)


def test_readme_lists_every_schema_check():
    text = README.read_text(encoding="utf-8")
    for check in SCHEMA_CHECKS:
        anchor = f'<a id="{check.code.lower()}"></a>'
        assert f"| {anchor}{check.code} | {check.name} | {check.summary} |" in text


def test_readme_rules_table_is_generated_from_the_rules(update_goldens):
    text = README.read_text(encoding="utf-8")
    check_golden(README, replace_rules_table(text), update_goldens)

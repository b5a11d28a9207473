"""Shared helpers: small briefs built in tests, and a way to check them."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from reqkit.diagnostics import Diagnostic
from reqkit.loader import LoadedBrief, load_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

MINIMAL = """\
initiative:
  id: MKT-1
  title: Spring campaign page
  owner: Dana Fischer
requirements:
  - id: REQ-1
    statement: The page shall show the event date.
    priority: must
"""


def load(text: str, file: str = "brief.yaml") -> LoadedBrief:
    """Validate YAML written inline in a test (dedented)."""
    return load_text(textwrap.dedent(text), file)


def codes(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


def where(diagnostic: Diagnostic) -> tuple[int, int]:
    return diagnostic.line, diagnostic.column


def only(loaded: LoadedBrief, code: str) -> Diagnostic:
    """The single diagnostic with ``code``; fails if there is not exactly one."""
    found = [d for d in loaded.diagnostics if d.code == code]
    assert len(found) == 1, f"expected one {code}, got {loaded.diagnostics}"
    return found[0]


@pytest.fixture
def minimal() -> str:
    return MINIMAL


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="Rewrite golden files (and generated README parts) instead of comparing.",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def check_golden(path: Path, actual: str, update: bool) -> None:
    """Compare ``actual`` with the golden file, or rewrite it with --update-goldens."""
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        if not update:
            pytest.fail(
                f"golden file {path} was missing and has been written; review and commit it"
            )
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path} differs; run pytest --update-goldens and review the diff"


def document_view(loaded: LoadedBrief, name: str, *, review: bool = False, **options: Any) -> Any:
    """The view ``reqkit render`` builds: the brief plus its findings, linted without config."""
    from reqkit.linter import Linter, LintOptions
    from reqkit.render.findings import document_linter
    from reqkit.render.view import build_view

    assert loaded.brief is not None, loaded.diagnostics
    findings = document_linter(Linter(LintOptions(isolated=True)))(loaded, ROOT)
    return build_view(loaded.brief, name, findings=findings, review=review, **options)

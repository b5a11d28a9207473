"""Every report format, byte for byte, from one synthetic report.

The report is built by hand so that the golden files change only when a
formatter does: several files (one clean, one outside the working folder,
one whose name needs escaping), every severity, a message full of
characters that some format must escape, a finding without an end, a span
over several lines, and two files that could not be read.
Regenerate with ``python -m pytest --update-goldens`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, check_golden
from reqkit.diagnostics import Diagnostic, FileResult, Report, Severity
from reqkit.errors import UnreadableInput
from reqkit.formatters import FORMATS, FormatOptions, get_formatter, sarif_rules
from reqkit.rules.base import NEEDED_AT_HANDOFF, WORDING, Rule
from reqkit.schema_checks import BY_CODE as CHECKS

GOLDEN = ROOT / "tests" / "golden" / "formats"
#: A made-up folder, so that absolute paths in the output are the same everywhere.
WORKDIR = Path("/home/ci/project")
OPTIONS = FormatOptions(working_directory=WORKDIR)

#: Everything a format may have to escape: %, a newline, colon, comma, <, &, quotes, non-ASCII.
AWKWARD = (
    'Vague wording "user-friendly" in REQ-1: 50% of fans, <b>Zoë</b> & co\'s "modern" look.\n'
    "IT cannot test it"
)

LAUNCH_TEXT = """\
initiative:
  id: MKT-7
  title: Spring launch
  owner: Dana Fischer
stakeholders:
  - name: Dana Fischer
    side: marketing
requirements:
  - id: REQ-1
    statement: The page shall be user-friendly and modern for 50% of Zoë's <b>fans</b>.
    priority: must
"""


LAUNCH = FileResult(
    "briefs/launch.yaml",
    (
        Diagnostic(
            file="briefs/launch.yaml",
            code="RK601",
            name="no-it-stakeholder",
            severity=Severity.ERROR,
            line=5,
            column=1,
            end_line=5,
            end_column=13,
            path="stakeholders",
            friction="F6",
            message='Nobody from IT is listed in "stakeholders"',
            hint="Add the IT person who will carry the brief, with side: it.",
        ),
        Diagnostic(
            file="briefs/launch.yaml",
            code="RK101",
            name="vague-term",
            severity=Severity.WARNING,
            line=10,
            column=34,
            end_line=10,
            end_column=47,
            path="requirements[0].statement",
            friction="F9",
            message=AWKWARD,
            hint='Say what a visitor can do, e.g. "signs up in < 90 s, 100% of the time".',
        ),
        Diagnostic(
            file="briefs/launch.yaml",
            code="RK101",
            name="vague-term",
            severity=Severity.INFO,
            line=10,
            column=52,
            path="requirements[0].statement",
            friction="F9",
            message='Vague wording "modern" in REQ-1',
        ),
    ),
    LAUNCH_TEXT,
)
CLEAN = FileResult("briefs/clean.yaml", (), "initiative:\n  id: MKT-8\n")
BROKEN = FileResult(
    "briefs/spring, 50%.yaml",
    (
        Diagnostic(
            file="briefs/spring, 50%.yaml",
            code="RK001",
            name="yaml-syntax",
            severity=Severity.ERROR,
            line=4,
            column=3,
            end_line=6,
            end_column=1,
            message="The YAML is broken here: a list item where a key was expected",
        ),
    ),
    "initiative:\n  id: MKT-9\n  title: Spring\n  - owner\n  x\n",
)
OUTSIDE = FileResult(
    "../shared/outside.yaml",
    (
        Diagnostic(
            file="../shared/outside.yaml",
            code="RK020",
            name="unused-waiver",
            severity=Severity.WARNING,
            line=3,
            column=5,
            end_line=3,
            end_column=16,
            path="initiative.waivers[0]",
            message="The waiver for RK101 silences nothing",
            hint="Remove it.",
        ),
    ),
    "initiative:\n  waivers:\n    - rule: RK101\n",
)
SAMPLE = Report(
    files=(LAUNCH, CLEAN, BROKEN, OUTSIDE),
    unreadable=(
        UnreadableInput(
            "briefs/logo.png", "is not a text file", "A brief is a YAML text file; check the path."
        ),
        UnreadableInput(
            "briefs/latin1.yaml", "is not UTF-8 text", "Save it as UTF-8.", line=3, column=7
        ),
    ),
)


class FixedVagueTerm(Rule):
    """Flags words such as "user-friendly" that nobody can test.

    IT builds and tests against what a requirement
    says; "modern" leaves them guessing.

    Bad: "The page shall be user-friendly."
    Good: "A first-time visitor signs up in under 90 seconds."
    """

    code = "RK101"
    name = "vague-term"
    friction = "F9"
    levels = WORDING


class FixedNoItStakeholder(Rule):
    """Flags a brief whose stakeholders include nobody from IT.

    A brief written without IT is a request thrown over the wall.
    """

    code = "RK601"
    name = "no-it-stakeholder"
    friction = "F6"
    levels = NEEDED_AT_HANDOFF


@pytest.fixture
def fixed_catalogue(monkeypatch):
    """Rule documentation that changes only with this file, for the SARIF golden file.

    The real documentation is checked against the log in test_formatters_sarif.py.
    """
    rules = {rule.code: rule() for rule in (FixedVagueTerm, FixedNoItStakeholder)}
    monkeypatch.setattr(sarif_rules, "catalogue", lambda: (rules, CHECKS))


GOLDENS = {
    "text": "text.txt",
    "json": "report.json",
    "github": "github.txt",
    "sarif": "report.sarif",
    "junit": "junit.xml",
    "concise": "concise.txt",
}


def render(name: str, report: Report = SAMPLE, options: FormatOptions = OPTIONS) -> str:
    return get_formatter(name)(report, options)


def test_every_format_has_a_golden_file():
    assert set(GOLDENS) == set(FORMATS)


@pytest.mark.parametrize("name", sorted(GOLDENS))
def test_format_matches_its_golden_file(name, update_goldens, fixed_catalogue):
    check_golden(GOLDEN / GOLDENS[name], render(name), update_goldens)


@pytest.mark.parametrize("name", sorted(GOLDENS))
def test_format_ends_with_one_newline(name):
    output = render(name)
    assert output.endswith("\n") and not output.endswith("\n\n")


@pytest.mark.parametrize("name", ["github", "sarif", "junit"])
def test_ci_formats_ignore_the_options_for_people(name):
    shown = FormatOptions(working_directory=WORKDIR, quiet=True, statistics=True, color=True)
    assert render(name, options=shown) == render(name)

"""GitHub workflow commands: escaped as GitHub's toolkit does, read back as its runner does."""

from __future__ import annotations

import dataclasses

import pytest

from reqkit.diagnostics import Report, Severity
from reqkit.formatters.github import escape_data, escape_property, workflow_command
from test_formatters import AWKWARD, LAUNCH, OPTIONS, SAMPLE, WORKDIR, render

TRICKY = [
    AWKWARD,
    "100%",
    "%0A is not a newline",
    "a\r\nb",
    "::error::injected",
    "key=value,other=thing",
    "C:\\briefs\\brief.yaml",
    "",
]


def unescape_data(text: str) -> str:
    """What the runner does to a message (percent last, so escapes never meet twice)."""
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text: str) -> str:
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """Split a command the way the runner does: ``::name props::message``."""
    assert line.startswith("::")
    head, message = line[2:].split("::", 1)
    name, _, given = head.partition(" ")
    properties = dict(pair.split("=", 1) for pair in given.split(",")) if given else {}
    return name, {k: unescape_property(v) for k, v in properties.items()}, unescape_data(message)


@pytest.mark.parametrize(
    ("plain", "data", "prop"),
    [
        ("50%", "50%25", "50%25"),
        ("a\nb", "a%0Ab", "a%0Ab"),
        ("a\rb", "a%0Db", "a%0Db"),
        ("a: b", "a: b", "a%3A b"),
        ("a, b", "a, b", "a%2C b"),
        ("%0A", "%250A", "%250A"),
        ('<b>Zoë</b> & "co"; [x]', '<b>Zoë</b> & "co"; [x]', '<b>Zoë</b> & "co"; [x]'),
    ],
)
def test_escaping_follows_the_toolkit(plain, data, prop):
    assert escape_data(plain) == data
    assert escape_property(plain) == prop


@pytest.mark.parametrize("text", TRICKY)
def test_any_text_survives_the_round_trip(text):
    line = workflow_command("warning", [("file", text or "x"), ("title", text)], text)
    assert "\n" not in line and "\r" not in line
    name, properties, message = parse(line)
    assert name == "warning"
    assert message == text
    assert properties["file"] == (text or "x")
    assert properties.get("title", "") == text


def test_properties_without_a_value_are_left_out():
    assert workflow_command("error", [("file", "a.yaml"), ("line", None), ("title", "")], "m") == (
        "::error file=a.yaml::m"
    )
    assert workflow_command("notice", [], "m") == "::notice::m"


def test_one_command_per_finding_and_file_then_a_plain_summary():
    lines = render("github").splitlines()
    commands, summary = lines[:-1], lines[-1]
    assert len(commands) == len(SAMPLE.diagnostics) + len(SAMPLE.unreadable)
    assert all(line.startswith("::") for line in commands)
    assert summary == "reqkit: 2 errors, 2 warnings, 1 note in 4 files; 2 could not be checked"


def test_severity_becomes_the_command_and_hint_follows_on_a_new_line():
    by_title = {}
    for line in render("github").splitlines()[:-1]:
        name, properties, message = parse(line)
        by_title.setdefault(properties["title"], []).append((name, properties, message))
    (error,) = by_title["RK601 no-it-stakeholder"]
    assert error[0] == "error"
    assert error[2] == (
        'Nobody from IT is listed in "stakeholders"\n'
        "hint: Add the IT person who will carry the brief, with side: it."
    )
    warning, note = by_title["RK101 vague-term"]
    assert (warning[0], note[0]) == ("warning", "notice")
    assert warning[2].startswith(AWKWARD + "\nhint: ")


def _properties_of(report: Report) -> dict[str, str]:
    return parse(render("github", report).splitlines()[0])[1]


def _one(**changes: object) -> Report:
    finding = dataclasses.replace(LAUNCH.diagnostics[1], **changes)
    return Report(files=(dataclasses.replace(LAUNCH, diagnostics=(finding,)),))


def test_single_line_span_gives_both_columns():
    properties = _properties_of(_one(line=4, column=3, end_line=4, end_column=9))
    assert {k: properties[k] for k in ("line", "col", "endLine", "endColumn")} == {
        "line": "4",
        "col": "3",
        "endLine": "4",
        "endColumn": "9",
    }


def test_span_over_several_lines_gives_lines_only_as_the_runner_requires():
    properties = _properties_of(_one(line=4, column=3, end_line=6, end_column=1))
    assert properties["line"] == "4" and properties["endLine"] == "6"
    assert "col" not in properties and "endColumn" not in properties


def test_finding_without_an_end_gives_its_start():
    properties = _properties_of(_one(line=4, column=3, end_line=None, end_column=None))
    assert (properties["line"], properties["col"]) == ("4", "3")
    assert "endLine" not in properties and "endColumn" not in properties


def test_file_names_are_absolute_so_the_runner_can_match_them():
    files = {parse(line)[1]["file"] for line in render("github").splitlines()[:-1]}
    assert f"{WORKDIR}/briefs/launch.yaml" in files
    assert "/home/ci/shared/outside.yaml" in files
    assert f"{WORKDIR}/briefs/spring, 50%.yaml" in files


def test_unreadable_file_is_an_error_with_position_when_known():
    lines = [parse(line) for line in render("github").splitlines()[:-1]]
    unreadable = {
        p["file"]: (name, p, m) for name, p, m in lines if p["title"] == "File could not be read"
    }
    name, properties, message = unreadable[f"{WORKDIR}/briefs/latin1.yaml"]
    assert name == "error" and (properties["line"], properties["col"]) == ("3", "7")
    assert message == "is not UTF-8 text\nhint: Save it as UTF-8."
    assert "line" not in unreadable[f"{WORKDIR}/briefs/logo.png"][1]


def test_clean_report_prints_only_the_summary():
    clean = Report(files=(dataclasses.replace(LAUNCH, diagnostics=()),))
    assert render("github", clean, OPTIONS) == "reqkit: All clear: no problems in 1 file\n"


def test_every_severity_has_a_command():
    for severity in Severity:
        report = _one(severity=severity)
        assert render("github", report).startswith(("::error ", "::warning ", "::notice "))

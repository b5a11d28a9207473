"""JUnit XML: well-formed, counted right, read back with the finding intact."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from reqkit.diagnostics import FileResult, Report
from reqkit.formatters.junit import xml_safe
from test_formatters import AWKWARD, CLEAN, LAUNCH, SAMPLE, render

COUNTS = ("tests", "failures", "errors", "skipped")


def parsed(report: Report = SAMPLE) -> ET.Element:
    return ET.fromstring(render("junit", report).encode("utf-8"))


def counts(element: ET.Element) -> dict[str, int]:
    return {name: int(element.get(name)) for name in COUNTS}


def test_declares_utf8_and_has_a_testsuites_root():
    text = render("junit")
    assert text.startswith("<?xml version='1.0' encoding='utf-8'?>\n")
    assert parsed().tag == "testsuites"


def test_one_suite_per_brief_and_per_unreadable_file():
    names = [suite.get("name") for suite in parsed()]
    assert names == [f.file for f in SAMPLE.files] + [u.file for u in SAMPLE.unreadable]


def test_counts_add_up_and_match_the_cases():
    root = parsed()
    for suite in root:
        cases = suite.findall("testcase")
        assert counts(suite) == {
            "tests": len(cases),
            "failures": sum(1 for c in cases if c.find("failure") is not None),
            "errors": sum(1 for c in cases if c.find("error") is not None),
            "skipped": 0,
        }
    assert counts(root) == {name: sum(counts(s)[name] for s in root) for name in COUNTS}
    # 2 errors + 2 warnings fail; 1 note passes; 1 clean brief passes; 2 files unreadable.
    assert counts(root) == {"tests": 8, "failures": 4, "errors": 2, "skipped": 0}


def test_failure_keeps_code_message_location_path_and_hint():
    suite = parsed()[0]
    failures = [case.find("failure") for case in suite if case.find("failure") is not None]
    vague = next(f for f in failures if f.get("type") == "RK101")
    assert vague.get("message") == AWKWARD
    assert vague.text.splitlines() == [
        "briefs/launch.yaml:10:34: warning RK101 [vague-term]",
        "path: requirements[0].statement",
        'hint: Say what a visitor can do, e.g. "signs up in < 90 s, 100% of the time".',
    ]


def test_notes_pass_with_the_note_in_system_out():
    (note,) = [case for case in parsed()[0] if case.find("system-out") is not None]
    assert note.find("failure") is None and note.find("error") is None
    assert 'Vague wording "modern" in REQ-1' in note.find("system-out").text
    assert note.get("name") == "RK101 vague-term (10:52)"
    assert note.get("classname") == "briefs/launch.yaml"


def test_clean_brief_is_one_passing_case():
    root = parsed(Report(files=(CLEAN,)))
    (suite,) = root
    (case,) = suite
    assert case.get("name") == "no problems found" and len(case) == 0
    assert counts(root) == {"tests": 1, "failures": 0, "errors": 0, "skipped": 0}


def test_unreadable_file_is_an_error():
    suite = parsed()[-1]
    error = suite.find("testcase/error")
    assert (error.get("type"), error.get("message")) == ("unreadable", "is not UTF-8 text")
    assert error.text == "briefs/latin1.yaml:3:7\nhint: Save it as UTF-8."


def test_characters_xml_cannot_hold_are_replaced_and_the_rest_kept():
    nasty = "bell\x07 nul\x00 esc\x1b tab\t ok: <&> \"q\" 'a' \U0001f600"
    finding = dataclasses.replace(
        LAUNCH.diagnostics[0], message=nasty, hint=nasty, file="b\x0c.yaml"
    )
    root = parsed(Report(files=(FileResult(finding.file, (finding,)),)))
    failure = root.find("testsuite/testcase/failure")
    assert (
        failure.get("message")
        == xml_safe(nasty)
        == "bell\ufffd nul\ufffd esc\ufffd tab\t ok: <&> \"q\" 'a' \U0001f600"
    )
    assert root.find("testsuite").get("name") == "b\ufffd.yaml"

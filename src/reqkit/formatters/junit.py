"""JUnit XML: findings as test results, for the test tabs of GitLab, Jenkins and Azure.

Each brief is a ``<testsuite>`` named after its file; each finding is a
``<testcase>``. How severities count:

- errors and warnings are ``<failure>`` elements (``type`` is the rule code,
  ``message`` the finding), because both ask for a change before hand-off;
- notes (``info``) pass, with the note in ``<system-out>``: they are advice,
  and a CI server that marks a build unstable on any failure should not do
  so for advice;
- a brief without findings has one passing test case;
- a file that could not be read is an ``<error>``: the check did not run.

The XML is built with ElementTree, which escapes markup; characters that
XML 1.0 cannot hold at all are replaced with U+FFFD.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

from reqkit.diagnostics import Diagnostic, FileResult, Report, Severity, sort_diagnostics
from reqkit.errors import UnreadableInput
from reqkit.formatters import FormatOptions, named_parts

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_COUNTS = ("tests", "failures", "errors", "skipped")


def format_report(report: Report, options: FormatOptions) -> str:
    root = ET.Element("testsuites", name="reqkit")
    root.extend(_suite(result) for result in report.files)
    root.extend(_unreadable_suite(failure) for failure in report.unreadable)
    for count in _COUNTS:
        root.set(count, str(sum(int(suite.get(count, "0")) for suite in root)))
    ET.indent(root)
    buffer = io.BytesIO()
    ET.ElementTree(root).write(buffer, encoding="utf-8", xml_declaration=True)
    return buffer.getvalue().decode("utf-8") + "\n"


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 forbids even as references."""
    return _NOT_XML.sub("\ufffd", text)


def _suite(result: FileResult) -> ET.Element:
    suite = _new_suite(result.file)
    diagnostics = sort_diagnostics(result.diagnostics)
    for d in diagnostics:
        suite.append(_finding_case(d))
    if not diagnostics:
        suite.append(_case(result.file, "no problems found"))
    for code, parts in result.skipped.blocked:
        # A rule that could not run is a skipped test, which CI dashboards count apart.
        case = _case(result.file, code)
        why = f"needs {named_parts(parts)}, which {'has' if len(parts) == 1 else 'have'} errors"
        ET.SubElement(case, "skipped", message=xml_safe(why))
        suite.append(case)
    return _counted(suite)


def _finding_case(d: Diagnostic) -> ET.Element:
    case = _case(d.file, f"{d.code} {d.name} ({d.line}:{d.column})")
    details = [f"{d.file}:{d.line}:{d.column}: {d.severity.value} {d.code} [{d.name}]"]
    if d.path:
        details.append(f"path: {d.path}")
    if d.hint:
        details.append(f"hint: {d.hint}")
    if d.severity is Severity.INFO:
        _child(case, "system-out", "\n".join([*details[:1], d.message, *details[1:]]))
    else:
        _child(case, "failure", "\n".join(details), type=d.code, message=d.message)
    return case


def _unreadable_suite(failure: UnreadableInput) -> ET.Element:
    suite = _new_suite(failure.file)
    case = _case(failure.file, "read the file")
    details = [failure.location] + ([f"hint: {failure.hint}"] if failure.hint else [])
    _child(case, "error", "\n".join(details), type="unreadable", message=failure.message)
    suite.append(case)
    return _counted(suite)


def _new_suite(file: str) -> ET.Element:
    return ET.Element("testsuite", name=xml_safe(file))


def _case(file: str, name: str) -> ET.Element:
    return ET.Element("testcase", classname=xml_safe(file), name=xml_safe(name))


def _child(parent: ET.Element, tag: str, text: str, **attributes: str) -> None:
    element = ET.SubElement(
        parent, tag, {key: xml_safe(value) for key, value in attributes.items()}
    )
    element.text = xml_safe(text)


def _counted(suite: ET.Element) -> ET.Element:
    """Set a suite's counts from its test cases."""
    cases = list(suite)
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(1 for case in cases if case.find("failure") is not None)))
    suite.set("errors", str(sum(1 for case in cases if case.find("error") is not None)))
    suite.set("skipped", str(sum(1 for case in cases if case.find("skipped") is not None)))
    return suite

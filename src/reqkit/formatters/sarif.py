"""SARIF 2.1.0: the report GitHub code scanning and other result viewers read.

One run, with reqkit as its tool and the rules that produced a result.
Choices worth knowing:

- File locations are URIs relative to ``%SRCROOT%``, the folder reqkit ran
  in (given in ``originalUriBaseIds``), so the log reads the same on every
  machine apart from that one entry. A file outside that folder gets an
  absolute ``file:`` URI.
- Columns count characters (``columnKind`` ``unicodeCodePoints``), 1-based,
  with ``endColumn`` just past the last one, exactly as reqkit counts them.
- ``partialFingerprints`` holds a hash of the rule code, the file, the node
  path and the message (plus a counter for identical findings). It leaves out
  line numbers, so a finding keeps its identity, and an alert its history,
  when lines are added above it.
- Files that could not be read are tool execution notifications, and make
  ``executionSuccessful`` false: reqkit did not finish its job on them.
- ``tool.driver.informationUri`` and each rule's ``helpUri`` link to the rule
  documentation: the README, whose rules tables have an anchor per rule
  (``#rk101``). Teams host reqkit themselves, so the base address is the
  ``docs-url`` setting, else the ``Documentation`` address of the installed
  package; with neither, the links are left out (the help text is in the log).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import PurePath
from typing import Any

from reqkit import __version__
from reqkit.diagnostics import Diagnostic, FileResult, Report, sort_diagnostics
from reqkit.distribution import DISTRIBUTION  # whose metadata may name the docs
from reqkit.errors import UnreadableInput
from reqkit.formatters import FormatOptions, message_with_hint, skipped_sentence
from reqkit.formatters.locations import absolute_path, folder_uri, relative_uri, working_directory
from reqkit.formatters.sarif_rules import LEVELS, rule_descriptors

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
ROOT_ID = "%SRCROOT%"
#: The key of reqkit's own fingerprint; the version changes if its recipe does.
FINGERPRINT = "reqkitFinding/v1"

Json = dict[str, Any]


def format_report(report: Report, options: FormatOptions) -> str:
    root = working_directory(options)
    diagnostics = sort_diagnostics(report.diagnostics)
    docs = documentation_url(options)
    rules = rule_descriptors(((d.code, d.name) for d in diagnostics), docs)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    driver: Json = {"name": "reqkit", "version": __version__, "semanticVersion": __version__}
    if docs:
        driver["informationUri"] = docs
    run = {
        "tool": {"driver": {**driver, "rules": rules}},
        "invocations": [_invocation(report, root)],
        "originalUriBaseIds": {
            ROOT_ID: {
                "uri": folder_uri(root),
                "description": {
                    "text": "The folder reqkit ran in; file locations are relative to it."
                },
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": _results(diagnostics, index, root),
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def documentation_url(options: FormatOptions) -> str | None:
    """The address of the rule documentation, without a fragment, or None."""
    url = options.docs_url or _packaged_documentation_url()
    return url.split("#", 1)[0] if url else None


def _packaged_documentation_url() -> str | None:
    """The ``Documentation`` (else ``Homepage``) address in the installed package's metadata."""
    from importlib import metadata

    try:
        entries = metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    urls = {label.strip(): url.strip() for label, _, url in (e.partition(",") for e in entries)}
    return urls.get("Documentation") or urls.get("Homepage")


def artifact_location(file: str, root: PurePath) -> Json:
    """Where a file is: relative to ``%SRCROOT%`` when it is inside it, else a file URI."""
    relative = relative_uri(file, root)
    if relative is None:
        return {"uri": absolute_path(file, root).as_uri()}
    return {"uri": relative, "uriBaseId": ROOT_ID}


def fingerprint(d: Diagnostic, location: str, occurrence: int) -> str:
    """A stable identity for a finding that does not depend on its line."""
    key = "\0".join((d.code, location, d.path, d.message, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _results(
    diagnostics: tuple[Diagnostic, ...], index: dict[str, int], root: PurePath
) -> list[Json]:
    seen: Counter[tuple[str, str, str, str]] = Counter()
    results = []
    for d in diagnostics:
        where = artifact_location(d.file, root)
        identity = (d.code, where["uri"], d.path, d.message)
        occurrence = seen[identity]
        seen[identity] += 1
        results.append(
            {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": LEVELS[d.severity],
                "message": {"text": message_with_hint(d.message, d.hint)},
                "locations": [_location(d, where)],
                "partialFingerprints": {FINGERPRINT: fingerprint(d, where["uri"], occurrence)},
            }
        )
    return results


def _location(d: Diagnostic, where: Json) -> Json:
    location: Json = {"physicalLocation": {"artifactLocation": where, "region": _region(d)}}
    if d.path:
        location["logicalLocations"] = [{"fullyQualifiedName": d.path}]
    return location


def _region(d: Diagnostic) -> Json:
    """The span of a finding; an end that comes before its start is left out."""
    start_line, start_column = max(d.line, 1), max(d.column, 1)
    region = {"startLine": start_line, "startColumn": start_column}
    end_line = start_line if d.end_line is None else d.end_line
    if end_line < start_line:
        return region
    if d.end_line is not None:
        region["endLine"] = end_line
    if d.end_column is not None and (end_line > start_line or d.end_column >= start_column):
        region["endColumn"] = d.end_column
    return region


def _invocation(report: Report, root: PurePath) -> Json:
    return {
        "executionSuccessful": not report.unreadable,
        "toolExecutionNotifications": [
            *(_notification(u, root) for u in report.unreadable),
            *(_skipped(r, root) for r in report.files if r.skipped),
        ],
    }


def _skipped(result: FileResult, root: PurePath) -> Json:
    """Rules that a part with errors kept from running on one file."""
    return {
        "level": "note",
        "message": {"text": skipped_sentence(result.file, result.skipped)},
        "locations": [
            {"physicalLocation": {"artifactLocation": artifact_location(result.file, root)}}
        ],
        "properties": {
            "skippedRules": list(result.skipped.rules),
            "because": list(result.skipped.because),
        },
    }


def _notification(failure: UnreadableInput, root: PurePath) -> Json:
    physical: Json = {"artifactLocation": artifact_location(failure.file, root)}
    if failure.line is not None:
        physical["region"] = {
            "startLine": max(failure.line, 1),
            "startColumn": max(failure.column or 1, 1),
        }
    return {
        "level": "error",
        "message": {"text": message_with_hint(failure.message, failure.hint)},
        "locations": [{"physicalLocation": physical}],
    }

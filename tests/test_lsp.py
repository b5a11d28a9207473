"""``reqkit lsp`` driven over stdio by a real client, as an editor drives it.

One server (the installed ``reqkit`` executable) serves most tests in turn,
which keeps the module fast; the checks of how a session ends start their
own, through ``python -m reqkit``. Expected findings come from ``reqkit
lint --format json`` on the same text, never from the server itself. Set
REQKIT_LSP_TRANSCRIPT=FILE to keep the shared session's messages.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, MINIMAL
from lsp_client import LspClient
from reqkit.catalogue import explain
from reqkit.cli import app
from reqkit.docs import field_doc
from reqkit.model.requirements import Requirement

DOCS = "https://docs.example.com/reqkit"


def lint_json(path: Path) -> list[dict]:
    """What ``reqkit lint`` reports for the file, run where the file is."""
    result = CliRunner().invoke(app, ["lint", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]


def open_document(client: LspClient, path: Path, text: str | None = None) -> dict:
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8") if text is None else text
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
    )
    return client.diagnostics(uri)


def change(client: LspClient, path: Path, version: int, text: str) -> None:
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": path.as_uri(), "version": version},
            "contentChanges": [{"text": text}],
        },
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("docs")
    (root / ".reqkit.toml").write_text(f'docs-url = "{DOCS}"\n', encoding="utf-8")
    shutil.copy(EXAMPLES / "weak-brief.yaml", root / "weak.yaml")
    return root


@pytest.fixture(scope="module")
def server(folder: Path):
    executable = shutil.which("reqkit", path=str(Path(sys.executable).parent))
    assert executable, "the reqkit executable is not installed next to this Python"
    client = LspClient([executable, "lsp"], cwd=folder.parent)
    capabilities = client.initialize(folder)["capabilities"]
    yield client, capabilities
    assert client.finish() == 0
    keep = os.environ.get("REQKIT_LSP_TRANSCRIPT")
    if keep:  # the whole conversation, one JSON-RPC message a line, to read or to show
        with open(keep, "w", encoding="utf-8") as out:
            for direction, _, message in client.transcript:
                out.write(f"{direction} {json.dumps(message, ensure_ascii=False)}\n")


def test_the_server_says_what_it_offers(server):
    _, capabilities = server
    assert capabilities["hoverProvider"] is True
    assert capabilities["codeActionProvider"]["codeActionKinds"] == [
        "quickfix",
        "source.fixAll.reqkit",
    ]
    assert "completionProvider" in capabilities
    assert capabilities["textDocumentSync"]["openClose"] is True


def test_findings_on_open_are_those_of_lint_with_links_to_their_rules(server, folder):
    client, _ = server
    brief = folder / "weak.yaml"
    published = open_document(client, brief)["diagnostics"]
    expected = lint_json(brief)
    assert len(expected) > 10
    assert [(d["code"], d["range"]["start"]["line"] + 1) for d in published] == [
        (d["code"], d["line"]) for d in expected
    ]
    severities = {"error": 1, "warning": 2, "info": 3}
    for shown, found in zip(published, expected, strict=True):
        assert shown["severity"] == severities[found["severity"]]
        assert shown["source"] == "reqkit"
        assert shown["range"]["start"]["character"] == found["column"] - 1
        assert shown["message"].startswith(found["message"])
        assert shown["codeDescription"]["href"] == f"{DOCS}#{found['code'].lower()}"


def test_a_burst_of_changes_is_checked_once_after_the_last(server, folder):
    client, _ = server
    brief = folder / "burst.yaml"
    brief.write_text(MINIMAL, encoding="utf-8")
    assert open_document(client, brief)["diagnostics"] is not None
    vague = MINIMAL.replace("show the event date", "load fast and be user-friendly")
    for version, text in ((2, MINIMAL + "\n"), (3, MINIMAL + "\n\n"), (4, vague)):
        change(client, brief, version, text)
    published = client.diagnostics(brief.as_uri(), version=4)
    brief.write_text(vague, encoding="utf-8")
    assert [d["code"] for d in published["diagnostics"]] == [d["code"] for d in lint_json(brief)]
    assert "RK101" in {d["code"] for d in published["diagnostics"]}
    versions = [
        message["params"].get("version")
        for _, _, message in client.transcript
        if message.get("method") == "textDocument/publishDiagnostics"
        and message["params"]["uri"] == brief.as_uri()
    ]
    assert versions == [1, 4]


def test_positions_count_utf16_code_units_after_a_character_outside_the_bmp(server, folder):
    client, _ = server
    brief = folder / "emoji.yaml"
    text = MINIMAL.replace("Spring campaign page", "🚀🚀 Spring page, details TBD")
    brief.write_text(text, encoding="utf-8")
    published = open_document(client, brief)["diagnostics"]
    [placeholder] = [d for d in lint_json(brief) if d["code"] == "RK201"]
    line = text.splitlines()[placeholder["line"] - 1]
    before = line[: placeholder["column"] - 1]
    [shown] = [d for d in published if d["code"] == "RK201"]
    assert shown["range"]["start"] == {
        "line": placeholder["line"] - 1,
        "character": len(before.encode("utf-16-le")) // 2,
    }
    assert shown["range"]["start"]["character"] == placeholder["column"] - 1 + 2


def test_an_edit_sent_as_a_range_in_utf16_units_lands_after_the_emoji(server, folder):
    client, _ = server
    brief = folder / "emoji.yaml"
    text = brief.read_text(encoding="utf-8")
    lines = text.splitlines()
    row = next(i for i, line in enumerate(lines) if "🚀" in line)
    at = lines[row].index("TBD")
    where = {"line": row, "character": len(lines[row][:at].encode("utf-16-le")) // 2}
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": brief.as_uri(), "version": 2},
            "contentChanges": [{"range": {"start": where, "end": where}, "text": "still "}],
        },
    )
    published = client.diagnostics(brief.as_uri(), 2)["diagnostics"]
    lines[row] = lines[row][:at] + "still " + lines[row][at:]
    brief.write_text("\n".join(lines) + "\n", encoding="utf-8")
    edited = brief.read_text(encoding="utf-8").splitlines()

    def utf16(line: int, column: int) -> int:
        return len(edited[line - 1][: column - 1].encode("utf-16-le")) // 2

    assert [(d["code"], d["range"]["start"]) for d in published] == [
        (d["code"], {"line": d["line"] - 1, "character": utf16(d["line"], d["column"])})
        for d in lint_json(brief)
    ]
    assert "RK201" in {d["code"] for d in published}


def test_hover_on_a_finding_explains_its_rule_as_reqkit_rules_does(server, folder):
    client, _ = server
    brief = folder / "weak.yaml"
    [finding] = [d for d in lint_json(brief) if d["code"] == "RK201"][:1]
    hover = client.request(
        "textDocument/hover",
        {
            "textDocument": {"uri": brief.as_uri()},
            "position": {"line": finding["line"] - 1, "character": finding["column"]},
        },
    )
    text = hover["contents"]["value"]
    assert hover["contents"]["kind"] == "markdown"
    assert "RK201 placeholder-text" in text
    assert explain("RK201").strip() in text


def test_hover_on_a_key_shows_its_documentation_from_the_schema(server, folder):
    client, _ = server
    brief = folder / "burst.yaml"
    row = next(i for i, line in enumerate(MINIMAL.splitlines()) if "priority:" in line)
    hover = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": brief.as_uri()}, "position": {"line": row, "character": 6}},
    )
    text = hover["contents"]["value"]
    assert text.startswith("**priority** (required)")
    assert field_doc(Requirement, "priority").split()[0] in text
    assert "`must`" in text and "`wont`" in text


def test_the_ignore_action_silences_the_finding_and_leaves_a_reason_to_fill_in(server, folder):
    client, _ = server
    brief = folder / "ignore.yaml"
    text = MINIMAL.replace("show the event date", "load fast")
    brief.write_text(text, encoding="utf-8")
    published = open_document(client, brief)["diagnostics"]
    [vague] = [d for d in published if d["code"] == "RK111"]
    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": brief.as_uri()},
            "range": vague["range"],
            "context": {"diagnostics": [vague]},
        },
    )
    [action] = [a for a in actions if a["title"].startswith("Ignore RK111")]
    assert any(a["title"].startswith("Waive RK111 (performance-without-number)") for a in actions)
    assert action["kind"] == "quickfix"
    [edit] = action["edit"]["changes"][brief.as_uri()]
    lines = text.splitlines(keepends=True)
    row = edit["range"]["start"]["line"]
    column = edit["range"]["start"]["character"]
    lines[row] = lines[row][:column] + edit["newText"] + lines[row][column:]
    edited = "".join(lines)
    assert "# reqkit: ignore[RK111] reason:" in edited
    brief.write_text(edited, encoding="utf-8")
    after = {d["code"] for d in lint_json(brief)}
    assert "RK111" not in after and "RK020" not in after
    change(client, brief, 2, edited)
    assert "RK111" not in {d["code"] for d in client.diagnostics(brief.as_uri(), 2)["diagnostics"]}


def test_a_fix_of_lint_fix_is_offered_on_its_finding_and_clears_it(server, folder):
    client, _ = server
    brief = folder / "fixable.yaml"
    text = MINIMAL.replace("priority: must", "priority: Must")
    brief.write_text(text, encoding="utf-8")
    published = open_document(client, brief)["diagnostics"]
    [wrong_case] = [d for d in published if d["code"] == "RK013"]
    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": brief.as_uri()},
            "range": wrong_case["range"],
            "context": {"diagnostics": [wrong_case]},
        },
    )
    titles = [a["title"] for a in actions]
    [fix] = [a for a in actions if not a["title"].startswith("Ignore")]
    assert titles[-1].startswith("Ignore RK013") and fix["isPreferred"] is True
    [edit] = fix["edit"]["changes"][brief.as_uri()]
    lines = text.splitlines(keepends=True)
    start, end = edit["range"]["start"], edit["range"]["end"]
    assert start["line"] == end["line"]
    row = lines[start["line"]]
    lines[start["line"]] = row[: start["character"]] + edit["newText"] + row[end["character"] :]
    brief.write_text("".join(lines), encoding="utf-8")
    assert "RK013" not in {d["code"] for d in lint_json(brief)}


def test_fix_all_applies_every_safe_fix_as_lint_fix_does(server, folder, tmp_path):
    client, _ = server
    brief = folder / "fix-all.yaml"
    text = MINIMAL.replace("priority: must", "priority: Must").replace(
        "  owner: Dana Fischer\n", "  owner: Dana Fischer\n  version: 1.10\n"
    )
    brief.write_text(text, encoding="utf-8")
    open_document(client, brief)
    asked = {
        "textDocument": {"uri": brief.as_uri()},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
    }
    actions = client.request(
        "textDocument/codeAction",
        {**asked, "context": {"diagnostics": [], "only": ["source.fixAll"]}},
    )
    [action] = actions
    assert action["kind"] == "source.fixAll.reqkit"
    [edit] = action["edit"]["changes"][brief.as_uri()]
    assert edit["range"]["start"] == {"line": 0, "character": 0}
    fixed = tmp_path / "fix-all.yaml"
    fixed.write_text(text, encoding="utf-8")
    CliRunner().invoke(app, ["lint", "--fix", str(fixed)])
    assert edit["newText"] == fixed.read_text(encoding="utf-8") != text
    quick = client.request(
        "textDocument/codeAction", {**asked, "context": {"diagnostics": [], "only": ["quickfix"]}}
    )
    assert quick == []


def completion(client: LspClient, path: Path, line: int, character: int) -> list[str]:
    answer = client.request(
        "textDocument/completion",
        {
            "textDocument": {"uri": path.as_uri()},
            "position": {"line": line, "character": character},
        },
    )
    return [item["label"] for item in answer["items"]]


def test_completion_offers_the_keys_a_requirement_still_lacks_and_the_priorities(server, folder):
    client, _ = server
    brief = folder / "complete.yaml"
    text = MINIMAL.replace("    priority: must\n", "    priority: sh\n    \n")
    open_document(client, brief, text)
    rows = text.splitlines()
    row = rows.index("    priority: sh")
    assert completion(client, brief, row, len(rows[row])) == ["must", "should", "could", "wont"]
    keys = completion(client, brief, row + 1, 4)
    assert "rationale" in keys and "acceptance_criteria" in keys
    assert not {"id", "statement", "priority"} & set(keys)
    assert set(keys) <= set(Requirement.model_fields)


def test_broken_yaml_is_a_finding_and_the_server_goes_on(server, folder):
    client, _ = server
    brief = folder / "broken.yaml"
    text = MINIMAL.replace("  title: Spring campaign page\n", '  title: "Spring\n  owner: [x\n')
    brief.write_text(text, encoding="utf-8")
    published = open_document(client, brief)["diagnostics"]
    assert [d["code"] for d in published] == [d["code"] for d in lint_json(brief)]
    assert published[0]["code"] == "RK001"
    assert client.request(
        "textDocument/hover",
        {"textDocument": {"uri": brief.as_uri()}, "position": {"line": 0, "character": 2}},
    )


def test_config_is_found_from_the_documents_own_folder(server, folder):
    client, _ = server
    strict = folder / "strict"
    lenient = folder / "lenient"
    for place in (strict, lenient):
        place.mkdir()
        (place / "brief.yaml").write_text(
            MINIMAL.replace("show the event date", "load fast"), encoding="utf-8"
        )
    (lenient / ".reqkit.toml").write_text(
        'ignore = ["performance-without-number"]\n', encoding="utf-8"
    )
    assert "RK111" in {
        d["code"] for d in open_document(client, strict / "brief.yaml")["diagnostics"]
    }
    shown = open_document(client, lenient / "brief.yaml")["diagnostics"]
    assert "RK111" not in {d["code"] for d in shown}
    assert [d["code"] for d in shown] == [d["code"] for d in lint_json(lenient / "brief.yaml")]
    # A change to the config applies to the next check, without a restart.
    (lenient / ".reqkit.toml").write_text("ignore = []\n", encoding="utf-8")
    change(client, lenient / "brief.yaml", 2, MINIMAL.replace("show the event date", "load fast"))
    again = client.diagnostics((lenient / "brief.yaml").as_uri(), 2)["diagnostics"]
    assert "RK111" in {d["code"] for d in again}


def test_open_briefs_are_checked_again_when_the_editor_reports_a_config_change(server, folder):
    client, _ = server
    place = folder / "watched"
    place.mkdir()
    brief = place / "brief.yaml"
    brief.write_text(MINIMAL.replace("show the event date", "load fast"), encoding="utf-8")
    assert "RK111" in {d["code"] for d in open_document(client, brief)["diagnostics"]}
    config = place / ".reqkit.toml"
    config.write_text('ignore = ["RK111"]\n', encoding="utf-8")
    client.notify(
        "workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 1}]}
    )
    again = client.diagnostics(brief.as_uri(), 1)["diagnostics"]
    assert "RK111" not in {d["code"] for d in again}


def test_a_broken_config_is_shown_at_the_top_of_the_brief(server, folder):
    client, _ = server
    place = folder / "badconfig"
    place.mkdir()
    (place / ".reqkit.toml").write_text("ignore = [\n", encoding="utf-8")
    (place / "brief.yaml").write_text(MINIMAL, encoding="utf-8")
    [shown] = open_document(client, place / "brief.yaml")["diagnostics"]
    assert shown["range"]["start"] == {"line": 0, "character": 0}
    assert "not valid TOML" in shown["message"]


def test_a_brief_never_saved_is_checked_with_the_workspace_config(server):
    client, _ = server
    uri = "untitled:Untitled-1"
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": MINIMAL}},
    )
    shown = client.diagnostics(uri)["diagnostics"]
    assert shown and all(d["codeDescription"]["href"].startswith(DOCS) for d in shown)


def test_a_failing_request_is_logged_and_the_server_goes_on(server, folder):
    client, _ = server
    missing = (folder / "never-written.yaml").as_uri()
    hover = client.request(
        "textDocument/hover",
        {"textDocument": {"uri": missing}, "position": {"line": 0, "character": 0}},
    )
    assert hover is None
    logged = client.wait(lambda m: m.get("method") == "window/logMessage")["params"]
    assert logged["type"] == 1 and "hover failed" in logged["message"]
    assert client.request(
        "textDocument/hover",
        {
            "textDocument": {"uri": (folder / "burst.yaml").as_uri()},
            "position": {"line": 0, "character": 1},
        },
    )


def test_closing_a_brief_clears_its_findings(server, folder):
    client, _ = server
    brief = folder / "weak.yaml"
    client.notify("textDocument/didClose", {"textDocument": {"uri": brief.as_uri()}})
    cleared = client.wait(
        lambda m: (
            m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == brief.as_uri()
            and "version" not in m["params"]
        )  # a closed document has no version
    )
    assert cleared["params"]["diagnostics"] == []


def test_the_exit_status_says_whether_the_client_asked_for_shutdown_first(tmp_path):
    # Both servers start at once: the test waits for one start-up, not two.
    polite, abrupt = (
        LspClient([sys.executable, "-m", "reqkit", "lsp", "--stdio"], cwd=tmp_path)
        for _ in range(2)
    )
    try:
        watching = {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}}
        polite.initialize(tmp_path, watching)
        abrupt.initialize(tmp_path)
        registration = polite.wait(lambda m: m.get("method") == "client/registerCapability")
        [asked] = registration["params"]["registrations"]
        assert asked["method"] == "workspace/didChangeWatchedFiles"
        patterns = {w["globPattern"] for w in asked["registerOptions"]["watchers"]}
        assert patterns == {"**/.reqkit.toml", "**/reqkit.toml", "**/pyproject.toml"}
        started = time.monotonic()
        assert polite.finish() == 0
        assert time.monotonic() - started < 5
        abrupt.notify("exit")
        assert abrupt.process.wait(10) == 1
        assert b"Traceback" not in polite.stderr + abrupt.stderr
    finally:
        polite.kill()
        abrupt.kill()

"""The language server's parts, in process: where the cursor is, fixes, and failures kept contained.

The protocol itself is tested over stdio in test_lsp.py; these cases need
to reach inside the server (a failing linter, a planned fix) or cover many
document shapes quickly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.workspace import TextDocument
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app
from reqkit.fixes import Edit, Fix
from reqkit.lsp import server as server_module
from reqkit.lsp.actions import fix_actions, ignore_action, waiver_action
from reqkit.lsp.checking import DocumentChecker
from reqkit.lsp.completion import suggest
from reqkit.lsp.guard import guarded
from reqkit.lsp.outline import comment_allowed, parent_path

INDENTLESS = """\
initiative:
  id: MKT-1
timeline:
  milestones:
  - name: Launch
    da
requirements:
- id: REQ-1
  statement: |
    The page shall: show it.
  priority: must
"""


@pytest.mark.parametrize(
    ("row", "column", "path"),
    [
        (1, 2, ("initiative",)),
        (5, 4, ("timeline", "milestones", 0)),
        (7, 2, ("requirements", 0)),
        (10, 2, ("requirements", 0)),
        (9, 4, None),  # inside a block of text
        (6, 0, ()),
    ],
)
def test_the_place_of_a_key_is_read_from_indentation(row, column, path):
    assert parent_path(INDENTLESS.splitlines(keepends=True), row, column) == path


def test_comments_are_offered_only_where_they_stay_comments():
    lines = INDENTLESS.splitlines(keepends=True)
    allowed = [row for row in range(len(lines)) if comment_allowed(lines, row)]
    assert 9 not in allowed  # the text of `statement: |`
    assert {1, 4, 7, 8, 10} <= set(allowed)
    open_quote = ['title: "Spring\n', '  sale"\n']
    assert not comment_allowed(open_quote, 0)
    assert comment_allowed(['title: "Spring # sale"\n'], 0)
    assert not comment_allowed(["- 'Spring # sale\n", "  more'\n"], 0)


def test_completion_in_a_list_written_at_its_keys_indentation():
    lines = INDENTLESS.splitlines(keepends=True)
    labels = [s.label for s in suggest(lines, 5, 6)]
    assert "date" in labels and "name" not in labels


def test_an_empty_brief_is_offered_the_top_level_sections():
    labels = [s.label for s in suggest(["ini"], 0, 3)]
    assert labels[0] == "initiative" and "requirements" in labels


def test_a_choice_value_typed_right_after_the_colon_gets_a_space():
    lines = ["initiative:\n", "  stage:"]
    [first, *_] = suggest(lines, 1, len(lines[1]))
    assert (first.label, first.insert) == ("draft", " draft")


def document(text: str) -> TextDocument:
    return TextDocument("file:///briefs/brief.yaml", text)


def diagnostic(code: str, line: int, character: int = 4) -> types.Diagnostic:
    place = types.Position(line, character)
    return types.Diagnostic(types.Range(place, place), "m", code=code, source="reqkit")


def test_a_code_joins_an_ignore_comment_already_on_the_line():
    text = MINIMAL.replace("    priority: must", "    priority: must  # reqkit: ignore[RK101]")
    doc = document(text)
    row = text.splitlines().index("    priority: must  # reqkit: ignore[RK101]")
    action = ignore_action(
        doc.uri, doc.lines, diagnostic("RK111", row), doc.client_position_at_offset
    )
    assert action is not None
    [edit] = action.edit.changes[doc.uri]
    line = doc.lines[row]
    at = edit.range.start.character
    assert (
        line[:at] + edit.new_text + line[at:]
        == "    priority: must  # reqkit: ignore[RK101, RK111]\n"
    )


def test_no_ignore_comment_inside_a_block_of_text():
    doc = document(INDENTLESS)
    found = diagnostic("RK101", 9)
    assert ignore_action(doc.uri, doc.lines, found, doc.client_position_at_offset) is None


def test_planned_fixes_become_quick_fixes_on_their_findings():
    text = "initiative:\n  version: 1.10\n  stage: Draft\n"
    planned = [
        Fix("RK012", 'Quote "1.10"', True, (Edit(23, 27, '"1.10"'),), 2, 12),
        Fix("RK013", 'Write "draft"', False, (Edit(37, 42, "draft"),), 3, 10),
        Fix("RK013", "Another finding on the line", True, (Edit(0, 0, ""),), 3, 2),
        Fix("RK999", "Elsewhere", True, (Edit(0, 0, ""),), 1, 1),
    ]
    doc = document(text)
    wanted = [(diagnostic("RK012", 1, 11), (2, 12)), (diagnostic("RK013", 2, 9), (3, 10))]
    actions = fix_actions(doc.uri, planned, wanted, doc.client_position_at_offset)
    assert [a.title for a in actions] == ['Quote "1.10"', 'Write "draft" (unsafe)']
    assert [a.is_preferred for a in actions] == [True, False]
    [quote] = actions[0].edit.changes[doc.uri]
    assert (quote.range.start, quote.range.end) == (types.Position(1, 11), types.Position(1, 15))
    assert text[23:27] == "1.10"


def test_a_finding_the_server_does_not_know_is_matched_to_fixes_by_its_line():
    doc = document("initiative:\n  version: 1.10\n")
    fix = Fix("RK012", "Quote", True, (Edit(23, 27, '"1.10"'),), 2, 12)
    found = diagnostic("RK012", 1, 0)
    assert len(fix_actions(doc.uri, [fix], [(found, None)], doc.client_position_at_offset)) == 1
    elsewhere = diagnostic("RK012", 0, 0)
    assert fix_actions(doc.uri, [fix], [(elsewhere, None)], doc.client_position_at_offset) == []


def test_a_bug_while_checking_is_a_finding_and_the_checker_goes_on(monkeypatch, tmp_path):
    checker = DocumentChecker()

    def broken(*args, **kwargs):
        raise RuntimeError("injected failure")

    monkeypatch.delenv("REQKIT_DEBUG", raising=False)
    monkeypatch.setattr("reqkit.linter.Linter.lint_text", broken)
    checked = checker.check(MINIMAL, tmp_path / "brief.yaml", "brief.yaml")
    assert [d.code for d in checked.diagnostics] == ["RK009"]
    assert isinstance(checked.crash, RuntimeError)
    monkeypatch.undo()
    assert "RK009" not in {
        d.code for d in checker.check(MINIMAL, tmp_path / "b.yaml", "b").diagnostics
    }


def test_a_failing_handler_is_logged_and_answers_nothing():
    server = server_module.ReqkitServer()
    logged = []
    server.log = lambda message, kind=None: logged.append(message)  # type: ignore[method-assign]

    @guarded(server, default=[])
    def handler(params):
        raise KeyError("lost")

    assert handler(None) == []
    [message] = logged
    assert "handler failed" in message and "KeyError: 'lost'" in message


def test_the_same_text_is_checked_again_only_once_its_config_changed(tmp_path):
    checker = DocumentChecker()
    brief = tmp_path / "brief.yaml"
    text = MINIMAL.replace("show the event date", "load fast")
    first = checker.check(text, brief, "brief.yaml")
    assert checker.check(text, brief, "brief.yaml") is first
    assert "RK111" in {d.code for d in first.diagnostics}
    (tmp_path / ".reqkit.toml").write_text('ignore = ["RK111"]\n', encoding="utf-8")
    after = checker.check(text, brief, "brief.yaml")
    assert "RK111" not in {d.code for d in after.diagnostics}


FOLDED = MINIMAL.replace(
    "    statement: The page shall show the event date.\n",
    "    statement: >\n      The page shall show the event date\n      in a user-friendly way.\n",
)


def lint_file(path: Path) -> list[dict]:
    result = CliRunner().invoke(app, ["lint", "--isolated", "--format", "json", str(path)])
    return json.loads(result.stdout)["diagnostics"]


def apply(text: str, action: types.CodeAction, uri: str) -> str:
    [edit] = action.edit.changes[uri]
    doc = document(text)
    start = doc.offset_at_position(edit.range.start)
    return text[:start] + edit.new_text + text[doc.offset_at_position(edit.range.end) :]


@pytest.mark.parametrize(
    "text",
    [
        FOLDED,
        FOLDED.replace(
            "    priority: must\n",
            "    priority: must\n    waivers:\n      - rule: RK801\n        reason: Agreed.\n",
        ),
    ],
    ids=["first waiver", "one more waiver"],
)
def test_a_waiver_with_a_reason_to_fill_in_silences_a_finding_inside_block_text(text, tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(text, encoding="utf-8")
    [vague] = [d for d in lint_file(brief) if d["code"] == "RK101"]
    place = types.Position(vague["line"] - 1, vague["column"] - 1)
    found = types.Diagnostic(
        types.Range(place, place),
        vague["message"],
        code="RK101",
        source="reqkit",
        data={"name": vague["name"], "path": vague["path"]},
    )
    doc = document(text)
    assert ignore_action(doc.uri, doc.lines, found, doc.client_position_at_offset) is None
    action = waiver_action(doc.uri, doc.lines, found, doc.client_position_at_offset)
    assert action is not None and action.title.startswith("Waive RK101 (vague-term)")
    brief.write_text(apply(text, action, doc.uri), encoding="utf-8")
    after = lint_file(brief)
    assert not {"RK101", "RK020", "RK021"} & {d["code"] for d in after}
    assert any(d["code"] == "RK201" and "waivers" in d["path"] for d in after)  # the reason

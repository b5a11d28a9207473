"""The language server: pygls wiring over reqkit's checker, hover, completion and actions.

Diagnostics are published when a brief is opened and again after each
change, once the typing has paused (:data:`DEBOUNCE_SECONDS`); a newer change
cancels a check that is still waiting. Checks run one at a time on a worker
thread, so the server keeps answering hover and completion while a large
brief is checked. Every handler is guarded: a bug becomes a message in the
editor's log, never the end of the server.
"""

from __future__ import annotations

import asyncio
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from reqkit import __version__
from reqkit.diagnostics import Diagnostic
from reqkit.lsp.actions import (
    FIX_ALL,
    fix_actions,
    fix_all_action,
    ignore_action,
    waiver_action,
    wants,
)
from reqkit.lsp.checking import Checked, DocumentChecker
from reqkit.lsp.completion import completion_list
from reqkit.lsp.diagnostics import SOURCE, lsp_range, problem_diagnostic, to_lsp
from reqkit.lsp.guard import guarded
from reqkit.lsp.hover import finding_hover, key_hover, under_cursor
from reqkit.lsp.watching import config_watch, watches_files

QUICK_FIX = types.CodeActionKind.QuickFix

#: How long after the last change a check starts; a newer change restarts the wait.
DEBOUNCE_SECONDS = 0.1


class ReqkitServer(LanguageServer):
    """A pygls server that remembers each open brief's findings for hover and actions."""

    def __init__(self, debounce: float = DEBOUNCE_SECONDS) -> None:
        super().__init__("reqkit", __version__)
        self.debounce = debounce
        self.checker = DocumentChecker()
        self.findings: dict[str, list[tuple[types.Range, Diagnostic]]] = {}
        self.pending: dict[str, asyncio.Future[None]] = {}
        self.shut_down = False
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reqkit-check")

    def log(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, cancelling a check still waiting for it."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.ensure_future(self._check_later(uri, delay))

    def forget(self, uri: str, location: Path) -> None:
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.findings.pop(uri, None)
        self._worker.submit(self.checker.forget, location)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    async def _check_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        try:
            if uri not in self.workspace.text_documents:
                return
            document = self.workspace.get_text_document(uri)
            text, version = document.source, document.version
            location = self.location(document)
            loop = asyncio.get_running_loop()
            checked = await loop.run_in_executor(
                self._worker, self.checker.check, text, location, str(location)
            )
            if self.pending.get(uri) is not asyncio.current_task():
                return  # a newer change is waiting for its own check
            del self.pending[uri]
            self.publish(document, text, version, checked)
        except asyncio.CancelledError:
            raise
        except Exception:
            self.log(f"reqkit could not check {uri}:\n{traceback.format_exc()}")

    def publish(
        self, document: TextDocument, text: str, version: int | None, checked: Checked
    ) -> None:
        lines = text.splitlines(keepends=True)
        codec = document.position_codec
        found = [(lsp_range(d, lines, codec), d) for d in checked.diagnostics]
        self.findings[document.uri] = found
        shown = [to_lsp(d, lines, codec, checked.docs_url) for d in checked.diagnostics]
        if checked.problem is not None:
            shown.append(problem_diagnostic(checked.problem))
        if checked.crash is not None:
            crash = checked.crash
            trace = "".join(traceback.format_exception(type(crash), crash, crash.__traceback__))
            self.log(f"reqkit could not check {document.uri}:\n{trace}")
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(document.uri, shown, version)
        )

    async def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        """Fixes for the findings in the request, then an ignore comment and a waiver for each.

        A request for ``source.fixAll`` (editors send one on save when asked
        to) gets one action instead: every safe fix, applied as ``lint
        --fix`` applies them. Fixes are planned on the checking thread, one
        job at a time, like checks.
        """
        uri = params.text_document.uri
        only = params.context.only
        document = self.workspace.get_text_document(uri)
        text = document.source
        loop = asyncio.get_running_loop()
        if only is not None and wants(only, FIX_ALL) and not wants(only, QUICK_FIX):
            fixed = await loop.run_in_executor(
                self._worker, self.checker.fix_all, text, self.location(document)
            )
            if fixed == text or document.source != text:
                return []
            return [fix_all_action(uri, document.lines, fixed)]
        ours = [
            d for d in params.context.diagnostics if d.source == SOURCE and isinstance(d.code, str)
        ]
        if not ours or not wants(only, QUICK_FIX):
            return []
        fixes = await loop.run_in_executor(
            self._worker, self.checker.fixes, text, self.location(document)
        )
        if document.source != text:
            return []  # changed meanwhile: the editor asks again for the new text
        known = {
            (_span(span), found.code): (found.line, found.column)
            for span, found in self.findings.get(uri, [])
        }
        wanted = [(d, known.get((_span(d.range), d.code))) for d in ours]
        to_client = document.client_position_at_offset
        actions = fix_actions(uri, fixes, wanted, to_client)
        for diagnostic in ours:
            for offer in (ignore_action, waiver_action):
                action = offer(uri, document.lines, diagnostic, to_client)
                if action is not None:
                    actions.append(action)
        return actions

    def location(self, document: TextDocument) -> Path:
        """Where the brief is saved: its configuration is looked up from there, as for lint.

        A buffer never saved (``untitled:``) gets the configuration of the
        workspace folder, else of the folder the server was started in.
        """
        if document.uri.startswith("file:"):
            return Path(document.path)
        root = self.workspace.root_path
        return Path(root or Path.cwd()) / (document.filename or "untitled.yaml")


def _span(span: types.Range) -> tuple[int, int, int, int]:
    return (span.start.line, span.start.character, span.end.line, span.end.character)


def create_server(debounce: float = DEBOUNCE_SECONDS) -> ReqkitServer:
    """A server with every reqkit feature registered."""
    server = ReqkitServer(debounce)
    safe = guarded(server)

    @server.feature(types.INITIALIZED)
    @safe
    def initialized(params: types.InitializedParams) -> None:
        if watches_files(server.client_capabilities):
            server.client_register_capability(config_watch())

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @safe
    def config_changed(params: types.DidChangeWatchedFilesParams) -> None:
        for uri in list(server.workspace.text_documents):  # their findings may change with it
            server.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @safe
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        server.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @safe
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        server.schedule(params.text_document.uri, server.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    @safe
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        server.schedule(params.text_document.uri, 0)  # a config file may have changed meanwhile

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @safe
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        server.forget(uri, server.location(server.workspace.get_text_document(uri)))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @safe
    def hover(params: types.HoverParams) -> types.Hover | None:
        uri = params.text_document.uri
        text = finding_hover(under_cursor(server.findings.get(uri, []), params.position))
        if text is None:
            document = server.workspace.get_text_document(uri)
            at = document.position_from_client_units(params.position)
            text = key_hover(document.lines, at.line, at.character)
        if text is None:
            return None
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[QUICK_FIX, FIX_ALL]),
    )
    async def code_action(params: types.CodeActionParams) -> list[types.CodeAction]:
        try:
            return await server.code_actions(params)
        except Exception:
            server.log(f"reqkit: code_action failed:\n{traceback.format_exc()}")
            return []

    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=[":"])
    )
    @safe
    def completion(params: types.CompletionParams) -> types.CompletionList:
        document = server.workspace.get_text_document(params.text_document.uri)
        return completion_list(document, params.position)

    @server.feature(types.SHUTDOWN)
    def shutdown(params: Any = None) -> None:
        server.shut_down = True

    return server


def serve() -> int:
    """Serve one client over standard input and output; the exit status LSP asks for.

    0 after a ``shutdown`` request and the ``exit`` notification; 1 when the
    client left without asking the server to shut down.
    """
    server = create_server()
    server.start_io()
    return 0 if server.shut_down else 1

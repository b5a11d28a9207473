"""A small LSP client that talks JSON-RPC to a real ``reqkit lsp`` process over its stdio.

The tests and bench/bench_lsp.py drive the server as an editor would: framed
messages on the server's standard input, answers and notifications read from
its standard output on a thread. Every message both ways is kept, in order,
in ``transcript``, with the time it was sent or read. Requests from the
server (``client/registerCapability``) are answered at once with an empty
result, as a client that accepts them does.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Message = dict[str, Any]


class LspClient:
    """One server process and the conversation with it."""

    def __init__(self, command: list[str], cwd: Path | None = None) -> None:
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd
        )
        self.transcript: list[tuple[str, float, Message]] = []
        self.stderr = b""
        self._inbox: queue.Queue[Message | None] = queue.Queue()
        self._unread: list[Message] = []
        self._next_id = 0
        self._writing = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                header = stream.readline()
                if not header:
                    self._inbox.put(None)
                    return
                if header in (b"\r\n", b"\n"):
                    break
                name, _, value = header.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            assert length is not None, "a message without Content-Length"
            message = json.loads(stream.read(length))
            self.transcript.append(("<-", time.perf_counter(), message))
            if "id" in message and "method" in message:  # a request from the server
                self.send({"id": message["id"], "result": None})
            self._inbox.put(message)

    def _drain_stderr(self) -> None:
        assert self.process.stderr is not None
        self.stderr = self.process.stderr.read()

    def send(self, message: Message) -> float:
        """Send one message; the time it was sent."""
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        with self._writing:  # the reader thread answers the server's requests
            sent = time.perf_counter()
            self.transcript.append(("->", sent, {"jsonrpc": "2.0", **message}))
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()
        return sent

    def notify(self, method: str, params: Any = None) -> float:
        message: Message = {"method": method}
        if params is not None:
            message["params"] = params
        return self.send(message)

    def request(self, method: str, params: Any = None, timeout: float = 20) -> Any:
        """Send a request and wait for its answer; raises on an error answer."""
        self._next_id += 1
        number = self._next_id
        message: Message = {"id": number, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        answer = self.wait(lambda m: m.get("id") == number and "method" not in m, timeout)
        if "error" in answer:
            raise RuntimeError(f"{method} failed: {answer['error']}")
        return answer.get("result")

    def wait(self, wanted: Callable[[Message], bool], timeout: float = 20) -> Message:
        """The first message not yet taken that ``wanted`` accepts, waiting for it if need be."""
        for message in self._unread:
            if wanted(message):
                self._unread.remove(message)
                return message
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no such message within {timeout} s; stderr: {self.stderr!r}")
            try:
                message = self._inbox.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                raise EOFError(f"the server closed its output; stderr: {self.stderr!r}")
            if wanted(message):
                return message
            self._unread.append(message)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 20) -> Message:
        """The next ``publishDiagnostics`` for ``uri`` (for ``version``, if given)."""
        return self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version)
            ),
            timeout,
        )["params"]

    def initialize(self, root: Path, capabilities: Message | None = None) -> Any:
        result = self.request(
            "initialize",
            {"processId": None, "rootUri": root.as_uri(), "capabilities": capabilities or {}},
        )
        self.notify("initialized", {})
        return result

    def finish(self, timeout: float = 20) -> int:
        """Shut the server down as an editor does; its exit status."""
        self.request("shutdown")
        self.notify("exit")
        assert self.process.stdin is not None
        self.process.stdin.close()
        return self.process.wait(timeout)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

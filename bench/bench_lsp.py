"""How soon `reqkit lsp` shows the findings of a change, on a 200-requirement brief.

    python bench/bench_lsp.py                  # 40 changes; --changes N for more or fewer
    python bench/bench_lsp.py --transcript session.jsonl

A real server is started as an editor starts it (the installed `reqkit lsp`,
over stdio), opens a brief made by make_brief.py and receives N edits, one
at a time: each edit changes one requirement's statement, and the clock runs
from sending `textDocument/didChange` to reading the `publishDiagnostics` of
that version. The raw figure includes the server's debounce (it waits that
long for more typing before it checks); the net figure is raw minus the
debounce: what checking and publishing cost. The target is a net median and
95th percentile within 150 ms. On a busy machine the wall-clock figures
include waiting for a core, so the server's own CPU time per change is
shown too (Linux). Results are also written to
bench/results/lsp.json; --transcript keeps every JSON-RPC message.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from make_brief import make_brief

from lsp_client import LspClient
from reqkit.lsp.server import DEBOUNCE_SECONDS

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 0.150
WARM_UP = 3


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def cpu_seconds(pid: int) -> float | None:
    """The CPU time a process has used so far (Linux), to tell its own cost from waiting for a core."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def edits(text: str, count: int) -> list[str]:
    """``count`` versions of ``text``, each with one statement reworded somewhere else."""
    statements = [line for line in text.splitlines() if line.strip().startswith("statement:")]
    versions = []
    for index in range(count):
        line = statements[(index * 37) % len(statements)]
        versions.append(text.replace(line, line.rstrip(".") + f" within {index + 2} seconds.", 1))
    return versions


def measure(changes: int, transcript: Path | None) -> dict[str, object]:
    executable = shutil.which("reqkit", path=str(Path(sys.executable).parent)) or "reqkit"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        brief = work / "brief-200.yaml"
        text = make_brief(200)
        brief.write_text(text, encoding="utf-8")
        client = LspClient([executable, "lsp"], cwd=work)
        try:
            client.initialize(work)
            uri = brief.as_uri()
            client.notify(
                "textDocument/didOpen",
                {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
            )
            opened = client.diagnostics(uri, 1, timeout=60)
            raw = []
            busy_before = cpu_seconds(client.process.pid)
            for version, edited in enumerate(edits(text, changes + WARM_UP), start=2):
                sent = client.notify(
                    "textDocument/didChange",
                    {
                        "textDocument": {"uri": uri, "version": version},
                        "contentChanges": [{"text": edited}],
                    },
                )
                client.diagnostics(uri, version, timeout=60)
                received = client.transcript[-1][1]
                raw.append(received - sent)
            busy_after = cpu_seconds(client.process.pid)
            status = client.finish()
        finally:
            client.kill()
        if transcript is not None:
            with transcript.open("w", encoding="utf-8") as out:
                for direction, _, message in client.transcript:
                    out.write(json.dumps({"direction": direction, "message": message}) + "\n")
    raw = raw[WARM_UP:]
    net = [seconds - DEBOUNCE_SECONDS for seconds in raw]
    return {
        "requirements": 200,
        "changes": len(raw),
        "findings": len(opened["diagnostics"]),
        "debounce": DEBOUNCE_SECONDS,
        "raw": {"median": statistics.median(raw), "p95": percentile(raw, 0.95)},
        "net": {"median": statistics.median(net), "p95": percentile(net, 0.95)},
        "server_cpu_per_change": (
            (busy_after - busy_before) / (changes + WARM_UP)
            if busy_before is not None and busy_after is not None
            else None
        ),
        "exit_status": status,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--changes", type=int, default=40, help="how many edits to time")
    parser.add_argument("--transcript", type=Path, help="write every JSON-RPC message here")
    args = parser.parse_args()
    result = measure(args.changes, args.transcript)
    raw, net = result["raw"], result["net"]
    print(
        f"200 requirements, {result['changes']} changes, {result['findings']} findings, "
        f"debounce {DEBOUNCE_SECONDS * 1000:.0f} ms"
    )
    print(f"{'':24} {'median':>8} {'p95':>8}")
    for label, figures in (("didChange -> diagnostics", raw), ("net of the debounce", net)):
        print(f"{label:24} {figures['median'] * 1000:>6.0f}ms {figures['p95'] * 1000:>6.0f}ms")  # type: ignore[index]
    cpu = result["server_cpu_per_change"]
    if cpu is not None:
        print(
            f"{'server CPU per change':24} {cpu * 1000:>6.0f}ms  (mean; the rest is waiting for a core)"
        )
    print()
    for label in ("median", "p95"):
        met = net[label] <= TARGET_SECONDS  # type: ignore[index]
        print(
            f"{'met   ' if met else 'MISSED'} diagnostics within 150 ms of a change (net {label})"
        )
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "lsp.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

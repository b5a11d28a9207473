"""How `reqkit lint` copes with one very long statement full of findings.

    python bench/bench_long_statement.py              # 40 KB, 100 KB, 300 KB, 1 MB
    python bench/bench_long_statement.py 2000000      # sizes in bytes

A pasted document, or a generated brief, can put a whole page into one
requirement statement. Every wording rule then finds hundreds of things in
the same text, and any work done again per finding (splitting the text into
words, counting lines, searching for the finding's position) turns into time
and memory that grow with the square of the text. Each case runs the real
command in a fresh process and reports its wall-clock time and peak memory.
Target: 1 MB under 5 s (of CPU time) and 200 MB. The output is JSON, so the
figures are about linting, not about drawing 40,000 findings on a terminal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: Sentences that each trip one or more wording rules (vague, weak, loophole, ...).
SENTENCES = (
    "The booking form should be user-friendly and fast if possible.",
    "It shall show recipes, videos, reviews etc. as appropriate.",
    "The best page shall send the voucher by e-mail/SMS and update the CRM lead.",
    "Sign-ups shall be exported to the CRM every night.",
    "The site shall support 10000 and store up to 500, for 12 after launch.",
    "Build the sign-up page in React with a MySQL table ASAP.",
    "The app shall not show expired offers and may be faster than before.",
    "The shop shall provide support for payments, but not limited to cards.",
    "The till can scan it so that the visitor could pay.",
    "The new booking form shall be faster and easier for many visitors.",
)
TARGET_SECONDS = 5.0
TARGET_MB = 200.0
DEFAULT_SIZES = (40_000, 100_000, 300_000, 1_000_000)


def statement(size: int) -> str:
    """A statement of about ``size`` characters, cycling through :data:`SENTENCES`."""
    parts: list[str] = []
    length = index = 0
    while length < size:
        sentence = SENTENCES[index % len(SENTENCES)]
        parts.append(sentence)
        length += len(sentence) + 1
        index += 1
    return " ".join(parts)


def long_brief(size: int) -> str:
    """A small valid brief whose first requirement has a statement of ``size`` characters."""
    return "\n".join([
        "initiative:",
        "  id: LONG-1",
        "  title: A brief with one very long statement",
        "  owner: Dana Fischer",
        "  stage: draft",
        "  problem: Visitors cannot book a demo at the show.",
        "requirements:",
        "  - id: REQ-1",
        f"    statement: {statement(size)}",
        "    priority: must",
        "",
    ])  # fmt: skip


def run(path: Path) -> tuple[float, float, float, int]:
    """Wall-clock and CPU seconds, peak megabytes and exit status of ``reqkit lint`` on ``path``.

    CPU time is reported beside wall-clock time because it is what the
    target is about and is less disturbed by other work on a busy machine.
    """
    executable = shutil.which("reqkit", path=str(Path(sys.executable).parent)) or "reqkit"
    command = [executable, "lint", "--isolated", "--format", "json", "--today", "2026-12-01"]
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        process = subprocess.Popen([*command, str(path)], stdout=sink, stderr=sink)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, peak_mb, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sizes", nargs="*", type=int, help="statement sizes in characters")
    sizes = parser.parse_args().sizes or DEFAULT_SIZES
    print(f"{'statement':>12} {'seconds':>9} {'CPU s':>7} {'peak MB':>9} {'exit':>5}")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"long-{size}.yaml"
            path.write_text(long_brief(size), encoding="utf-8")
            seconds, cpu, peak, status = run(path)
            results.append((size, cpu, peak))
            print(f"{size:>10,} B {seconds:>8.2f}s {cpu:>6.2f}s {peak:>8.0f}  {status:>4}")
    for size, cpu, peak in results:
        if size == 1_000_000:
            met = cpu < TARGET_SECONDS and peak < TARGET_MB
            verdict = "met   " if met else "MISSED"
            print(f"\n{verdict} 1 MB statement under {TARGET_SECONDS:.0f} s and {TARGET_MB:.0f} MB")


if __name__ == "__main__":
    main()

"""What `reqkit lint --fix` and the [*] marks cost, on a brief of 2,000 requirements.

    python bench/bench_fix.py            # add --quick for fewer repetitions

Each case runs the installed command in a fresh process and reports the best
and the median wall-clock time:

  lint          the clean brief, plain lint (the baseline)
  diff-clean    the clean brief, --diff: fixing with nothing to fix
  lint-marks    the damaged brief, plain lint: the report with its [*] marks
  diff-damaged  the damaged brief, --diff: every fix planned, checked and shown
  fix-damaged   the damaged brief, --fix on a fresh copy each run

The damage is what --fix repairs: every fifth priority in capitals, blanks
at the end of every tenth line, and a date in the form 15.03.2027.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_brief import make_brief

REQKIT = str(Path(sys.executable).with_name("reqkit"))


def damage(text: str) -> str:
    count = 0

    def capitals(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return match.group().replace("must", "Must") if count % 5 == 0 else match.group()

    text = re.sub(r"priority: must", capitals, text)
    lines = text.split("\n")
    lines = [line + "  " if i % 10 == 5 and line.strip() else line for i, line in enumerate(lines)]
    return "\n".join(lines).replace("  created:", "  created: 15.03.2027\n  updated:", 1)


def timed(arguments: list[str], runs: int, prepare=None) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        if prepare:
            prepare()
        start = time.perf_counter()
        subprocess.run([REQKIT, *arguments], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    runs = 3 if parser.parse_args().quick else 7
    folder = Path(tempfile.mkdtemp())
    clean = folder / "clean.yaml"
    clean.write_text(make_brief(2000), encoding="utf-8")
    damaged_text = damage(clean.read_text(encoding="utf-8"))
    damaged = folder / "damaged.yaml"
    damaged.write_text(damaged_text, encoding="utf-8")
    target = folder / "target.yaml"
    common = ["lint", "--isolated", "--today", "2026-12-01"]
    cases = {
        "lint": ([*common, str(clean)], None),
        "diff-clean": ([*common, "--diff", str(clean)], None),
        "lint-marks": ([*common, str(damaged)], None),
        "diff-damaged": ([*common, "--diff", str(damaged)], None),
        "fix-damaged": (
            [*common, "--fix", str(target)],
            lambda: target.write_text(damaged_text, encoding="utf-8"),
        ),
    }
    for name, (arguments, prepare) in cases.items():
        best, median = timed(arguments, runs, prepare)
        print(f"{name:14} best {best:6.2f} s   median {median:6.2f} s")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()

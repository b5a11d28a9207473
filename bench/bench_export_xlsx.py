"""How fast `reqkit export --format xlsx` is on a brief with 2,000 requirements.

    python bench/bench_export_xlsx.py            # add --quick for fewer repetitions

Two figures, best and median of several runs:

  command   the real `reqkit export` in a fresh process, as a user runs it:
            start-up, reading, linting (the findings go in the workbook) and writing
  workbook  writing the workbook alone, from the validated brief and its findings

The target is 2 seconds for the command. The script prints "met" or "MISSED"
for it, and the same figures for `reqkit import` reading the workbook back.
Processor time is printed beside the wall-clock time: on a machine busy with
other work, it is the part that is reqkit's own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_brief import make_brief

TARGET_SECONDS = 2.0
REQUIREMENTS = 2000
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _cpu() -> float:
    """Processor seconds used so far by this process and the commands it ran."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(action, runs: int) -> dict[str, float]:
    """Best and median wall-clock seconds of ``runs`` calls of ``action`` (after a warm-up),
    and the best processor time: on a busy machine, the part that is reqkit's own."""
    action()
    times, cpu = [], []
    for _ in range(runs):
        start, used = time.perf_counter(), _cpu()
        action()
        times.append(time.perf_counter() - start)
        cpu.append(_cpu() - used)
    return {"best": min(times), "median": statistics.median(times), "cpu": min(cpu)}


def command(*args: str):
    executable = shutil.which("reqkit", path=str(Path(sys.executable).parent)) or "reqkit"

    def run() -> None:
        done = subprocess.run(
            [executable, *args], capture_output=True, text=True, check=False, env=ENVIRONMENT
        )
        if done.returncode != 0:
            raise SystemExit(done.stderr)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    runs = 3 if parser.parse_args().quick else 7
    with tempfile.TemporaryDirectory() as folder:
        brief = Path(folder) / "brief.yaml"
        brief.write_text(make_brief(REQUIREMENTS), encoding="utf-8")
        sheet, back = Path(folder) / "brief.xlsx", Path(folder) / "back.yaml"
        export = command("export", str(brief), "-f", "xlsx", "-o", str(sheet), "--force")
        whole = timed(export, runs)

        from reqkit.export.xlsx_book import workbook_bytes
        from reqkit.loader import load_brief

        loaded = load_brief(brief)
        assert loaded.brief is not None
        alone = timed(lambda: workbook_bytes(loaded.brief, (), dt.date(2027, 1, 1)), runs)
        read = timed(command("import", str(sheet), "-o", str(back), "--force"), runs)
    print(f"export --format xlsx, {REQUIREMENTS:,} requirements")
    for label, figures in (("command", whole), ("workbook", alone), ("import", read)):
        print(
            f"  {label:<9} best {figures['best']:.2f} s   median {figures['median']:.2f} s"
            f"   processor {figures['cpu']:.2f} s"
        )
    wall = "met" if whole["best"] < TARGET_SECONDS else "MISSED"
    cpu = "met" if whole["cpu"] < TARGET_SECONDS else "MISSED"
    load = os.getloadavg()[0] / (os.cpu_count() or 1)
    print(f"target: the command under {TARGET_SECONDS:.0f} s: {wall}")
    print(f"        in processor time: {cpu} (load per core while measuring: {load:.1f})")


if __name__ == "__main__":
    main()

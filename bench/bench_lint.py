"""How fast `reqkit lint` is, next to yamllint on the same files.

    pip install -e '.[bench]'        # adds yamllint
    python bench/bench_lint.py       # add --quick for fewer repetitions

Every case runs the real command in a fresh process, as a user or a CI job
would, and reports the best and the median wall-clock time of several runs
(the best is the least disturbed by other work on the machine). Cases:

  (a) one typical brief (an example), cold process
  (b) one brief with 2,000 requirements
  (c) a folder of 200 typical briefs
  (d) the full text report of a 2,000-requirement brief with 6,000 findings,
      next to the same run with --quiet: what printing the findings costs
  growth: 200, 2,000 and 20,000 requirements, to show time grows linearly

yamllint checks only YAML syntax and style, reqkit validates a schema and runs
every lint rule: the comparison says what a user pays for the extra checks.
Results are also written to bench/results/lint.json.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_brief import make_brief

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "crm-migration.yaml"
TODAY = "2026-12-01"


#: Byte-code caching on, as on a user's machine: an installed yamllint has its
#: .pyc files from the install, and reqkit must not pay for compiling instead.
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], runs: int) -> dict[str, float]:
    """Best and median seconds of ``runs`` runs of ``command`` (after one warm-up)."""
    subprocess.run(command, capture_output=True, check=False, env=ENVIRONMENT)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=ENVIRONMENT)
        times.append(time.perf_counter() - start)
    return {"best": min(times), "median": statistics.median(times)}


def reqkit(*paths: Path, quiet: bool = True) -> list[str]:
    executable = shutil.which("reqkit", path=str(Path(sys.executable).parent)) or "reqkit"
    shown = ["--quiet"] if quiet else []
    return [executable, "lint", *shown, "--isolated", "--today", TODAY, *map(str, paths)]


def yamllint(*paths: Path) -> list[str] | None:
    executable = shutil.which("yamllint", path=str(Path(sys.executable).parent)) or shutil.which(
        "yamllint"
    )
    return [executable, *map(str, paths)] if executable else None


def compare(label: str, paths: list[Path], runs: int) -> dict[str, object]:
    row: dict[str, object] = {"case": label, "reqkit": timed(reqkit(*paths), runs)}
    other = yamllint(*paths)
    row["yamllint"] = timed(other, runs) if other else None
    return row


def report_cost(brief: Path, runs: int) -> dict[str, object]:
    """The default text report, findings and all, against the same run with --quiet."""
    return {
        "case": "(d) 2,000 reqs, 6,000 findings, text report",
        "reqkit": timed(reqkit(brief, quiet=False), runs),
        "quiet": timed(reqkit(brief), runs),
        "yamllint": None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs, for a rough figure")
    parser.add_argument(
        "--report-only", action="store_true", help="run only case (d), the cost of the text report"
    )
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    if args.report_only:
        with tempfile.TemporaryDirectory() as folder:
            brief = Path(folder) / "brief-2000-findings.yaml"
            brief.write_text(make_brief(2000, findings=True), encoding="utf-8")
            row = report_cost(brief, runs)
        print_table([row])
        printing = row["reqkit"]["best"] / row["quiet"]["best"]  # type: ignore[index]
        print(
            f"\n{'met   ' if printing <= 1.3 else 'MISSED'} (d) at most 1.3x --quiet: {printing:.2f}x"
        )
        return
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        sizes = {}
        for count in (200, 2000, 20000):
            path = work / f"brief-{count}.yaml"
            path.write_text(make_brief(count), encoding="utf-8")
            sizes[count] = path
        drafty = work / "brief-2000-findings.yaml"
        drafty.write_text(make_brief(2000, findings=True), encoding="utf-8")
        many = work / "many"
        many.mkdir()
        for index in range(200):
            shutil.copy(EXAMPLE, many / f"brief-{index:03d}.yaml")
        rows.append(compare("(a) one typical brief, cold process", [EXAMPLE], runs))
        rows.append(compare("(b) one brief, 2,000 requirements", [sizes[2000]], runs))
        rows.append(compare("(c) a folder of 200 briefs", [many], max(3, runs // 2)))
        rows.append(report_cost(drafty, runs))
        for count in (200, 2000, 20000):
            rows.append(
                compare(
                    f"growth: {count:,} requirements", [sizes[count]], 3 if count == 20000 else runs
                )
            )
    print_table(rows)
    growth = [r["reqkit"]["best"] for r in rows if str(r["case"]).startswith("growth")]  # type: ignore[index]
    print(
        f"\nGrowth x10 requirements: {growth[1] / growth[0]:.1f}x, then {growth[2] / growth[1]:.1f}x the time"
    )
    print()
    for target, met in targets(rows, growth):
        print(f"{'met   ' if met else 'MISSED'} {target}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "lint.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


def targets(rows: list[dict[str, object]], growth: list[float]) -> list[tuple[str, bool]]:
    """The speed targets reqkit holds itself to, and whether this run met each."""
    by_case = {str(row["case"])[:3]: row for row in rows}
    typical, large, report = by_case["(a)"], by_case["(b)"], by_case["(d)"]
    printing = report["reqkit"]["best"] / report["quiet"]["best"]  # type: ignore[index]
    checked = [
        ("(b) 2,000 requirements in under 0.5 s", large["reqkit"]["best"] < 0.5),  # type: ignore[index]
        (f"(d) the full text report at most 1.3x the --quiet run (now {printing:.2f}x)",
         printing <= 1.3),
        ("growth: ten times the requirements, at most eleven times the time",
         max(growth[1] / growth[0], growth[2] / growth[1]) <= 11),
    ]  # fmt: skip
    if typical["yamllint"]:
        ratio = typical["reqkit"]["best"] / typical["yamllint"]["best"]  # type: ignore[index]
        checked.insert(0, ("(a) a typical brief within 1.5x of yamllint", ratio <= 1.5))
    return checked


def print_table(rows: list[dict[str, object]]) -> None:
    print(f"{'case':40} {'reqkit best':>12} {'median':>8} {'yamllint best':>14} {'ratio':>6}")
    for row in rows:
        ours = row["reqkit"]
        theirs = row["yamllint"]
        line = f"{row['case']:40} {ours['best']:>11.3f}s {ours['median']:>7.3f}s"  # type: ignore[index]
        if theirs:
            ratio = ours["best"] / theirs["best"]  # type: ignore[index]
            line += f" {theirs['best']:>13.3f}s {ratio:>5.1f}x"  # type: ignore[index]
        if row.get("quiet"):
            quiet = row["quiet"]["best"]  # type: ignore[index]
            line += f"   (--quiet {quiet:.3f}s, {ours['best'] / quiet:.2f}x)"  # type: ignore[index]
        print(line)


if __name__ == "__main__":
    main()

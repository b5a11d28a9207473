"""The long fuzz run: thousands of damaged briefs through lint, render and diff.

    python tests/fuzz/run.py                    # 10,000 cases, seed 0
    python tests/fuzz/run.py --cases 500 --seed 7 --jobs 4

Each case takes one of the examples, damages it with one to three mutations
(``mutations.py``) from a Random seeded with the run's seed and the case
number, so that any case can be replayed alone (``--replay N``). Every case
goes through the checks of ``check.py``. The script prints how many cases ran
and how many broke a promise per command, and saves each distinct failure
(by command and the place it was raised) under ``--out`` as the damaged
brief plus a ``.txt`` with what went wrong. Copy a saved brief to
``tests/data/crashers/`` to keep it as a regression test once it is fixed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import re
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def make_case(seed: int, number: int) -> tuple[Path, bytes]:
    """The example and the damaged bytes of case ``number`` of a run with ``seed``."""
    from mutations import damage

    rng = random.Random(f"{seed}:{number}")
    original = rng.choice(EXAMPLES)
    return original, damage(original.read_bytes(), rng)


def run_case(job: tuple[int, int, str]) -> tuple[int, list[tuple[str, str]]]:
    from check import check_brief, reuse_compiled_templates

    reuse_compiled_templates()
    seed, number, workdir = job
    original, data = make_case(seed, number)
    brief = Path(workdir) / f"case-{os.getpid()}.yaml"
    brief.write_bytes(data)
    return number, [(b.command, b.problem) for b in check_brief(brief, original)]


def signature(command: str, problem: str) -> str:
    """Where a failure came from, so that one bug is saved once, not a hundred times."""
    frames = re.findall(r'File "[^"]*/(reqkit/[^"]+)", line (\d+), in (\w+)', problem)
    if frames:
        path, _line, function = frames[-1]
        return f"{command} {problem.split(':', 1)[0]} {path}:{function}"
    return f"{command} {problem.splitlines()[0][:60]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "crashers")
    parser.add_argument("--replay", type=int, help="run only this case, and print its failures")
    parser.add_argument(
        "--minutes", type=float, help="stop starting cases after this long (the count is printed)"
    )
    args = parser.parse_args()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

    with tempfile.TemporaryDirectory() as workdir:
        if args.replay is not None:
            number, broken = run_case((args.seed, args.replay, workdir))
            for command, problem in broken:
                print(f"{command}: {problem}")
            return 1 if broken else 0
        jobs = [(args.seed, n, workdir) for n in range(args.cases)]
        started = time.perf_counter()
        failures: Counter[str] = Counter()
        saved: dict[str, int] = {}
        failed_cases = ran = 0
        deadline = started + args.minutes * 60 if args.minutes else None
        with multiprocessing.Pool(args.jobs) as pool:
            # Set after the workers started, which keep the default handlers: a stop
            # (Ctrl-C, or kill from a job runner) still prints the summary so far.
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.signal(signal.SIGTERM, signal.default_int_handler)
            try:
                for number, broken in pool.imap_unordered(run_case, jobs, 4):
                    if deadline is not None and time.perf_counter() > deadline:
                        break
                    ran += 1
                    failed_cases += bool(broken)
                    for command, problem in broken:
                        failures[command] += 1
                        key = signature(command, problem)
                        if key not in saved:
                            saved[key] = number
                            _save(args.out, args.seed, number, command, problem)
                    if ran % 100 == 0:
                        print(
                            f"  {ran:,} cases, {failed_cases} failing", file=sys.stderr, flush=True
                        )
            except KeyboardInterrupt:
                print("  interrupted: the summary covers the cases run so far", file=sys.stderr)
            pool.terminate()
        elapsed = time.perf_counter() - started

    from check import COMMANDS

    print(
        f"seed {args.seed}: {ran:,} of {args.cases:,} cases in {elapsed:.0f} s, "
        f"{failed_cases} failing"
    )
    for command in COMMANDS:
        print(f"  {command:12} {failures[command]} failures")
    for key, number in sorted(saved.items()):
        print(f"  case {number}: {key}")
    if saved:
        print(f"distinct failures saved in {args.out}")
    return 1 if failed_cases else 0


def _save(out: Path, seed: int, number: int, command: str, problem: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    original, data = make_case(seed, number)
    stem = f"seed{seed}-case{number}-{command}"
    (out / f"{stem}.yaml").write_bytes(data)
    (out / f"{stem}.txt").write_text(f"damaged {original.name}\n{command}: {problem}\n")


if __name__ == "__main__":
    sys.exit(main())

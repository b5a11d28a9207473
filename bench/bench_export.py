"""How long ``reqkit export`` takes on a brief with 2,000 requirements, per format.

    python bench/bench_export.py [REQUIREMENTS] [--repeat N] [--format NAME ...]

Generates the brief with make_brief.py, reads and lints it once (as the
command does), then times each format's writing alone, since reading and
linting are shared with ``reqkit lint``. Reports the best of N runs; the
target is under two seconds per format. A format that is not installed is
reported and skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_brief import make_brief
from timing import best_of, read_and_lint

from reqkit.config import Config
from reqkit.errors import UsageError
from reqkit.export import FORMATS, get_format
from reqkit.export.base import ExportItem, ExportOptions

TARGET_SECONDS = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("requirements", nargs="?", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--format", action="append", choices=list(FORMATS), dest="formats")
    args = parser.parse_args()

    text = make_brief(args.requirements)
    linted = read_and_lint(text, args.repeat)
    loaded, findings = linted.loaded, linted.findings
    load_time, lint_time = linted.load_seconds, linted.lint_seconds
    item = ExportItem(Path("bench.yaml"), loaded.brief, tuple(findings))
    options = ExportOptions(dt.date(2027, 1, 20), Config())
    print(f"brief: {args.requirements:,} requirements, {len(text) / 1e6:.1f} MB of YAML")
    print(f"read and validate: {load_time:.3f} s, lint: {lint_time:.3f} s (shared with lint)")
    slow = False
    for name in args.formats or FORMATS:
        try:
            chosen = get_format(name)
        except UsageError as error:
            print(f"{name:>6}: skipped, {error}")
            continue
        seconds, data = best_of(args.repeat, lambda f=chosen: f.write([item], options))
        verdict = "ok" if seconds < TARGET_SECONDS else "SLOWER THAN TARGET"
        slow = slow or seconds >= TARGET_SECONDS
        print(f"{name:>6}: {seconds:.3f} s, {len(data) / 1e6:.1f} MB  [{verdict}]")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())

"""How long ``reqkit render`` takes on a brief with 2,000 requirements.

    python bench/bench_render.py [REQUIREMENTS] [--repeat N]

Generates the brief with make_brief.py, then times, separately, reading and
validating it (shared with ``reqkit lint``), linting it (every document shows
the linter's findings) and rendering it as Markdown and as HTML. Reports the best of N runs; the target is under one second per format.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_brief import make_brief
from timing import best_of, read_and_lint

from reqkit.render.documents import render_brief
from reqkit.render.environment import make_templates
from reqkit.render.view import build_view

TARGET_SECONDS = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("requirements", nargs="?", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    text = make_brief(args.requirements)
    linted = read_and_lint(text, args.repeat)
    loaded, findings = linted.loaded, linted.findings
    load_time, lint_time = linted.load_seconds, linted.lint_seconds
    templates = make_templates()
    print(f"brief: {args.requirements:,} requirements, {len(text) / 1e6:.1f} MB of YAML")
    print(f"read and validate: {load_time:.3f} s (shared with reqkit lint)")
    print(f"lint: {lint_time:.3f} s, {len(findings):,} findings (the warnings documents show)")
    slow = False
    for output_format in ("md", "html"):
        seconds, document = best_of(
            args.repeat,
            lambda f=output_format: render_brief(
                build_view(loaded.brief, "bench.yaml", findings=findings), f, templates
            ),
        )
        verdict = "ok" if seconds < TARGET_SECONDS else "SLOWER THAN TARGET"
        slow = slow or seconds >= TARGET_SECONDS
        print(
            f"render {output_format:>4}: {seconds:.3f} s, {len(document) / 1e6:.1f} MB  [{verdict}]"
        )
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())

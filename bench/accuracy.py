"""How accurate the wording rules are on a labelled corpus of requirement statements.

    python bench/accuracy.py                 # precision, recall and F1 per rule
    python bench/accuracy.py --show RK109    # the statements RK109 gets wrong
    python bench/accuracy.py --json          # the same figures for machines
    python bench/accuracy.py --record        # write them to tests/accuracy/recorded.json
    python bench/accuracy.py --corpus tests/accuracy/heldout.yaml   # the held-out set

The corpus (tests/accuracy/corpus.yaml) was labelled from the guide beside it
before any rule ran on it. The held-out set (tests/accuracy/heldout.yaml) was
labelled the same way by a reviewer who had not read the rules, and is never
used to tune them: it shows how far the rules over-fit the main corpus. Every statement becomes one requirement of a single
generated brief, linted once by the real linter at the handoff stage (where
every wording rule reports); a finding counts for the statement whose
`requirements[i].statement` path it names. A rule *fires* on a statement when
it gives at least one finding there, so precision and recall are counted per
statement: a rule that reports a word twice is not rewarded twice.

tests/test_accuracy.py fails when a rule's precision or recall drops below the
recorded figure, so an improvement is recorded and a regression is caught.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from reqkit.config import Config
from reqkit.linter import Linter, LintOptions
from reqkit.loader import load_text
from reqkit.rules import ALL_RULES
from reqkit.rules.textcache import forget_texts

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "accuracy" / "corpus.yaml"
HELDOUT = ROOT / "tests" / "accuracy" / "heldout.yaml"
GUIDE = ROOT / "tests" / "accuracy" / "GUIDE.md"
RECORDED = ROOT / "tests" / "accuracy" / "recorded.json"
TODAY = dt.date(2026, 12, 1)
KINDS = ("marketing", "it")
_STATEMENT_PATH = re.compile(r"^requirements\[(\d+)\]\.statement$")
_GUIDE_RULE = re.compile(r"^### (RK1\d\d) ", re.MULTILINE)


@dataclass(frozen=True)
class Statement:
    """One labelled statement of the corpus."""

    id: str
    text: str
    expect: frozenset[str]
    kind: str
    source: str
    note: str = ""


@dataclass
class Score:
    """Statements a rule fired on rightly (tp), wrongly (fp), and missed (fn)."""

    tp: list[str] = field(default_factory=list)
    fp: list[str] = field(default_factory=list)
    fn: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        fired = len(self.tp) + len(self.fp)
        return len(self.tp) / fired if fired else None

    @property
    def recall(self) -> float | None:
        labelled = len(self.tp) + len(self.fn)
        return len(self.tp) / labelled if labelled else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def figures(self) -> dict[str, object]:
        return {
            "tp": len(self.tp),
            "fp": len(self.fp),
            "fn": len(self.fn),
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def guide_codes(guide: Path = GUIDE) -> tuple[str, ...]:
    """The rule codes the labelling guide defines: the only codes a label may name."""
    return tuple(_GUIDE_RULE.findall(guide.read_text(encoding="utf-8")))


def load_corpus(path: Path = CORPUS) -> list[Statement]:
    """The corpus as statements, in file order."""
    entries = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return [
        Statement(
            id=str(entry["id"]),
            text=str(entry["text"]),
            expect=frozenset(entry.get("expect") or ()),
            kind=str(entry["kind"]),
            source=str(entry["source"]),
            note=str(entry.get("note") or ""),
        )
        for entry in entries
    ]


def corpus_brief(statements: Iterable[Statement]) -> str:
    """One brief holding every statement as a requirement, in corpus order.

    JSON strings are valid YAML double-quoted scalars, so every statement
    reaches the linter exactly as written. The technical section is present
    (and names no systems) so that rules which need it run.
    """
    lines = [
        "initiative:",
        "  id: ACC-1",
        "  title: Wording accuracy corpus",
        "  owner: Corpus Owner",
        "  stage: handoff",
        "technical:",
        "  systems: []",
        "requirements:",
    ]
    for number, statement in enumerate(statements, start=1):
        lines.append(f"  - id: REQ-{number:04d}")
        lines.append(f"    statement: {json.dumps(statement.text, ensure_ascii=False)}")
        lines.append("    priority: must")
    return "\n".join(lines) + "\n"


def findings_per_statement(statements: list[Statement]) -> list[dict[str, list[str]]]:
    """For each statement, the wording findings on it: code -> messages."""
    loaded = load_text(corpus_brief(statements), "corpus.yaml")
    if not loaded.valid:
        problems = "; ".join(f"{d.line}: {d.message}" for d in loaded.diagnostics)
        raise SystemExit(f"The generated corpus brief is not valid: {problems}")
    linter = Linter(LintOptions(today=TODAY, stage="handoff", select=("RK1",), isolated=True))
    try:
        diagnostics = linter.lint_loaded(loaded, linter.ruleset_for(Config()))
    finally:
        forget_texts()
    found: list[dict[str, list[str]]] = [{} for _ in statements]
    for diagnostic in diagnostics:
        match = _STATEMENT_PATH.match(diagnostic.path)
        if match and diagnostic.code.startswith("RK1"):
            found[int(match.group(1))].setdefault(diagnostic.code, []).append(diagnostic.message)
    return found


def wording_codes(statements: Iterable[Statement]) -> list[str]:
    """Every wording rule the linter has, and every code the labels name, sorted."""
    codes = {rule.code for rule in ALL_RULES if rule.code.startswith("RK1")}
    for statement in statements:
        codes |= statement.expect
    return sorted(codes)


def score(
    statements: list[Statement], found: list[dict[str, list[str]]]
) -> tuple[dict[str, Score], Score]:
    """Per-rule scores, and the overall score summed over all rules."""
    scores = {code: Score() for code in wording_codes(statements)}
    overall = Score()
    for statement, fired in zip(statements, found, strict=True):
        for code, rule_score in scores.items():
            expected, got = code in statement.expect, code in fired
            if not (expected or got):
                continue
            outcome = "tp" if expected and got else "fp" if got else "fn"
            getattr(rule_score, outcome).append(statement.id)
            getattr(overall, outcome).append(f"{statement.id}:{code}")
    return scores, overall


def measure(corpus: Path = CORPUS) -> dict[str, object]:
    """The figures for every rule and overall, as --json prints and --record writes them."""
    statements = load_corpus(corpus)
    scores, overall = score(statements, findings_per_statement(statements))
    return {
        "statements": len(statements),
        "rules": {code: s.figures() for code, s in scores.items()},
        "overall": overall.figures(),
    }


def read_recorded(path: Path = RECORDED) -> dict[str, dict[str, object]]:
    """The recorded figures keyed by corpus file name.

    An older file held the main corpus's figures alone at its top level; it
    is read as the figures for ``corpus.yaml`` so its history stays usable.
    """
    if not path.exists():
        return {}
    recorded = json.loads(path.read_text(encoding="utf-8"))
    if "rules" in recorded:
        return {CORPUS.name: recorded}
    return recorded


def record(corpus: Path, figures: dict[str, object], path: Path = RECORDED) -> None:
    """Keep ``figures`` for ``corpus`` beside the figures of the other corpora."""
    recorded = read_recorded(path)
    recorded[corpus.name] = figures
    ordered = dict(sorted(recorded.items(), key=lambda item: item[0] != CORPUS.name))
    path.write_text(json.dumps(ordered, indent=2) + "\n", encoding="utf-8")


def _cell(value: object) -> str:
    return "-" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


def table(figures: dict[str, object], corpus: Path = CORPUS) -> str:
    """The figures as a plain-text table, one rule a line."""
    names = {rule.code: rule.name for rule in ALL_RULES}
    rows = [("rule", "name", "TP", "FP", "FN", "precision", "recall", "F1")]
    rules: dict[str, dict[str, object]] = figures["rules"]  # type: ignore[assignment]
    for code, f in rules.items():
        rows.append((code, names.get(code, "(not built)"), *_numbers(f)))
    rows.append(("overall", "", *_numbers(figures["overall"])))  # type: ignore[arg-type]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(_aligned(row, widths)) for row in rows]
    lines.insert(1, "-" * len(lines[0]))
    lines.append(f"\n{figures['statements']} statements in {_shown(corpus)}")
    return "\n".join(line.rstrip() for line in lines)


def _shown(path: Path) -> str:
    """``path`` relative to the repository when it lies inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _aligned(row: tuple[str, ...], widths: list[int]) -> list[str]:
    """Names to the left, numbers to the right."""
    return [
        cell.ljust(width) if column < 2 else cell.rjust(width)
        for column, (cell, width) in enumerate(zip(row, widths, strict=True))
    ]


def _numbers(f: dict[str, object]) -> tuple[str, ...]:
    keys = ("tp", "fp", "fn", "precision", "recall", "f1")
    return tuple(_cell(f[key]) for key in keys)


def mistakes(code: str, corpus: Path = CORPUS) -> str:
    """The statements ``code`` gets wrong: false alarms with what it said, then misses."""
    statements = load_corpus(corpus)
    found = findings_per_statement(statements)
    alarms, misses = [], []
    for statement, fired in zip(statements, found, strict=True):
        expected, got = code in statement.expect, code in fired
        if got and not expected:
            said = "; ".join(fired[code])
            alarms.append(f"  {statement.id}  {statement.text}\n          said: {said}")
        elif expected and not got:
            misses.append(f"  {statement.id}  {statement.text}")
    parts = [f"{code}: {len(alarms)} false alarms, {len(misses)} misses"]
    if alarms:
        parts += ["", "False alarms (fired, not labelled):", *alarms]
    if misses:
        parts += ["", "Misses (labelled, did not fire):", *misses]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="RULE", help="list the statements RULE gets wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--record",
        action="store_true",
        help=f"write the figures to {RECORDED.name}, under the corpus file name",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        metavar="PATH",
        help=f"the labelled statements to measure (default: {CORPUS.relative_to(ROOT)})",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        parser.error(f"no corpus at {args.corpus}: give a YAML list of labelled statements")
    if args.show:
        code = args.show.upper()
        known = wording_codes(load_corpus(args.corpus))
        if code not in known:
            parser.error(f"no wording rule {args.show!r} to show; choose one of {', '.join(known)}")
        print(mistakes(code, args.corpus))
        return 0
    figures = measure(args.corpus)
    print(json.dumps(figures, indent=2) if args.json else table(figures, args.corpus))
    if args.record:
        record(args.corpus, figures)
        print(f"Recorded for {args.corpus.name} in {RECORDED.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

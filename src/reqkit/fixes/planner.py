"""Which fixes a brief's findings have, and applying them until nothing is left to fix.

Fixers (one module per kind of fix) look at the findings the linter
reported and propose edits. The planner keeps the safe ones (and the unsafe
ones when asked). Each fixer writes only what the schema declares for the
place it edits (:mod:`reqkit.fixes.fields`), so its finding goes away by
construction; the fix of tabs, a guess, is kept only if the brief then
parses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from reqkit.config import Config
from reqkit.diagnostics import Diagnostic
from reqkit.fixes.budget_total import budget_total_fixes
from reqkit.fixes.choices import choice_case_fixes
from reqkit.fixes.codes import FIXABLE_CODES
from reqkit.fixes.dates import date_fixes
from reqkit.fixes.edits import Fix, apply_fixes
from reqkit.fixes.milestones import milestone_fixes
from reqkit.fixes.quoting import quoting_fixes
from reqkit.fixes.situation import Situation
from reqkit.fixes.whitespace import SYNTAX, tab_fixes, whitespace_fixes
from reqkit.linter import Linter
from reqkit.loader import LoadedBrief, load_text
from reqkit.ruleset import ActiveRule
from reqkit.source import parse_yaml

Fixer = Callable[[Situation], Iterator[Fix]]

#: Every kind of fix, in the order their fixes are applied when two overlap.
FIXERS: tuple[Fixer, ...] = (
    tab_fixes,
    quoting_fixes,
    choice_case_fixes,
    date_fixes,
    milestone_fixes,
    budget_total_fixes,
    whitespace_fixes,
)


def plan_fixes(
    text: str,
    path: Path,
    *,
    config: Config | None = None,
    unsafe: bool = False,
    linter: Linter | None = None,
) -> list[Fix]:
    """The fixes for the findings of the brief ``text`` (the file at ``path``), in file order.

    ``config`` is the configuration that applies to the brief (found from
    ``path`` as ``reqkit lint`` finds it when None); ``linter`` carries
    command-line choices such as ``--select`` and ``--stage``. Unsafe fixes
    are included only with ``unsafe``.
    """
    linter = linter or Linter()
    config = config or linter.config_for(path)
    rules = linter.ruleset_for(config)
    loaded = load_text(text, str(path), config.locale)
    diagnostics = linter.lint_loaded(loaded, rules, config)
    linter.take_identities()  # one brief alone: no other brief's id to clash with
    return fixes_for(loaded, diagnostics, config, rules, unsafe=unsafe)


def fixes_for(
    loaded: LoadedBrief,
    diagnostics: Sequence[Diagnostic],
    config: Config,
    rules: Sequence[ActiveRule] = (),
    *,
    unsafe: bool = False,
) -> list[Fix]:
    """The fixes for findings already made on ``loaded``: the planner without a second lint."""
    if not any(d.code in FIXABLE_CODES for d in diagnostics):
        return []
    proposed = [fix for fix in all_fixes(loaded, diagnostics, config, rules) if fix.safe or unsafe]
    return sorted(_verified(loaded, proposed), key=lambda fix: (fix.start, fix.end))


def all_fixes(
    loaded: LoadedBrief,
    diagnostics: Sequence[Diagnostic],
    config: Config,
    rules: Sequence[ActiveRule] = (),
) -> list[Fix]:
    """Every fix the findings have, safe or not, before any is checked."""
    situation = Situation(loaded, diagnostics, config, rules)
    return [fix for fixer in FIXERS for fix in fixer(situation)]


def _verified(loaded: LoadedBrief, fixes: Iterable[Fix]) -> list[Fix]:
    """The fixes, less a fix of a syntax error (tabs) that leaves the brief unreadable.

    Every other fix writes only what the schema declares for its place, so its
    finding goes away by construction; this one guesses a tab's width.
    """
    kept = []
    for fix in fixes:
        if fix.code == SYNTAX and parse_yaml(apply_fixes(loaded.text, [fix])).data is None:
            continue
        kept.append(fix)
    return kept

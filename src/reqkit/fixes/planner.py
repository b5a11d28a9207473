"""Which fixes a brief's findings have, and applying them until nothing is left to fix.

Fixers (one module per kind of fix) look at the findings the linter
reported and propose edits. The planner keeps the safe ones (and the unsafe
ones when asked), and then checks each by reading the brief again: a fix
whose finding does not go away, or that makes the brief lose validity, is
dropped, so a fix can never make a brief worse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from reqkit.config import Config
from reqkit.diagnostics import Diagnostic, Severity
from reqkit.fixes.budget_total import budget_total_fixes
from reqkit.fixes.choices import choice_case_fixes
from reqkit.fixes.codes import FIXABLE_CODES
from reqkit.fixes.dates import date_fixes
from reqkit.fixes.edits import Fix, apply_fixes
from reqkit.fixes.milestones import milestone_fixes
from reqkit.fixes.quoting import quoting_fixes
from reqkit.fixes.situation import Situation
from reqkit.fixes.whitespace import tab_fixes, whitespace_fixes
from reqkit.linter import Linter
from reqkit.loader import LoadedBrief, load_text
from reqkit.ruleset import ActiveRule

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

#: The codes whose fixes are checked by reading the brief again: the schema
#: decides whether a value is right, so the fix must make that finding go away.
_VERIFIED = frozenset({"RK001", "RK012", "RK013"})


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
    checked = _verified(loaded, proposed, config.locale)
    return sorted(checked, key=lambda fix: (fix.start, fix.end))


def all_fixes(
    loaded: LoadedBrief,
    diagnostics: Sequence[Diagnostic],
    config: Config,
    rules: Sequence[ActiveRule] = (),
) -> list[Fix]:
    """Every fix the findings have, safe or not, before any is checked."""
    situation = Situation(loaded, diagnostics, config, rules)
    return [fix for fixer in FIXERS for fix in fixer(situation)]


def _verified(loaded: LoadedBrief, fixes: Iterable[Fix], locale: str | None) -> list[Fix]:
    """The fixes minus those whose finding a re-read of the fixed text still reports.

    A syntax finding (a brief indented with tabs) counts as gone only when
    the fixed text has no syntax error at all.
    """
    fixes = list(fixes)
    checked = [fix for fix in fixes if fix.code in _VERIFIED]
    if not checked:
        return fixes
    after = load_text(apply_fixes(loaded.text, checked), loaded.file, locale)
    still = {_key(d) for d in after.diagnostics}
    # A brief that did not parse had no errors to compare with: parsing is enough.
    parsed = loaded.salvaged is not None
    broke = parsed and _errors(after.diagnostics) - _errors(loaded.diagnostics)
    kept = []
    for fix in fixes:
        if fix.code == "RK001" and any(d.code == "RK001" for d in after.diagnostics):
            continue
        if fix.code in _VERIFIED and (broke or _key_of_fix(fix, loaded) in still):
            continue
        kept.append(fix)
    return kept


def _key(diagnostic: Diagnostic) -> tuple[str, str]:
    return diagnostic.code, diagnostic.path


def _key_of_fix(fix: Fix, loaded: LoadedBrief) -> tuple[str, str]:
    where = (fix.code, fix.line, fix.column)
    found = next((d for d in loaded.diagnostics if (d.code, d.line, d.column) == where), None)
    return (fix.code, found.path) if found else (fix.code, "")


def _errors(diagnostics: Iterable[Diagnostic]) -> set[tuple[str, str]]:
    """Errors other than the ones fixes answer, which may come or go with a fix."""
    return {
        _key(d) for d in diagnostics if d.severity is Severity.ERROR and d.code not in _VERIFIED
    }

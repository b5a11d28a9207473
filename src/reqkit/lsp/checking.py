"""Checking an editor's buffer exactly as ``reqkit lint`` would check the saved file.

The server lives for hours while the person edits briefs and, now and then,
the configuration. Config files and rule sets are read once and shared across
runs, as ``Linter.as_of`` shares them for ``render``; a config file that
appears, changes or goes away is noticed by its modification time, so an
edit to ``.reqkit.toml`` applies to the next check without a restart.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reqkit.config import find_config_file
from reqkit.crash import crash_diagnostic, is_unexpected
from reqkit.diagnostics import Diagnostic
from reqkit.errors import ReqkitError
from reqkit.linter import Linter
from reqkit.rules.textcache import forget_texts
from reqkit.sniffing import has_initiative_key

if TYPE_CHECKING:
    from reqkit.fixes import Fix


@dataclass(frozen=True)
class Checked:
    """What one check of a buffer found, and where the rule documentation lives."""

    diagnostics: tuple[Diagnostic, ...]
    docs_url: str | None = None
    problem: ReqkitError | None = None
    """A configuration that cannot be used: the brief could not be checked at all."""
    crash: Exception | None = None
    """A bug in reqkit met while checking: reported as a finding, and logged."""


ConfigStamp = tuple[Path | None, int]


class DocumentChecker:
    """Lints buffers with one long-lived :class:`Linter`, refreshed when a config file changes."""

    def __init__(self) -> None:
        self._linter = Linter()
        self._stamps: dict[Path, ConfigStamp] = {}
        self._generation = 0  # how many times a config change made the linter start afresh
        self._checked: dict[Path, tuple[Hashable, Checked]] = {}
        self._fixes: tuple[Hashable, list[Fix]] | None = None

    def check(self, text: str, location: Path, display: str) -> Checked:
        """The findings in ``text``, judged with the configuration that applies at ``location``.

        ``location`` is the file the buffer is (or will be) saved as; the
        brief's own stage decides which rules run, as in ``reqkit lint``.
        YAML that is not a brief (a workflow, ``mkdocs.yml``) has no findings,
        as a folder search by ``reqkit lint`` skips it. The same text under
        the same configuration on the same day (a save after the last
        change) is not checked again.
        """
        if not has_initiative_key(text):
            return Checked(())
        self._refresh(location.parent)
        key = self._key(text, location)
        known = self._checked.get(location)
        if known is not None and known[0] == key:
            return known[1]
        try:
            linter = self._linter.as_of(dt.date.today())
            config = linter.config_for(location)
            result = linter.lint_text(text, location, display)
        except ReqkitError as problem:
            return Checked((), problem=problem)
        except Exception as error:  # a bug must not take the editor's diagnostics down with it
            if not is_unexpected(error):
                raise
            return Checked((crash_diagnostic(display, error),), docs_url(None), crash=error)
        checked = Checked(result.diagnostics, docs_url(config.docs_url))
        self._checked[location] = (key, checked)
        return checked

    def forget(self, location: Path) -> None:
        """Drop what is kept for a brief the editor closed."""
        self._checked.pop(location, None)

    def fixes(self, text: str, location: Path) -> list[Fix]:
        """Every fix ``reqkit lint --fix --unsafe-fixes`` would make to ``text``, in file order.

        Editors ask for code actions each time the cursor moves onto a
        finding, so the plan for the last text is kept until the text changes.
        """
        if not has_initiative_key(text):
            return []
        from reqkit.fixes import plan_fixes

        try:
            self._refresh(location.parent)
            key = self._key(text, location)
            if self._fixes is not None and self._fixes[0] == key:
                return self._fixes[1]
            linter = self._linter.as_of(dt.date.today())
            planned = plan_fixes(text, location, unsafe=True, linter=linter)
        except ReqkitError:
            return []  # the broken configuration is already shown as a finding
        finally:
            forget_texts()
        self._fixes = (key, planned)
        return planned

    def _key(self, text: str, location: Path) -> Hashable:
        """What a result depends on besides the code: the text, the config, the day."""
        return (text, location, self._generation, dt.date.today())

    def fix_all(self, text: str, location: Path) -> str:
        """``text`` with every safe fix applied, pass after pass, as ``lint --fix`` leaves a file."""
        from reqkit.fixes import apply_fixes
        from reqkit.fixes.files import MAX_PASSES

        current = text
        for _ in range(MAX_PASSES):
            safe = [fix for fix in self.fixes(current, location) if fix.safe]
            following = apply_fixes(current, safe) if safe else current
            if following == current:
                break
            current = following
        return current

    def _refresh(self, folder: Path) -> None:
        """Forget every cached config and rule set once a config file for ``folder`` changed."""
        source = find_config_file(folder)
        try:
            stamp = (source, source.stat().st_mtime_ns if source else 0)
        except OSError:
            stamp = (source, -1)
        known = self._stamps.get(folder)
        if known is not None and known != stamp:
            self._linter = Linter()
            self._stamps.clear()
            self._generation += 1
        self._stamps[folder] = stamp


@functools.lru_cache(maxsize=16)
def docs_url(configured: str | None) -> str | None:
    """Where the rule documentation lives: the config's ``docs-url``, else the package's.

    The same address SARIF reports link each rule to; a rule's anchor is
    ``#`` and its code in lower case.
    """
    from reqkit.formatters import FormatOptions
    from reqkit.formatters.sarif import documentation_url

    return documentation_url(FormatOptions(docs_url=configured))

"""Checking briefs: the library behind ``reqkit lint``.

Each file is read and validated; a valid brief then goes through the active
rules. The engine stamps every finding with its code, severity (from the
brief's stage, or the configuration) and position, applies waivers and sorts
the result. A file that cannot be read is recorded as unreadable rather than
stopping the run, so one bad path does not hide the other briefs' problems;
an unexpected error while checking a file becomes a finding on that file
(:mod:`reqkit.crash`) for the same reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path as FilePath
from typing import Any

from reqkit.across import Identity, duplicate_ids
from reqkit.config import Config, find_config_file, load_config
from reqkit.crash import crash_result, is_unexpected
from reqkit.diagnostics import (
    Diagnostic,
    FileResult,
    Report,
    Severity,
    Skipped,
    sort_diagnostics,
)
from reqkit.errors import UnreadableInput
from reqkit.gcpause import collector_paused
from reqkit.loader import LoadedBrief, load_text
from reqkit.model import Stage
from reqkit.positions import Path, dotted
from reqkit.reading import read_brief_text
from reqkit.rules.base import Context, Finding
from reqkit.rules.people.duplicate_initiative_id import ID_PATH, DuplicateInitiativeId
from reqkit.rules.textcache import forget_texts
from reqkit.ruleset import ActiveRule, build_ruleset
from reqkit.waivers import collect_exemptions


@dataclass(frozen=True)
class LintOptions:
    """What to check; command-line flags that override the configuration."""

    today: dt.date | None = None
    stage: Stage | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    config_file: FilePath | None = None
    isolated: bool = False
    stdin_filename: str = "<stdin>"
    only_briefs: bool = False


class Linter:
    """Runs the configured rules over briefs; caches configuration per folder."""

    def __init__(self, options: LintOptions | None = None) -> None:
        self.options = options or LintOptions()
        self.today = self.options.today or dt.date.today()
        self._configs: dict[FilePath, Config] = {}
        self._rulesets: dict[FilePath | None, tuple[ActiveRule, ...]] = {}
        self._identities: list[Identity] = []

    def as_of(self, today: dt.date) -> Linter:
        """A linter that judges dates as of ``today`` and shares this one's configs and rule sets.

        Neither depends on the date, so rendering many briefs, each judged as
        of its own date, reads each config file and builds each rule set once.
        """
        other = Linter(replace(self.options, today=today))
        other._configs = self._configs
        other._rulesets = self._rulesets
        return other

    def config_for(self, path: FilePath) -> Config:
        """The configuration that applies to a brief or folder."""
        if self.options.isolated:
            return Config()
        if self.options.config_file is not None:
            path = self.options.config_file
            if path not in self._configs:
                self._configs[path] = load_config(path)
            return self._configs[path]
        folder = (path if path.is_dir() else path.parent).resolve()
        if folder not in self._configs:
            self._configs[folder] = load_config(find_config_file(folder))
        return self._configs[folder]

    def ruleset_for(self, config: Config) -> tuple[ActiveRule, ...]:
        if config.source not in self._rulesets:
            self._rulesets[config.source] = build_ruleset(
                config, self.options.select, self.options.ignore
            )
        return self._rulesets[config.source]

    def lint_file(self, name: str) -> FileResult:
        """Check one brief; raises :class:`UnreadableInput` if it cannot be read."""
        display = self.options.stdin_filename if name == "-" else name
        location = FilePath.cwd() if name == "-" else FilePath(name)
        config = self.config_for(location)
        return self._check_text(lambda: read_brief_text(name, display), display, config)

    def lint_text(self, text: str, location: FilePath, display: str) -> FileResult:
        """Check a brief given as text (an editor's unsaved buffer, say).

        ``location`` is where the brief is, or would be, saved: its
        configuration is the one a file there gets, so the text is judged as
        ``reqkit lint`` would judge the saved file. ``display`` names it in
        the diagnostics.
        """
        return self._check_text(lambda: text, display, self.config_for(location))

    def _check_text(self, read: Callable[[], str], display: str, config: Config) -> FileResult:
        rules = self.ruleset_for(config)
        with collector_paused():
            try:
                # The brief and all that rules derived from it are freed (by
                # reference counting) when this returns, so the collector, once
                # resumed, does not have to walk them.
                loaded = load_text(read(), display, config.locale)
                diagnostics, skipped = self.check_loaded(loaded, rules, config)
                return FileResult(loaded.file, sort_diagnostics(diagnostics), loaded.text, skipped)
            finally:
                forget_texts()

    def lint_loaded(
        self, loaded: LoadedBrief, rules: Iterable[ActiveRule], config: Config | None = None
    ) -> list[Diagnostic]:
        """Schema problems of a loaded brief, plus the findings of every rule that could run."""
        return self.check_loaded(loaded, rules, config)[0]

    def check_loaded(
        self, loaded: LoadedBrief, rules: Iterable[ActiveRule], config: Config | None = None
    ) -> tuple[list[Diagnostic], Skipped]:
        """Schema problems and rule findings, and the rules a part with errors kept from running.

        A brief with schema errors is checked without the parts in error: every
        rule that does not need those parts runs, so one mistake hides no other.
        ``config`` is the brief's configuration, for its ``per-file-ignores``;
        by default the one that applies where the brief's name points.
        """
        salvaged = loaded.salvaged
        if salvaged is None:
            return list(loaded.diagnostics), Skipped()
        brief = salvaged.brief
        stage = self.options.stage or brief.initiative.stage
        config = config or self.config_for(FilePath(loaded.file))
        exemptions = collect_exemptions(
            loaded, config.file_ignores_for(loaded.file), _config_name(config)
        )
        found: list[tuple[Diagnostic, Path]] = []
        ran: set[str] = set()
        skipped: list[tuple[str, tuple[str, ...]]] = []
        probe: Diagnostic | None = None
        for active in rules:
            severity = active.severity or active.rule.levels.at(stage)
            if severity is None:
                continue
            blocked = active.rule.blocked_by(salvaged.gaps, active.options)
            if blocked:
                skipped.append((active.rule.code, tuple(map(dotted, blocked))))
                continue
            if isinstance(active.rule, DuplicateInitiativeId):
                probe = _stamp(Finding(ID_PATH, ""), ID_PATH, active, severity, loaded)
                probe = probe if exemptions.apply([(probe, ID_PATH)]) else None
                continue
            ran.add(active.rule.code)
            context = Context(self.today, stage, active.options, loaded.text)
            for finding in active.rule.check(brief, context):
                path = salvaged.data_path(finding.path)
                found.append((_stamp(finding, path, active, severity, loaded), path))
        kept = exemptions.apply(found)
        if brief.initiative.id is not None:  # None when the id has errors
            self._identities.append(Identity(loaded.file, brief.initiative.id, probe))
        diagnostics = [*loaded.diagnostics, *kept, *exemptions.unused(ran, loaded)]
        return diagnostics, Skipped(tuple(skipped))

    def take_identities(self) -> list[Identity]:
        """The initiative ids of the briefs checked since the last call, for cross-brief checks."""
        taken, self._identities = self._identities, []
        return taken


def _config_name(config: Config) -> str:
    """The config file as a message names it: relative to the current folder when inside it."""
    if config.source is None:
        return "the defaults"
    try:
        return config.source.relative_to(FilePath.cwd().resolve()).as_posix()
    except ValueError:
        return str(config.source)


def _stamp(
    finding: Finding, path: Path, active: ActiveRule, severity: Severity, loaded: LoadedBrief
) -> Diagnostic:
    source = loaded.source_map
    if finding.offsets is not None:
        span = source.offset_span(*finding.offsets)
    elif finding.on_key:
        span = source.key_span(path)
    elif finding.span is not None:
        span = source.locate(path, _value_at(loaded.data, path), *finding.span)
    else:
        span = source.nearest(path)[1]
    rule = active.rule
    return Diagnostic(
        file=loaded.file,
        line=span.line,
        column=span.column,
        end_line=span.end_line,
        end_column=span.end_column,
        code=rule.code,
        name=rule.name,
        severity=severity,
        message=finding.message,
        path=dotted(path),
        hint=finding.hint,
        friction=rule.friction,
    )


def _value_at(data: Any, path: Path) -> str | None:
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node if isinstance(node, str) else None


def lint_paths(
    names: Iterable[str],
    options: LintOptions | None = None,
    progress: Callable[[Iterable[str]], Iterable[str]] | None = None,
) -> Report:
    """Check every named brief (folders searched recursively), collecting unreadable ones."""
    from reqkit.discovery import expand_paths

    linter = Linter(options)
    files, failures = expand_paths(list(names), linter.config_for, linter.options.only_briefs)
    results: list[FileResult] = []
    for name in progress(files) if progress else files:
        try:
            results.append(linter.lint_file(name))
        except UnreadableInput as failure:
            failures.append(failure)
        except Exception as error:  # a bug must not cost the other files their report
            if not is_unexpected(error):
                raise
            shown = linter.options.stdin_filename if name == "-" else name
            results.append(crash_result(shown, error))
    return Report(with_clashes(results, linter.take_identities()), tuple(failures))


def with_clashes(results: list[FileResult], identities: list[Identity]) -> tuple[FileResult, ...]:
    """The results, each brief that shares its initiative id with another one reported."""
    clashes = duplicate_ids(identities)
    if not clashes:
        return tuple(results)
    return tuple(
        replace(result, diagnostics=sort_diagnostics([*result.diagnostics, *clashes[result.file]]))
        if result.file in clashes
        else result
        for result in results
    )

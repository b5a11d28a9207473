"""Fixing briefs on disk: ``reqkit lint --fix`` and ``--diff``.

Each brief is linted, fixed and linted again until no fix is left (fixes that
overlap wait for the next pass), so the findings reported are those of the
fixed text and a second run has nothing to do. A brief that does not parse
is left untouched; its syntax error is reported as usual. The file is written
only when its text changed, in one step, with its byte order mark, line
endings, permissions and links kept, and never over a change someone else
made meanwhile.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from reqkit.across import Identity
from reqkit.crash import crash_result, is_unexpected
from reqkit.diagnostics import FileResult, Report, sort_diagnostics
from reqkit.errors import UnreadableInput
from reqkit.fixes.edits import Fix, apply_fixes, non_overlapping
from reqkit.fixes.planner import fixes_for
from reqkit.gcpause import collector_paused
from reqkit.layout import split_lines
from reqkit.linter import Linter, LintOptions, with_clashes
from reqkit.loader import LoadedBrief, load_text
from reqkit.reading import STDIN_NAME, decode, read_brief_text
from reqkit.rules.textcache import forget_texts

#: Passes over one brief at most; each pass applies every fix that overlaps no other.
MAX_PASSES = 10
_BOM = "\ufeff"


@dataclass(frozen=True)
class FixedFile:
    """One brief before and after fixing, and the findings left in the fixed text."""

    name: str  # as named on the command line ("-" for standard input)
    result: FileResult
    original: str  # the text as read, byte order mark included
    fixed: str
    applied: tuple[Fix, ...]
    data: bytes | None = None  # the bytes read, to refuse writing over someone else's change

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


@dataclass(frozen=True)
class FixRun:
    """What fixing a set of briefs found and did."""

    report: Report
    files: tuple[FixedFile, ...]

    @property
    def fixed(self) -> int:
        return sum(len(f.applied) for f in self.files)

    @property
    def changed(self) -> tuple[FixedFile, ...]:
        return tuple(f for f in self.files if f.changed)


def fix_paths(
    names: Iterable[str],
    options: LintOptions,
    *,
    unsafe: bool = False,
    progress: Callable[[Iterable[str]], Iterable[str]] | None = None,
) -> FixRun:
    """Fix every named brief in memory (folders searched as ``lint`` does); write nothing."""
    from reqkit.discovery import expand_paths

    linter = Linter(options)
    files, failures = expand_paths(list(names), linter.config_for, options.only_briefs)
    done: list[FixedFile] = []
    identities: list[Identity] = []
    for name in progress(files) if progress else files:
        try:
            fixed, found = fix_file(linter, name, unsafe=unsafe)
        except UnreadableInput as failure:
            failures.append(failure)
            continue
        except Exception as error:  # a bug must not cost the other files their report
            if not is_unexpected(error):
                raise
            shown = options.stdin_filename if name == STDIN_NAME else name
            result = crash_result(shown, error)
            fixed, found = FixedFile(name, result, "", "", ()), []
        done.append(fixed)
        identities.extend(found)
    results = with_clashes([f.result for f in done], identities)
    files_done = tuple(
        FixedFile(f.name, result, f.original, f.fixed, f.applied, f.data)
        for f, result in zip(done, results, strict=True)
    )
    return FixRun(Report(results, tuple(failures)), files_done)


def fix_file(linter: Linter, name: str, *, unsafe: bool) -> tuple[FixedFile, list[Identity]]:
    """One brief fixed in memory, its remaining findings, and its initiative id."""
    display = linter.options.stdin_filename if name == STDIN_NAME else name
    data: bytes | None = None
    if name == STDIN_NAME:
        text, bom = read_brief_text(name, display), ""
    else:
        read_brief_text(name, display)  # a missing or unreadable file: the usual plain error
        data = Path(name).read_bytes()
        text = decode(data, display)
        bom = _BOM if data.startswith(codecs.BOM_UTF8) else ""
    config = linter.config_for(Path.cwd() if name == STDIN_NAME else Path(name))
    rules = linter.ruleset_for(config)
    applied: list[Fix] = []
    current = text
    with collector_paused():
        for done in range(MAX_PASSES + 1):  # the last pass only checks the result
            try:
                loaded = load_text(current, display, config.locale)
                diagnostics, skipped = linter.check_loaded(loaded, rules, config)
                identities = linter.take_identities()
                chosen = non_overlapping(
                    fixes_for(loaded, diagnostics, config, rules, unsafe=unsafe)
                )
            finally:
                forget_texts()
            following = apply_fixes(current, chosen) if chosen and done < MAX_PASSES else current
            if following == current or _breaks_yaml(loaded, following):
                break
            applied.extend(chosen)
            current = following
    result = FileResult(display, sort_diagnostics(diagnostics), current, skipped)
    return FixedFile(name, result, bom + text, bom + current, tuple(applied), data), identities


def _breaks_yaml(loaded: LoadedBrief, following: str) -> bool:
    """Whether fixes would turn a brief that parses into text that does not: never done."""
    from reqkit.source import parse_yaml

    return loaded.data is not None and parse_yaml(following).data is None


def write_fixed(fixed: FixedFile, stdout: TextIO) -> None:
    """Write a fixed brief back where it was read: its file, or ``stdout`` for ``-``."""
    if fixed.name == STDIN_NAME:
        stdout.write(fixed.fixed)
        return
    if not fixed.changed:
        return
    from reqkit.fsio import writable_target, write_atomic
    from reqkit.locking import locked

    path = Path(fixed.name)
    # As approve does: one writer at a time, and never over a change made since the read.
    with locked(writable_target(path)):
        write_atomic(path, fixed.fixed, expected=fixed.data)


def unified_diff(fixed: FixedFile) -> str:
    """The change to one brief as a unified diff, with git's a/ and b/ names."""
    from reqkit.fixes.unified import unified_diff as diff_lines

    name = fixed.result.file.replace("\\", "/")
    before, after = split_lines(fixed.original), split_lines(fixed.fixed)
    return diff_lines(before, after, f"a/{name}", f"b/{name}")

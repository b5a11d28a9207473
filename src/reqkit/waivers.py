"""Deliberate exceptions: waivers written in the brief, ignore comments, per-file ignores.

A waiver in the brief (``waivers`` on the initiative or on one requirement)
carries a mandatory reason and is shown in the rendered document; an ignore
comment (``# reqkit: ignore[RK101]``) silences one line, a file-level one
(``# reqkit: ignore-file[RK101]``) the whole brief, and so does an entry of
``per-file-ignores`` in the configuration whose pattern matches the brief.
All are checked in turn: one that silences nothing in the brief, or names a
rule that does not exist, is itself reported, so stale exceptions do not
pile up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reqkit.config import FileIgnore
from reqkit.diagnostics import Diagnostic
from reqkit.loader import LoadedBrief, to_diagnostic
from reqkit.positions import Path, Problem, Span
from reqkit.rules import find_rule, matching_rules
from reqkit.rules.base import Rule

# An ignore comment, as written in a brief (the language server writes them too).
# A YAML comment starts at "#" preceded by a space or the start of the line.
IGNORE_COMMENT = re.compile(
    r"(?:^|\s)#\s*reqkit:\s*ignore(?P<file>-file)?(?:\[(?P<rules>[^\]]*)\])?", re.IGNORECASE
)


@dataclass
class _Exemption:
    """One waiver or ignore comment, and whether it has silenced anything yet."""

    rules: tuple[str, ...]  # rule codes; empty means every rule (bare ignore comment)
    problem_path: Path
    problem_span: tuple[int, int]  # offsets of the waiver or comment in the text
    scope: Path | None = None  # brief waivers: findings under this path
    line: int | None = None  # ignore comments: findings on this line
    used: bool = False
    label: str = ""
    remedy: str = "The problem it was written for is gone: remove the waiver."

    def covers(self, diagnostic: Diagnostic, path: Path) -> bool:
        if self.rules and diagnostic.code not in self.rules:
            return False
        if self.line is not None:
            return diagnostic.line == self.line
        return self.scope is not None and path[: len(self.scope)] == self.scope


@dataclass
class Exemptions:
    """All waivers of one brief, plus problems found in the waivers themselves."""

    items: list[_Exemption] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def apply(self, found: Iterable[tuple[Diagnostic, Path]]) -> list[Diagnostic]:
        """The diagnostics no waiver covers; marks the waivers that were used."""
        kept = []
        for diagnostic, path in found:
            covering = [item for item in self.items if item.covers(diagnostic, path)]
            for item in covering:
                item.used = True
            if not covering:
                kept.append(diagnostic)
        return kept

    def unused(self, ran: set[str], loaded: LoadedBrief) -> list[Diagnostic]:
        """Waivers of rules that ran but silenced nothing, and problems in waivers."""
        problems = list(self.problems)
        for item in self.items:
            if item.used or (item.rules and not set(item.rules) & ran):
                continue
            start, end = item.problem_span
            problems.append(
                Problem(
                    "RK020",
                    loaded.source_map.offset_span(start, end),
                    f"The {item.label} silences nothing",
                    item.remedy,
                    item.problem_path,
                )
            )
        return [to_diagnostic(problem, loaded.file) for problem in problems]


def collect_exemptions(
    loaded: LoadedBrief, file_ignores: tuple[FileIgnore, ...] = (), config_name: str = ""
) -> Exemptions:
    """Every waiver in the brief, every ignore comment in its text, and ``file_ignores``.

    ``file_ignores`` are the configuration's ``per-file-ignores`` entries that
    match the brief (their rules already checked); ``config_name`` names the
    file they come from, for the report when one silences nothing.
    """
    exemptions = Exemptions()
    for entry in file_ignores:
        codes = tuple(sorted({rule.code for s in entry.rules for rule in matching_rules(s)}))
        label = f'per-file ignore "{entry.pattern}" for {", ".join(entry.rules)} in {config_name}'
        remedy = "No finding here needs it: narrow the pattern or remove the entry."
        exemptions.items.append(_Exemption(codes, (), (0, 0), scope=(), label=label, remedy=remedy))
    salvaged = loaded.salvaged
    if salvaged is not None:
        # Positions as written in the file: a brief with errors is checked
        # without its broken items, which shifts the others in the model.
        at = salvaged.data_path
        brief = salvaged.brief
        for index, waiver in enumerate(brief.initiative.waivers):
            # A waiver on the initiative covers the whole brief: its scope is the root.
            _add_waiver(exemptions, loaded, at(("initiative", "waivers", index)), (), waiver.rule)
        for place, requirement in enumerate(brief.requirements):
            scope = at(("requirements", place))
            for index, waiver in enumerate(requirement.waivers):
                _add_waiver(exemptions, loaded, (*scope, "waivers", index), scope, waiver.rule)
    _add_comments(exemptions, loaded)
    return exemptions


def _add_waiver(
    exemptions: Exemptions, loaded: LoadedBrief, path: Path, scope: Path, name: str
) -> None:
    span = loaded.source_map.nearest(path)[1]
    rule = find_rule(name.strip())
    if rule is None:
        exemptions.problems.append(
            _unknown_rule(name, loaded.source_map.nearest((*path, "rule"))[1], path)
        )
        return
    exemptions.items.append(
        _Exemption(
            (rule.code,), path, (span.start, span.end), scope=scope, label=f"waiver for {rule.name}"
        )
    )


def _add_comments(exemptions: Exemptions, loaded: LoadedBrief) -> None:
    if "reqkit" not in loaded.text:
        return
    offset = 0
    for number, line in enumerate(loaded.text.splitlines(keepends=True), start=1):
        match = IGNORE_COMMENT.search(line) if "reqkit" in line else None
        if match:
            start = offset + match.start() + (1 if line[match.start()].isspace() else 0)
            rules = _comment_rules(match["rules"], exemptions, loaded, start, offset + match.end())
            if rules is not None:
                kind = "file-level ignore comment" if match["file"] else "ignore comment"
                label = f"{kind} for {', '.join(rules)}" if rules else kind
                exemptions.items.append(
                    _Exemption(
                        rules,
                        (),
                        (start, offset + match.end()),
                        scope=() if match["file"] else None,
                        line=None if match["file"] else number,
                        label=label,
                    )
                )
        offset += len(line)


def _comment_rules(
    text: str | None, exemptions: Exemptions, loaded: LoadedBrief, start: int, end: int
) -> tuple[str, ...] | None:
    if text is None:
        return ()
    codes: list[str] = []
    for name in (part.strip() for part in text.split(",")):
        rule: Rule | None = find_rule(name) if name else None
        if rule is None:
            exemptions.problems.append(
                _unknown_rule(name, loaded.source_map.offset_span(start, end), ())
            )
        else:
            codes.append(rule.code)
    return tuple(codes) if codes else None


def _unknown_rule(name: str, span: Span, path: Path) -> Problem:
    return Problem(
        "RK021",
        span,
        f'The waiver names "{name}", which is not a reqkit rule',
        "Use a rule code such as RK101 or a name such as vague-term; `reqkit rules` lists them.",
        path,
    )

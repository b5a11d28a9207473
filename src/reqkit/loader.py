"""From a file to a validated :class:`~reqkit.model.Brief`, or to the reasons it is not one.

This is the single entry point every command uses to read a brief, so that
lint, render and the rest report the same problems in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any

from pydantic import ValidationError

from reqkit.diagnostics import Diagnostic, Severity
from reqkit.integrity import check_integrity
from reqkit.model import Brief
from reqkit.partial import Salvage, salvage
from reqkit.positions import Path, Problem, SourceMap, dotted
from reqkit.reading import read_brief_text
from reqkit.schema_checks import BY_CODE
from reqkit.source import parse_yaml


@dataclass
class LoadedBrief:
    """A brief as read from one file: the model if it is valid, and every problem found."""

    file: str
    text: str
    source_map: SourceMap
    data: Any = None
    brief: Brief | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    salvaged: Salvage | None = None
    """What rules may check: the whole brief, or what is left of it once the parts
    with errors (its gaps) are set aside; None when nothing reads as a brief."""

    @property
    def valid(self) -> bool:
        return self.brief is not None and not any(
            d.severity is Severity.ERROR for d in self.diagnostics
        )


def load_brief(
    name: str | FilePath, display: str | None = None, locale: str | None = None
) -> LoadedBrief:
    """Read and validate the brief in file ``name`` (``-`` for standard input).

    ``locale`` is the config's, used when the brief sets none. Raises
    :class:`~reqkit.errors.UnreadableInput` if the file cannot be read as text.
    """
    shown = display or str(name)
    return load_text(read_brief_text(name, shown), shown, locale)


def load_text(text: str, file: str = "<text>", locale: str | None = None) -> LoadedBrief:
    """Validate a brief given as text; ``file`` is the name shown in diagnostics.

    ``locale`` (the config's) reads and shows amounts when the brief sets none.
    """
    parsed = parse_yaml(text)
    loaded = LoadedBrief(file, text, parsed.source_map, parsed.data)
    problems = list(parsed.problems)
    if parsed.data is None and not problems:
        problems.append(_not_a_brief(text, parsed.source_map, "The file is empty"))
    elif parsed.data is not None and not isinstance(parsed.data, dict):
        kind = "a list" if isinstance(parsed.data, list) else "a single value"
        problems.append(
            _not_a_brief(text, parsed.source_map, f"The file holds {kind}, not a brief")
        )
    elif isinstance(parsed.data, dict):
        integrity = check_integrity(parsed.data, parsed.source_map)
        broken = _error_paths(parsed.problems)
        # A value the reader could not read is reported once, not again by the schema.
        problems.extend(
            p
            for p in _validate(loaded, _brief_locale(parsed.data) or locale, broken)
            if p.path not in parsed.unreadable_values
        )
        problems.extend(integrity)
        if loaded.salvaged is not None:
            # A broken reference or a duplicate id leaves each item readable, but
            # rules that rely on that section as a whole cannot trust it.
            loaded.salvaged = loaded.salvaged.with_gaps(_error_paths(integrity))
    loaded.diagnostics = [to_diagnostic(p, file) for p in problems]
    return loaded


def _brief_locale(data: dict[str, Any]) -> str | None:
    """The brief's own ``initiative.locale``, as written (the schema checks it)."""
    initiative = data.get("initiative")
    locale = initiative.get("locale") if isinstance(initiative, dict) else None
    return locale if isinstance(locale, str) and locale.strip() else None


def _validate(loaded: LoadedBrief, locale: str | None, broken: list[Path]) -> list[Problem]:
    """Schema problems; sets the brief if it is valid, and what rules may check in any case.

    ``broken`` are places where the YAML itself has errors: a brief can pass the
    schema and still hold a guess there (which of two duplicate keys counts).
    """
    # Money is read, and later shown, the way this locale writes numbers.
    context = {"locale": locale}
    try:
        loaded.brief = Brief.model_validate(loaded.data, context=context)
    except ValidationError as error:
        from reqkit.explain import explain_errors  # only invalid briefs pay for it

        errors = error.errors(include_url=False)
        loaded.salvaged = salvage(loaded.data, errors, broken, context)
        return list(explain_errors(errors, loaded.data, Brief, loaded.source_map))
    if broken:
        loaded.salvaged = salvage(loaded.data, [], broken, context)
    else:
        loaded.salvaged = Salvage(loaded.brief, ())
    return []


def _error_paths(problems: list[Problem]) -> list[Path]:
    return [p.path for p in problems if BY_CODE[p.code].severity is Severity.ERROR]


def _not_a_brief(text: str, source: SourceMap, message: str) -> Problem:
    span = source.nearest(())[1]
    return Problem(
        "RK003",
        span,
        message,
        "A brief starts with `initiative:` followed by its id, title and owner; "
        "run `reqkit new` to start from a scaffold.",
    )


def to_diagnostic(problem: Problem, file: str) -> Diagnostic:
    """Stamp a loader problem with its file, code name and severity."""
    check = BY_CODE[problem.code]
    span = problem.span
    return Diagnostic(
        file=file,
        line=span.line,
        column=span.column,
        end_line=span.end_line,
        end_column=span.end_column,
        code=problem.code,
        name=check.name,
        severity=check.severity,
        message=problem.message,
        path=dotted(problem.path),
        hint=problem.hint,
    )

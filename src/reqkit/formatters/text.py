"""The report for people: grouped by file, with the offending line and a marker.

The layout is built once as styled segments; without colour they are joined
as plain text, which keeps CI logs clean. With colour each styled segment is
wrapped in its ANSI SGR codes directly: the handful of styles needs no
rendering library, and a report of thousands of findings prints as quickly
in colour as without.

A hint is advice for the rule, not for the spot: it is printed the first time
it applies in a file and not again for the same rule there (a rule whose hint
differs from finding to finding shows each different hint once).
``--no-hints`` leaves them out. Text from the brief passes through
:func:`~reqkit.visible.visible`, so control characters are shown,
never sent to the terminal.
"""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.diagnostics import Diagnostic, FileResult, Report, Severity, count_by_code
from reqkit.formatters import FormatOptions, skipped_sentence
from reqkit.visible import visible

Segment = tuple[str, str]  # (text, style words such as "bold red"; "" for none)
Line = list[Segment]

_SEVERITY_STYLE = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "bold yellow",
    Severity.INFO: "bold cyan",
}
_MAX_EXCERPT = 160


def format_report(report: Report, options: FormatOptions) -> str:
    lines = list(layout(report, options))
    if not options.color:
        return "".join("".join(text for text, _ in line) + "\n" for line in lines)
    return _render_ansi(lines)


def layout(report: Report, options: FormatOptions) -> Iterator[Line]:
    """The report as lines of styled segments."""
    if not options.quiet:
        for result in report.files:
            if result.diagnostics:
                yield from _file_block(result, options)
    if options.statistics:
        yield from _statistics(report)
    for result in report.files:
        if result.skipped:
            yield [(visible(skipped_sentence(result.file, result.skipped)), "yellow")]
    if options.fixable is not None and not options.quiet:  # the summary stays the last line
        yield from _fixable_line(report, options)
    yield _summary(report)


def _file_block(result: FileResult, options: FormatOptions) -> Iterator[Line]:
    yield [(visible(result.file), "bold underline")]
    # Split once per file: a report with thousands of findings would otherwise
    # split the whole text again for each one, and take seconds to print.
    source_lines = result.text.splitlines() if options.show_source else []
    hinted: set[tuple[str, str]] = set()
    for diagnostic in result.diagnostics:
        hint = diagnostic.hint if options.hints else None
        if hint and (diagnostic.code, hint) in hinted:
            hint = None
        elif hint:
            hinted.add((diagnostic.code, hint))
        yield from _diagnostic(diagnostic, source_lines, hint, options)
    yield []


def _diagnostic(
    d: Diagnostic, source_lines: list[str], hint: str | None, options: FormatOptions
) -> Iterator[Line]:
    yield [
        (f"{visible(d.file)}:{d.line}:{d.column}: ", "bold"),
        (d.severity.value, _SEVERITY_STYLE[d.severity]),
        (" ", ""),
        (d.code, "magenta"),
        (_mark(d, options), "bold"),
        (f" [{d.name}] ", "dim"),
        (visible(d.message), ""),
    ]
    if options.show_source:
        yield from _excerpt(d, source_lines)
    if hint:
        yield [("      hint: ", "green"), (visible(hint), "")]


def _mark(d: Diagnostic, options: FormatOptions) -> str:
    """ " [*]" after the code of a finding that ``--fix`` repairs, as ruff marks them."""
    fixable = options.fixable
    return (
        " [*]" if fixable is not None and fixable.marked(d.file, d.line, d.column, d.code) else ""
    )


def _fixable_line(report: Report, options: FormatOptions) -> Iterator[Line]:
    """How many of the findings shown ``--fix`` would repair, and how many more ``--unsafe-fixes``."""
    fixable = options.fixable
    assert fixable is not None
    count = sum(fixable.marked(d.file, d.line, d.column, d.code) for d in report.diagnostics)
    hidden = fixable.hidden_unsafe
    if not count and not hidden:
        return
    fixes = f"{hidden} fix{'' if hidden == 1 else 'es'}"
    if not count:
        text = f"{fixes} available with `reqkit lint --fix --unsafe-fixes`."
    elif hidden:
        text = f"[*] {count} fixable with `reqkit lint --fix` ({fixes} more with `--unsafe-fixes`)."
    else:
        text = f"[*] {count} fixable with `reqkit lint --fix`."
    yield [(text, "")]


def _excerpt(d: Diagnostic, source_lines: list[str]) -> Iterator[Line]:
    source = source_lines[d.line - 1] if 0 < d.line <= len(source_lines) else ""
    start = max(d.column - 1, 0)
    if len(source) > _MAX_EXCERPT:
        # Cut first: a line may be a whole pasted page with a thousand findings,
        # and reading all of it for each one would take time growing with its square.
        cut = max(0, start - 40)
        source = "…" + source[cut : cut + _MAX_EXCERPT]
        start = start - cut + 1
    if not source.strip("… \t"):
        return
    source = source.expandtabs(1)  # one column per tab, so offsets still hold
    if d.end_line == d.line and d.end_column and d.end_column > d.column:
        width = d.end_column - d.column
    else:
        width = max(len(source.rstrip()) - start, 1)
    width = max(1, min(width, len(source) - start))
    # Escaped control characters take several columns: measure the marker
    # on the text as it is shown.
    marked = visible(source[start : start + width])
    start, width = len(visible(source[:start])), len(marked)
    gutter = str(d.line).rjust(5)
    yield [(f"{gutter} | ", "blue"), (visible(source.rstrip()), "")]
    yield [(" " * 5 + " | ", "blue"), (" " * start, ""), ("^" * width, _SEVERITY_STYLE[d.severity])]


def _statistics(report: Report) -> Iterator[Line]:
    rows = count_by_code(report.diagnostics)
    if not rows:
        return
    for code, name, count in rows:
        yield [(f"{count:>6}  ", "bold"), (code, "magenta"), (f"  {name}", "")]
    yield []


def _summary(report: Report) -> Line:
    summary = report.summary()
    style = "bold red" if summary["errors"] or summary["unreadable"] else "bold green"
    return [(summary_line(report), style)]


def summary_line(report: Report) -> str:
    """The closing sentence of a report, e.g. "1 error, 0 warnings, 2 notes in 3 files"."""
    summary = report.summary()
    files = summary["checked"]
    if not any(summary[k] for k in ("errors", "warnings", "info", "unreadable")):
        if report.hidden:
            return f"No problems to show in {_plural(files, 'file')}{_hidden(report)}"
        return f"All clear: no problems in {_plural(files, 'file')}"
    parts = [
        _plural(summary["errors"], "error"),
        _plural(summary["warnings"], "warning"),
        _plural(summary["info"], "note"),
    ]
    text = f"{', '.join(parts)} in {_plural(files, 'file')}"
    if summary["unreadable"]:
        text += f"; {summary['unreadable']} could not be checked"
    if summary["rules_skipped"]:
        text += f"; {_plural(summary['rules_skipped'], 'rule')} skipped"
    return text + _hidden(report)


def _hidden(report: Report) -> str:
    if not report.hidden:
        return ""
    return f"; {report.hidden} less severe not shown (--min-severity)"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


#: SGR parameters of the words a style is written with.
_SGR = {
    "bold": "1",
    "dim": "2",
    "underline": "4",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
}


def _render_ansi(lines: list[Line]) -> str:
    codes: dict[str, str] = {}
    out = []
    for line in lines:
        for text, style in line:
            if not style or not text:
                out.append(text)
                continue
            if style not in codes:
                codes[style] = ";".join(_SGR[word] for word in style.split())
            out.append(f"\x1b[{codes[style]}m{text}\x1b[0m")
        out.append("\n")
    return "".join(out)

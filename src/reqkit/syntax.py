"""YAML syntax errors, told in words a marketer can act on.

The parser says "mapping values are not allowed in this context"; the person
who wrote ``title: Launch: phase 2`` needs to hear that a colon inside a value
needs quotes. Each known parser message maps to a plain sentence and a hint;
anything unknown keeps the parser's words, still with a position.
"""

from __future__ import annotations

from typing import Any

from reqkit.positions import Problem, SourceMap, span_of_mark

_RESERVED_STARTS = {
    "@": "'@'",
    "`": "a backtick (`)",
    "%": "'%'",
    "|": "'|'",
    ">": "'>'",
}


def explain_syntax_error(error: Any, text: str) -> Problem:
    """A :class:`Problem` with code RK001 for a ruamel parser or reader error."""
    if hasattr(error, "position") and hasattr(error, "reason"):
        return _reader_problem(error, text)
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    span = span_of_mark(mark) if mark is not None else SourceMap(text).offset_span(0, 0)
    problem = (getattr(error, "problem", None) or "").strip()
    context = (getattr(error, "context", None) or "").strip()
    char = text[span.start] if span.start < len(text) else ""
    message, hint = _translate(problem, context, char)
    context_mark = getattr(error, "context_mark", None)
    if context_mark is not None and "never closed" in message:
        span = span_of_mark(context_mark)  # where the quote opens, not the end of the file
    return Problem("RK001", span, message, hint)


def _translate(problem: str, context: str, char: str) -> tuple[str, str]:
    if "mapping values are not allowed" in problem:
        return (
            "A colon followed by a space appears inside a value",
            'Put the whole value in quotes, e.g. title: "Launch: phase 2"; '
            "or, if a new field was meant, start it on its own line, lined up with the fields around it.",
        )
    if "cannot start any token" in problem:
        if char == "\t":
            return (
                "A tab is used for indentation",
                "Indent with spaces only; YAML does not accept tabs.",
            )
        shown = _RESERVED_STARTS.get(char, f"'{char}'")
        return (
            f"A value cannot start with {shown} unless it is in quotes",
            f'Put the value in quotes, e.g. "{char}…".',
        )
    if "end of stream" in problem and "quoted" in context:
        return (
            "A quote is opened but never closed",
            "Add the closing quote, or remove the opening one; inside single quotes write '' for an apostrophe.",
        )
    if "unknown escape character" in problem:
        return (
            "A backslash in double quotes starts an unknown escape sequence",
            "Use single quotes for text with backslashes, or write \\\\ for one backslash.",
        )
    if "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        bracket = "]" if "]" in problem else "}"
        return (
            f"A list or group opened with '{'[' if bracket == ']' else '{'}' is not closed",
            f"Add the missing '{bracket}', or a comma between the items.",
        )
    if "expected '-' indicator" in problem:
        return (
            "A line inside a list does not start with '- ' like the items around it",
            "Start each list item with '- ' at the same indentation.",
        )
    if "expected key" in problem:
        return (
            "This line is not lined up with the fields around it, or text follows a closing quote",
            "Indent the field exactly like its neighbours; after a quoted value nothing may follow on the line.",
        )
    if "could not find expected ':'" in problem:
        return (
            "A line has no colon where a field was expected",
            "Write fields as `key: value`; continuation lines of a long text must be indented further.",
        )
    if "anchor" in context or "alias" in context:
        return (
            "'&' and '*' have a special meaning at the start of a value",
            "Put the value in quotes if it should start with '&' or '*'.",
        )
    if "expected <block end>" in problem or "block end" in problem:
        return (
            "The indentation is inconsistent here",
            "Line up fields that belong together at exactly the same column.",
        )
    words = problem or context or "the YAML cannot be read here"
    return (
        f"The YAML cannot be read here: {words}",
        "Check the indentation and the quotes on this line and the line above.",
    )


def _reader_problem(error: Any, text: str) -> Problem:
    position = min(int(error.position), len(text))
    code = (
        error.character
        if isinstance(error.character, int)
        else ord(str(error.character)[:1] or " ")
    )
    return Problem(
        "RK001",
        SourceMap(text).offset_span(position, position),
        f"The text contains an invisible control character (U+{code:04X}) that YAML forbids",
        "Delete the character; it often comes from pasting out of a PDF or a chat tool.",
    )

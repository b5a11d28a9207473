"""pydantic's validation errors, retold in plain words at the right place.

pydantic says "Input should be a valid string"; a marketer needs to hear that
``version: 1.10`` was read as the number 1.1 and must be written in quotes.
Each error becomes a :class:`~reqkit.positions.Problem` pointing at the key
(unknown keys), the parent (missing keys) or the value (everything else).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from reqkit.docs import field_doc
from reqkit.model.base import CURRENCY_PATTERN, ID_PATTERN, NON_BLANK_PATTERN
from reqkit.model.walk import models_in
from reqkit.partial import error_path
from reqkit.positions import Path, Problem, SourceMap, dotted
from reqkit.scalars import describe
from reqkit.suggest import closest

_KIND_OF_TYPE = {
    "string_type": "text",
    "float_type": "a number",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a group of fields",
    "model_type": "a group of fields",
    "model_attributes_type": "a group of fields",
    "date_type": "a date",
}

_TYPE_HINTS = {
    "a number": "Write a plain number such as 300, without units or currency signs; "
    "put the unit in its own field.",
    "a whole number": "Write a whole number such as 5.",
    "true or false": "Write true or false.",
    "a list": 'Write each item on its own line starting with "- ", or as [first, second].',
    "a group of fields": "Write the fields indented below the key, one `name: value` per line.",
}

_PATTERN_HINTS = {
    ID_PATTERN: (
        "is not a valid id",
        "Ids use letters, digits, '-', '_' and '.', with no spaces, e.g. REQ-004.",
    ),
    CURRENCY_PATTERN: (
        "is not a currency code",
        "Use the three-letter ISO 4217 code in capitals, e.g. EUR, USD or GBP.",
    ),
    NON_BLANK_PATTERN: ("is blank", "Write a name or remove the line."),
}


def explain_errors(
    errors: list[ErrorDetails], data: Any, root: type[BaseModel], source: SourceMap
) -> Iterator[Problem]:
    """One :class:`Problem` per pydantic error, in the order pydantic found them.

    A misspelt key is one mistake, not two: when an unknown key's suggestion is
    exactly the field reported missing, only the unknown key is reported.
    """
    problems = [_explain(e, error_path(e["loc"], data), root, source, data) for e in errors]
    suggested = set()
    for problem in problems:
        if problem.code == "RK010":
            close = _suggest_key(problem.path, root)
            if close:
                suggested.add((*problem.path[:-1], close))
    for problem in problems:
        if not (problem.code == "RK011" and problem.path in suggested):
            yield problem


def _explain(
    error: ErrorDetails, path: Path, root: type[BaseModel], source: SourceMap, data: Any
) -> Problem:
    kind = error["type"]
    field = _field_name(path)
    value = error.get("input")
    parent = where(path[:-1], data)
    if kind == "extra_forbidden":
        return _unknown_key(path, root, source, parent)
    if kind == "missing" or (value is None and kind in _KIND_OF_TYPE):
        return _missing(path, root, source, parent, present=kind != "missing")
    span = source.nearest(path)[1]
    if kind in _KIND_OF_TYPE:
        message, hint = _wrong_type(field, _KIND_OF_TYPE[kind], value, source.raw(path))
        return Problem("RK012", span, message, hint, path)
    if kind == "literal_error" and isinstance(path[-1], int):  # "a valid section", not "sections"
        field = _SINGULAR.get(field, field.removesuffix("s"))
    message, hint = _invalid_value(kind, field, value, error)
    return Problem("RK013", span, message, hint, path)


def _field_name(path: Path) -> str:
    names = [part for part in path if isinstance(part, str)]
    return names[-1] if names else "brief"


_SINGULAR = {
    "raci": "RACI entry",
    "lines": "budget line",
    "milestones": "milestone",
    "metrics": "metric",
    "waivers": "waiver",
}


def where(path: Path, data: Any) -> str:
    """Name a place in the brief the way a person would: 'requirement "REQ-004"'."""
    if not path:
        return "the top level of the brief"
    if isinstance(path[-1], int) and len(path) >= 2:
        node = data
        for part in path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                node = None
                break
        section = str(path[-2])
        noun = _SINGULAR.get(section, section.removesuffix("s").replace("_", " "))
        label = next(
            (
                node[k]
                for k in ("id", "name", "deliverable", "item")
                if isinstance(node, dict) and isinstance(node.get(k), str)
            ),
            None,
        )
        if label:
            return f'{noun} "{label}"'
        return f"{noun} number {path[-1] + 1} of {dotted(path[:-1])}"
    return f'"{dotted(path)}"'


def _unknown_key(path: Path, root: type[BaseModel], source: SourceMap, parent: str) -> Problem:
    key = str(path[-1])
    model = model_at(root, path[:-1])
    known = list(model.model_fields) if model else []
    close = _suggest_key(path, root)
    if close:
        hint = f'Did you mean "{close}"?'
    else:
        hint = "Known keys here: " + ", ".join(known) + "." if known else "Remove it."
    message = f'Unknown key "{key}" in {parent}'
    return Problem("RK010", source.key_span(path), message, hint, path)


def _suggest_key(path: Path, root: type[BaseModel]) -> str | None:
    """The known key closest to a misspelt one, if any is close enough."""
    model = model_at(root, path[:-1])
    known = list(model.model_fields) if model else []
    return closest(str(path[-1]), known)


def _missing(
    path: Path, root: type[BaseModel], source: SourceMap, parent: str, *, present: bool
) -> Problem:
    key = str(path[-1])
    model = model_at(root, path[:-1])
    info = model.model_fields.get(key) if model else None
    doc = " ".join(field_doc(model, key).split()) if model and info else ""
    if present:
        message = f'"{key}" in {parent} is empty but needs a value'
        span = source.key_span(path)
    else:
        message = f'"{key}" is missing from {parent}'
        span = source.key_span(path[:-1]) if path[:-1] else source.nearest(())[1]
    action = f"Write a value after `{key}:`." if present else f"Add `{key}:` here."
    hint = f"{action} {doc}" if doc else action
    return Problem("RK011", span, message, hint, path)


def _wrong_type(field: str, wanted: str, value: Any, raw: str | None) -> tuple[str, str]:
    read_as = describe(value)
    shown = raw if raw is not None else repr(value)
    if wanted == "text":
        return (
            f'"{field}" must be text, but {shown} is read as {read_as}',
            f'Put it in quotes: {field}: "{shown.strip(chr(34))}"',
        )
    if isinstance(value, str):
        read_as = f'the text "{value}"' if len(value) < 60 else "text"
    message = f'"{field}" must be {wanted}, but it is {read_as}'
    return message, _TYPE_HINTS.get(wanted, "Check the value against the brief format.")


def _invalid_value(kind: str, field: str, value: Any, error: ErrorDetails) -> tuple[str, str]:
    ctx = error.get("ctx") or {}
    if kind == "literal_error":
        choices = [
            c.strip(" '") for c in str(ctx.get("expected", "")).replace(" or ", ", ").split(",")
        ]
        return _invalid_choice(field, value, choices)
    if kind == "string_pattern_mismatch":
        what, hint = _PATTERN_HINTS.get(str(ctx.get("pattern")), ("has the wrong form", ""))
        return f'"{value}" in "{field}" {what}', hint or "Check the value against the brief format."
    if kind in ("greater_than_equal", "greater_than"):
        return f'"{field}" cannot be negative ({value})', "Write zero or a positive number."
    if kind == "date_format":
        return (
            f'"{field}" must be a date, but it is {describe(value)}',
            "Write the date as YYYY-MM-DD, e.g. 2027-03-15.",
        )
    if kind == "date_impossible":
        return f'"{value}" in "{field}" is not a real calendar date', "Check the day and the month."
    if kind == "date_with_time":
        return f'"{field}" takes a date without a time of day', "Write only YYYY-MM-DD."
    if kind == "money_format":
        return f'"{field}" cannot be read as money: {ctx.get("message")}', str(ctx.get("hint"))
    if "message" in ctx and "hint" in ctx:
        return f'"{field}": {ctx["message"]}', str(ctx["hint"])
    return (
        f'"{field}" has an invalid value: {error["msg"]}',
        "Check the value against the brief format.",
    )


def _invalid_choice(field: str, value: Any, choices: list[str]) -> tuple[str, str]:
    """Every choice field is checked the same way: exact spelling, with a suggestion.

    Values are not normalised, so that the brief, the JSON Schema editors use
    and the linter agree on one spelling; a value that differs only in letter
    case gets that spelling as its suggestion.
    """
    listing = f"Use one of: {', '.join(choices)}."
    close = closest(str(value), choices, cutoff=0.5) if isinstance(value, str) else None
    label = field.replace("_", " ")
    if close is None:
        return f'"{value}" is not a valid {label}', listing
    if close.lower() == str(value).lower():
        return (
            f'"{value}" is not a valid {label}: write "{close}", spelt exactly as listed',
            f"Choices are case-sensitive. {listing}",
        )
    return f'"{value}" is not a valid {label}', f'Did you mean "{close}"? {listing}'


def model_at(root: type[BaseModel], path: Path) -> type[BaseModel] | None:
    """The model class that describes the mapping at ``path``, if any."""
    model: Any = root
    for part in path:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return None
        info = model.model_fields.get(part)
        if info is None:
            return None
        model = next(models_in(info.annotation), None)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None

"""A brief's data as YAML a person can read and edit, that reads back as the same values.

Block style throughout, fields in the order of the schema, text with line
breaks as literal blocks, and quotes only where YAML needs them or where an
unquoted value would be read as something else: ``"1.10"``, ``"yes"``, ``"2027"`` and ``"2027-03-01"``
are quoted when they are text, by the same typing rules that reqkit reads
briefs with (:func:`reqkit.scalars.resolve_plain`).

The writer is small and strict rather than general: what it writes is read
back by the loader before anything is saved, and must give the same values
(see :mod:`reqkit.importing`). ruamel.yaml's emitter did the same job about
ten times slower on a 2,000-requirement brief.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from reqkit.model import Brief
from reqkit.model.walk import models_in
from reqkit.scalars import UnreadableScalar, resolve_plain


def ordered(value: Any, model: Any = Brief) -> Any:
    """``value`` with the keys of each mapping in the order the schema declares them."""
    if isinstance(value, list):
        return [ordered(item, model) for item in value]
    if not isinstance(value, dict) or model is None:
        return value
    fields = model.model_fields
    result = {}
    for name, info in fields.items():
        if value.get(name) is False and info.default is False:
            continue  # "liaison: false" on every person only adds noise
        if name in value:
            result[name] = ordered(value[name], next(models_in(info.annotation), None))
    result.update((k, v) for k, v in value.items() if k not in fields)
    return result


def _typed_as_other(text: str) -> bool:
    """Whether ``text`` written without quotes would be read as a number, date, yes/no or null."""
    try:
        return resolve_plain(text) != text
    except UnreadableScalar:
        return True


#: Text that YAML reads as itself without quotes: no indicator first, no ": " or " #"
#: inside, no space at either end.
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]([^:#\t\n]|:(?! )|(?<! )#)*")
#: Characters a YAML file may not hold as they are, or that end a line (NEL, LS, PS,
#: CR): a value holding one is written double-quoted, with the character escaped.
_SPECIAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_ESCAPE_TOO = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def _plain_ok(text: str) -> bool:
    return (
        bool(_PLAIN.fullmatch(text))
        and not _SPECIAL.search(text)
        and not text.endswith((" ", ":"))
        and not _typed_as_other(text)
    )


def _quoted(text: str) -> str:
    """A double-quoted scalar: a JSON string is one; JSON leaves a few characters as they
    are that YAML does not allow in a file, and those are escaped as well."""
    quoted = json.dumps(text, ensure_ascii=False)
    return _ESCAPE_TOO.sub(lambda match: f"\\u{ord(match[0]):04x}", quoted)


def _literal(text: str, indent: int) -> str | None:
    """``text`` as a literal block (``|-``), when its lines allow one."""
    body = text.rstrip("\n")
    trailing = len(text) - len(body)
    lines = body.split("\n")
    if (
        not body
        or body[0] == " "
        or trailing > 1
        or "\t" in body
        or _SPECIAL.search(body)
        or any(line != line.rstrip() for line in lines)
    ):
        return None
    pad = " " * indent
    content = "\n".join(pad + line if line else "" for line in lines)
    return ("|" if trailing else "|-") + "\n" + content


def _scalar(value: Any, indent: int) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if "\n" in text:
        return _literal(text, indent) or _quoted(text)
    return text if _plain_ok(text) else _quoted(text)


def _key(key: str) -> str:
    return key if _plain_ok(key) else _quoted(key)


def _mapping(data: dict[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    lines = []
    for key, value in data.items():
        name = f"{pad}{_key(str(key))}:"
        if isinstance(value, dict) and value:
            lines += [name, *_mapping(value, indent + 2)]
        elif isinstance(value, list) and value:
            lines += [name, *_sequence(value, indent + 2)]
        elif isinstance(value, (dict, list)):
            lines.append(f"{name} {'{}' if isinstance(value, dict) else '[]'}")
        else:
            lines.append(f"{name} {_scalar(value, indent + 2)}")
    return lines


def _sequence(items: list[Any], indent: int) -> list[str]:
    pad = " " * indent
    lines = []
    for item in items:
        if isinstance(item, dict) and item:
            nested = _mapping(item, indent + 2)
            lines += [f"{pad}- {nested[0].lstrip()}", *nested[1:]]
        elif isinstance(item, list) and item:
            nested = _sequence(item, indent + 2)
            lines += [f"{pad}- {nested[0].lstrip()}", *nested[1:]]
        elif isinstance(item, (dict, list)):
            lines.append(f"{pad}- {'{}' if isinstance(item, dict) else '[]'}")
        else:
            lines.append(f"{pad}- {_scalar(item, indent + 2)}")
    return lines


def yaml_text(data: dict[str, Any], header: str) -> str:
    """``header`` (comment lines) followed by the brief as YAML, a blank line between sections."""
    sections = ["\n".join(_mapping({key: value}, 0)) for key, value in ordered(data).items()]
    return header + "\n\n".join(sections) + "\n"

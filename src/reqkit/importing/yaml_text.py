"""A brief's data as YAML a person can read and edit, that reads back as the same values.

Block style throughout, fields in the order of the schema, text with line
breaks as literal blocks, and quotes only where an unquoted value would be
read as something else: ``"1.10"``, ``"yes"``, ``"2027"`` and ``"2027-03-01"``
are quoted when they are text, by the same typing rules that reqkit reads
briefs with (:func:`reqkit.scalars.resolve_plain`).
"""

from __future__ import annotations

import io
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
    if not text:
        return True
    try:
        return resolve_plain(text) != text
    except UnreadableScalar:
        return True


def _yaml() -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.representer import RoundTripRepresenter

    class _Representer(RoundTripRepresenter):
        pass

    def text(representer: Any, value: str) -> Any:
        style = None
        if "\n" in value:
            style = "|"
        elif _typed_as_other(value):
            style = '"'
        return representer.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    def number(representer: Any, value: float) -> Any:
        if value.is_integer() and abs(value) < 2**53:
            return representer.represent_int(int(value))
        return representer.represent_scalar("tag:yaml.org,2002:float", repr(value))

    _Representer.add_representer(str, text)
    _Representer.add_representer(float, number)
    yaml = YAML(typ="rt")
    yaml.Representer = _Representer
    yaml.default_flow_style = False
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 100_000  # a statement stays on one line, as briefs write it
    yaml.allow_unicode = True
    return yaml


def yaml_text(data: dict[str, Any], header: str) -> str:
    """``header`` (comment lines) followed by the brief as YAML."""
    stream = io.StringIO()
    _yaml().dump(ordered(data), stream)
    lines = stream.getvalue().splitlines(keepends=True)
    # A blank line before each section after the first, as hand-written briefs have.
    spaced = [
        "\n" + line if index and line[:1].isalpha() else line for index, line in enumerate(lines)
    ]
    return header + "".join(spaced)

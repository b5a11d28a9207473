"""Editing YAML with ruamel so that it looks as the person wrote it.

The round-trip loader keeps comments, key order and quoting; set up with the
file's own indentation and an unlimited line width, it also writes new and
untouched lines in the file's style.
"""

from __future__ import annotations

import io
import re
import sys
from itertools import pairwise
from typing import Any


def round_trip(text: str) -> Any:
    """A round-trip YAML reader and writer set up for ``text``'s layout."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = sys.maxsize  # never re-wrap a long line, however long
    mapping, sequence, offset = detect_indentation(text)
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def dump(yaml: Any, document: Any) -> str:
    """``document`` written as YAML text."""
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


_KEY_ONLY = re.compile(r"^( *)(?:- )?[\w.-]+:\s*(?:#.*)?$")
_INDENTED = re.compile(r"^( *)(- )?[^\s#-]")


def detect_indentation(text: str) -> tuple[int, int, int]:
    """(mapping indent, sequence indent, dash offset) as the file already uses them."""
    mapping, offset = None, None
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    for current, following in pairwise(lines):
        parent = _KEY_ONLY.match(current)
        child = _INDENTED.match(following)
        if not parent or not child:
            continue
        base = len(parent.group(1)) + (2 if current.lstrip().startswith("- ") else 0)
        depth = len(child.group(1)) - base
        if child.group(2) and offset is None and depth >= 0:
            offset = depth
        elif not child.group(2) and mapping is None and depth > 0:
            mapping = depth
        if mapping is not None and offset is not None:
            break
    mapping = mapping or 2
    offset = 2 if offset is None else offset
    return mapping, offset + 2, offset

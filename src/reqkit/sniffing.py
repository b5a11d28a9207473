"""Telling a brief from other YAML in a folder, by reading only the top of the file.

A folder of briefs also holds ``mkdocs.yml``, CI workflows and data files, so
a folder search keeps only files whose first document is a mapping with an
``initiative`` key. That is decided by the YAML parser, not by searching the
text, so that a brief saved with a byte order mark, in UTF-16, with old Mac
line endings (CR only), with a quoted key (``"initiative":``) or in flow
style (``{initiative: ...}``) is still found. Parsing stops at the first
answer: usually the first key, a few events into the file.

A file that cannot be examined (unreadable, not text, not a regular file)
counts as a brief: the reader then says why it cannot be checked, rather
than the search skipping it without a word.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import events as ev
from ruamel.yaml.error import YAMLError

#: Enough for the top of any brief; the ``initiative`` key comes first in practice.
SNIFF_BYTES = 256 * 1024
_KEY = "initiative"
# Used only when the top of the file is not valid YAML: a broken brief is
# still a brief, and its syntax error is worth reporting.
_KEY_IN_TEXT = re.compile(r"""^[ \t]*[{]?[ \t]*["']?initiative["']?[ \t]*:""", re.MULTILINE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_like_brief(path: Path) -> bool:
    """Whether a folder search should check ``path``: a brief, or a file it cannot examine."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return True  # the reader reports why it cannot be read
    with os.fdopen(descriptor, "rb") as handle:
        try:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return True  # a named pipe or a device: reported, never read
            head = handle.read(SNIFF_BYTES)
        except OSError:
            return True
        complete = len(head) < SNIFF_BYTES
    text = _as_text(head, complete)
    return True if text is None else has_initiative_key(text)


def _as_text(head: bytes, complete: bool) -> str | None:
    """The top of a file as text, or None if it is not text reqkit could read."""
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # binary, or UTF-16 without a byte order mark
    encoding = next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        return decoder.decode(head, final=complete)
    except UnicodeDecodeError:
        return None


def has_initiative_key(text: str) -> bool:
    """Whether the first YAML document of ``text`` is a mapping with an ``initiative`` key."""
    try:
        return _first_mapping_has_key(_events(text))
    except YAMLError:
        return bool(_KEY_IN_TEXT.search(text.replace("\r\n", "\n").replace("\r", "\n")))


def _first_mapping_has_key(events: Iterator[Any]) -> bool:
    depth = 0
    keys = 0  # children of the top mapping seen so far: even ones are keys
    for event in events:
        kind = type(event)
        if kind in (ev.StreamStartEvent, ev.DocumentStartEvent):
            continue
        if depth == 0:
            if kind is not ev.MappingStartEvent:
                return False  # a list, a scalar, an empty file: not a brief
            depth = 1
            continue
        if kind in (ev.MappingEndEvent, ev.SequenceEndEvent):
            depth -= 1
            if depth == 0:
                return False  # the top mapping ended without the key
            if depth == 1:
                keys += 1
            continue
        if kind in (ev.MappingStartEvent, ev.SequenceStartEvent):
            depth += 1
            continue
        if depth == 1:
            if keys % 2 == 0 and kind is ev.ScalarEvent and event.value == _KEY:
                return True
            keys += 1
    return False


def _events(text: str) -> Iterator[Any]:
    from reqkit.source import yaml_events

    return yaml_events(text)

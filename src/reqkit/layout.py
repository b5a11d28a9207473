"""Keeping a file's bytes when reqkit edits a few of its lines.

ruamel's round trip keeps comments and key order, but it writes every line
anew: Windows line endings become Unix ones, a byte order mark and a ``...``
end-of-document marker disappear. :class:`Layout` takes those apart before
the edit and :func:`merge_lines` puts the edited text back into the original
line by line: a line the edit did not change keeps its exact bytes, ending
included; only changed and added lines are new, and they get the file's own
line ending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_BOM = "\ufeff"
_END_MARKER = re.compile(r"^\.\.\.(?:[ \t].*)?$")


@dataclass(frozen=True)
class Layout:
    """A text cut into what the YAML editor sees and what it must not touch."""

    bom: str  # the byte order mark, or ""
    body: str  # the text up to the end-of-document marker, as written
    tail: str  # the marker line and everything after it, as written
    newline: str  # the line ending used by most lines

    @classmethod
    def of(cls, text: str) -> Layout:
        bom = _BOM if text.startswith(_BOM) else ""
        text = text[len(bom) :]
        lines = split_lines(text)
        cut = next(
            (i for i, line in enumerate(lines) if _END_MARKER.match(line.rstrip("\r\n"))),
            len(lines),
        )
        crlf = text.count("\r\n")
        newline = "\r\n" if crlf > text.count("\n") - crlf else "\n"
        return cls(bom, "".join(lines[:cut]), "".join(lines[cut:]), newline)

    @property
    def plain(self) -> str:
        """The body with Unix line endings: what the YAML editor reads."""
        return self.body.replace("\r\n", "\n")

    def rebuild(self, edited: str) -> str:
        """The whole text again, with ``edited`` (an edit of :attr:`plain`) as the body."""
        body = merge_lines(self.body, edited, self.newline)
        if self.tail and body and not body.endswith("\n"):
            body += self.newline
        return self.bom + body + self.tail


def split_lines(text: str) -> list[str]:
    """Lines with their endings; only ``\\n`` ends a line, as in YAML read by reqkit."""
    lines = text.split("\n")
    last = lines.pop()
    return [line + "\n" for line in lines] + ([last] if last else [])


def _content(line: str) -> str:
    if line.endswith("\r\n"):
        return line[:-2]
    return line[:-1] if line.endswith("\n") else line


def merge_lines(original: str, edited: str, newline: str) -> str:
    """``edited``, with each line it shares with ``original`` taken from ``original`` as is."""
    before = split_lines(original)
    after = split_lines(edited)
    matcher = SequenceMatcher(
        None,
        [_content(line) for line in before],
        [_content(line) for line in after],
        autojunk=False,
    )
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(before[i1:i2])
        else:
            out.extend(_content(line) + newline for line in after[j1:j2])
    if out and not edited.endswith("\n"):
        out[-1] = _content(out[-1])
    for index, line in enumerate(out[:-1]):  # a last line without an ending that got a successor
        if not line.endswith("\n"):
            out[index] = line + newline
    return "".join(out)


def line_map(original: str, edited: str) -> list[int]:
    """For each line of ``edited`` (1-based, index 0 unused), the matching line of ``original``.

    A new line maps to the original line before it, which is where a person
    looking at the unedited file would find the spot.
    """
    before = [_content(line) for line in split_lines(original)]
    after = [_content(line) for line in split_lines(edited)]
    mapping = [0] * (len(after) + 1)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for offset, j in enumerate(range(j1, j2)):
            if tag == "equal" or (tag == "replace" and offset < i2 - i1):
                mapping[j + 1] = i1 + offset + 1
            else:
                mapping[j + 1] = max(i2, 1)
    return mapping

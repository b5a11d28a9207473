"""Priority tags and section numbers written into a statement's text.

Requirements pasted from a spreadsheet or a Word document often carry their
MoSCoW tag and their numbering in the text: "(M) The shop shall ...",
"Must have: the app shall ...", "3.2.1 The import shall ...", "REQ-12: ...".
Those are not words of the requirement: "(should have)" is no weak modal,
"3.2.1" no number without a unit, "Must have:" no second sentence. The
wording rules read statements through :func:`reqkit.rules.text.mask_quoted`,
which blanks what :func:`labels` finds here, so no rule counts them; the
rule priority-in-statement (RK116) reports them once instead.

Only the start and the end of a text are searched, with anchored patterns,
so a statement without a label costs two failed matches.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reqkit.rules.textcache import per_brief

# MoSCoW words and short codes that a bracketed tag may hold: "(M)", "[Must]",
# "(must have)", "(Won't have)", "(nice to have)", "[P1]", "(mandatory)".
_TAG_WORDS = (
    r"must(?:[ -]have)?|should(?:[ -]have)?|could(?:[ -]have)?|won'?t(?:[ -]have)?"
    r"|will not have|nice[ -]to[ -]have|mandatory|optional|essential|desirable"
    r"|[mscwo]|p[0-4]|prio(?:rity)?[ :]*(?:[1-4]|high|medium|low)"
)
_BRACKETED = rf"(?i:[(\[]\s*(?:{_TAG_WORDS})\s*[)\]])"
# "Must have:", "MUST:", "Should have -", "Nice to have:", "Optional:".
_LABEL = (
    r"(?i:(?:(?:must|should|could|won'?t|nice[ -]to)[ -]have|must|should|could|mandatory|optional)"
    r"\s*(?::|\s[-–—]))"
)
# "3.2.1", "2.3.4.", "1.", "4)" before a capital or a tag; "REQ-12:", "FR-07 -", "[REQ-12]",
# and "REQ-12" before a capital: a code with a hyphen opens no sentence.
_NUMBER = r"\d+(?:\.\d+)+\.?(?=\s+[A-Z(\[])|\d+[.)](?=\s+[A-Z(\[])"
_ID = (
    r"[A-Z][A-Za-z]{0,5}[-_]?\d+(?:\.\d+)*\s*(?::|\s[-–—])|\[[A-Z][A-Za-z]{0,5}[-_]?\d+\]"
    r"|[A-Z][A-Za-z]{0,5}[-_]\d+(?:\.\d+)*(?=\s+[A-Z])"
)

_LEADING = re.compile(rf"\s*(?:(?P<tag>{_BRACKETED}|{_LABEL})|(?P<number>{_NUMBER}|{_ID}))\s*")
# A tag after the last word, before the final full stop if any: "... PayPal (M)."
_TRAILING = re.compile(rf"\s(?P<tag>{_BRACKETED})\s*[.!]?\s*$")
_TRAILING_END = (")", "]", ").", "].", ")!", "]!")
_WORD = re.compile(r"[^\W\d_]")


class Label(NamedTuple):
    """A priority tag or a section number found in a text, with its offsets."""

    start: int
    end: int
    text: str
    kind: str  # "tag" or "number"


@per_brief
def labels(text: str) -> tuple[Label, ...]:
    """The priority tags and section numbers at the start and end of ``text``, in order.

    Several may lead ("REQ-12: (M) The shop ..."); one may trail ("... PayPal (M).").
    """
    found: list[Label] = []
    at = 0
    while (
        _may_lead(text, at)
        and (match := _LEADING.match(text, at)) is not None
        and _WORD.search(text, match.end())
    ):
        kind = "tag" if match.group("tag") else "number"
        found.append(Label(match.start(kind), match.end(kind), match.group(kind), kind))
        at = match.end()
    if text.rstrip().endswith(_TRAILING_END):
        trailing = _TRAILING.search(text, max(at, len(text) - 40))
        if trailing is not None and _WORD.search(text, at, trailing.start()):
            found.append(Label(trailing.start("tag"), trailing.end("tag"), trailing["tag"], "tag"))
    return tuple(found)


#: First words that may open a label: "Must have:", "Nice to have -", "Optional:".
_LABEL_WORDS = frozenset({
    "must", "should", "could", "won't", "wont", "nice", "mandatory", "optional",
})  # fmt: skip


def _may_lead(text: str, at: int) -> bool:
    """Whether a label could start at ``at``: a cheap look that most statements fail.

    A label opens with a bracket or a digit, or with a first word that holds a
    digit or a colon ("REQ-12:", "MUST:") or is a priority word ("Must have:").
    """
    head = text[at : at + 24].lstrip()
    if not head:
        return False
    if head[0] in "([" or head[0].isdigit():
        return True
    first = head.split(None, 1)[0]
    return ":" in first or any(c.isdigit() for c in first) or first.lower() in _LABEL_WORDS


def blank_labels(text: str) -> str:
    """``text`` with its priority tags and section numbers blanked out, offsets unchanged."""
    found = labels(text)
    if not found:
        return text
    chars = list(text)
    for label in found:
        chars[label.start : label.end] = " " * (label.end - label.start)
    return "".join(chars)


#: MoSCoW priority each kind of tag stands for, by its first letter or word.
_PRIORITY_OF = {"m": "must", "s": "should", "c": "could", "w": "wont", "o": "could"}


def tag_priority(tag: str) -> str | None:
    """The MoSCoW priority a tag names ("(M)" -> "must"), or None where it names none."""
    word = re.sub(r"[^a-z0-9' ]", " ", tag.lower()).split()
    if not word:
        return None
    first = word[0]
    if first in ("mandatory", "essential"):
        return "must"
    if first in ("optional", "desirable", "nice"):
        return "could"
    if first.startswith(("won", "will")):
        return "wont"
    return _PRIORITY_OF.get(first[0]) if first[0] in "mscw" or first == "o" else None

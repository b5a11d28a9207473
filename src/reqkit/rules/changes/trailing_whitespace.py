"""RK704 trailing-whitespace: spaces or tabs at the end of a line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import STYLE_NOTE, Context, Finding, Rule

_TRAILING = re.compile(r"[ \t]+(?=\r?\n|\Z)")


class TrailingWhitespace(Rule):
    """Flags spaces or tabs at the end of a line.

    Nobody can see them, but every diff does: an editor that trims them on
    save turns a one-word change into a page of changed lines, and the
    reviewer of a brief's pull request can no longer tell what really
    changed since sign-off. Inside a block of text (after `|` or `>`) they
    are even part of the value. `reqkit lint --fix` removes them; inside
    such a block only with `--unsafe-fixes`, since there they are text.

    Bad: `title: Spring campaign page   ` (three spaces after the title).
    Good: `title: Spring campaign page`.
    """

    code = "RK704"
    name = "trailing-whitespace"
    friction = "F7"
    needs = ()
    levels = STYLE_NOTE

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for match in trailing_whitespace(context.text):
            yield Finding(
                (),
                f"The line ends in {_describe(match.group())} nobody can see",
                "Delete the blanks at the end of the line (`reqkit lint --fix` does); editors can trim them on save.",
                offsets=(match.start(), match.end()),
            )


def trailing_whitespace(text: str) -> Iterator[re.Match[str]]:
    """Each run of spaces and tabs that ends a line."""
    return _TRAILING.finditer(text)


def _describe(blank: str) -> str:
    """``3 spaces``, ``a tab``, ``2 spaces and a tab``."""
    spaces, tabs = blank.count(" "), blank.count("\t")
    parts = [
        f"{count} {noun}s" if count > 1 else f"a {noun}"
        for count, noun in ((spaces, "space"), (tabs, "tab"))
        if count
    ]
    return " and ".join(parts)

"""Filters the templates use to show numbers, money, paragraphs and links safely.

HTML filters return ``markupsafe.Markup`` only after escaping what came from
the brief; Markdown filters return :class:`~reqkit.render.markdown.MdSafe`
under the same rule. No filter turns text from a brief into a link except an
e-mail address of the plain ``name@domain`` form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from markupsafe import Markup, escape

from reqkit.render.markdown import (
    MdSafe,
    anchor_id,
    md_block,
    md_comment,
    md_inline,
    md_link,
    md_raw,
    mermaid_text,
)
from reqkit.render.timeline_chart import CHART_COLOURS
from reqkit.render.view import PRIORITY_LABELS, SIDE_LABELS

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def none_as_empty(value: Any) -> Any:
    """An unset optional field prints as nothing, not as "None"."""
    return "" if value is None else value


def number(value: Any) -> str:
    """83000 -> "83,000"; 4.50 -> "4.5"; None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def px(value: float) -> str:
    """A coordinate in the timeline chart: one decimal at most, no float noise."""
    return f"{value:.1f}".removesuffix(".0")


def money(value: Any) -> str:
    return "" if value is None else str(value)


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 requirement", "3 requirements"."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def mailto(value: Any) -> str | None:
    """A mailto: address for a plain e-mail address, else None (shown as text)."""
    text = str(value or "").strip()
    return f"mailto:{text}" if _EMAIL.match(text) else None


def paragraphs(value: Any) -> Markup:
    """Text as HTML paragraphs; the line breaks the author typed are kept."""
    if value is None:
        return Markup("")
    blocks = re.split(r"\n\s*\n", str(value).strip())
    rendered = [
        Markup("<br>\n").join(escape(line.strip()) for line in block.splitlines())
        for block in blocks
    ]
    return Markup("\n").join(Markup("<p>{}</p>").format(block) for block in rendered if block)


_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def code_spans(value: Any) -> Markup:
    """A linter message as HTML: escaped, with its `quoted` YAML shown as code.

    Messages and hints quote the brief between backticks, as Markdown does.
    The text is escaped first and only then are the backtick pairs turned into
    ``<code>`` elements, so nothing from the brief can become markup.
    """
    if value is None:
        return Markup("")
    escaped = str(escape(str(value)))
    return Markup(_CODE_SPAN.sub(lambda m: f"<code>{m.group(2).strip()}</code>", escaped))


def css_string(value: Any) -> Markup:
    """Text as a quoted CSS string, for the page margins of the print stylesheet.

    Quotes, backslashes, line breaks and the characters that could close the
    ``<style>`` element are written as CSS escapes, so text from a brief is
    shown as it is and can never end the string or the stylesheet.
    """
    text = "" if value is None else str(value)
    escaped = "".join(
        ch if ch.isprintable() and ch not in '"\\<>&' else f"\\{ord(ch):x} " for ch in text
    )
    return Markup(f'"{escaped}"')


def md_links(ids: Iterable[str], prefix: str, separator: str = ", ") -> MdSafe:
    """Links to the anchors of several goals or requirements."""
    return MdSafe(separator.join(md_link(item, f"{prefix}-{item}") for item in ids))


def md_join(items: Iterable[Any], separator: str = ", ") -> MdSafe:
    """Join values, escaping each one that is not already Markdown."""
    return MdSafe(separator.join(md_inline(item) for item in items))


COMMON: dict[str, Callable[..., Any]] = {
    "number": number,
    "money": money,
    "px": px,
    "plural": plural,
    "anchor": anchor_id,
}

HTML: dict[str, Callable[..., Any]] = {
    "mailto": mailto,
    "paragraphs": paragraphs,
    "code_spans": code_spans,
    "css_string": css_string,
}

MARKDOWN: dict[str, Callable[..., Any]] = {
    "md_block": md_block,
    "md_inline": md_inline,
    "md_raw": md_raw,
    "md_comment": md_comment,
    "md_link": md_link,
    "md_links": md_links,
    "md_join": md_join,
    "mermaid": mermaid_text,
}

GLOBALS: dict[str, Any] = {
    "chart_colours": CHART_COLOURS,
    "priority_labels": PRIORITY_LABELS,
    "side_labels": SIDE_LABELS,
    "raci_letters": {"R": "Responsible", "A": "Accountable", "C": "Consulted", "I": "Informed"},
    "stage_labels": {"draft": "Draft", "handoff": "Ready for hand-off", "approved": "Approved"},
    #: The mark on every printed page of a brief that is not approved yet.
    "stage_marks": {"draft": "Draft · not approved", "handoff": "For hand-off · not approved"},
}

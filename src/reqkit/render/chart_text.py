"""How wide a label will be, and boxes that must not overlap, for charts drawn in SVG.

An SVG cannot move a label out of another's way by itself: the layout is
worked out beforehand, from an estimate of each text's width. The estimate
is deliberately generous (character widths of DejaVu Sans, the widest of the
usual system fonts, and wider still in bold), so that a label laid out in a
box of that width fits in any browser; the browser tests measure the real
boxes with getBBox() to keep the estimate honest.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Widths in em of characters that are clearly narrower or wider than a lower-case letter.
_NARROW = dict.fromkeys("iljI.,:;'|!`· ", 0.33)
_SEMI = dict.fromkeys('frt()[]{}-/"*', 0.43)
_WIDE = dict.fromkeys("mwMW@%&", 1.0)
_WIDTHS = {**_NARROW, **_SEMI, **_WIDE}
_LOWER, _UPPER, _DIGIT, _FULL = 0.64, 0.8, 0.64, 1.0
_BOLD = 1.14
ELLIPSIS = "…"


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width, in user units, that ``text`` takes at ``size`` at most."""
    em = 0.0
    for char in text:
        if char in _WIDTHS:
            em += _WIDTHS[char]
        elif char.isdigit():
            em += _DIGIT
        elif char.isupper():
            em += _UPPER
        elif ord(char) >= 0x1100:  # CJK, emoji and other full-width characters
            em += _FULL
        else:
            em += _LOWER
    return em * size * (_BOLD if bold else 1.0)


def fit_text(text: str, room: float, size: float, *, bold: bool = False) -> str:
    """``text``, or as much of it as fits in ``room`` followed by an ellipsis."""
    if text_width(text, size, bold=bold) <= room:
        return text
    cut = len(text)
    while cut > 1 and text_width(text[:cut].rstrip() + ELLIPSIS, size, bold=bold) > room:
        cut -= 1
    return text[:cut].rstrip() + ELLIPSIS


@dataclass(frozen=True)
class Box:
    """A rectangle in the chart's user units: x to the right, y downwards."""

    x1: float
    y1: float
    x2: float
    y2: float

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        """Whether the two boxes come closer than ``gap`` on both axes."""
        return (
            self.x1 < other.x2 + gap
            and other.x1 < self.x2 + gap
            and self.y1 < other.y2 + gap
            and other.y1 < self.y2 + gap
        )

    def inside(self, left: float, right: float) -> bool:
        return self.x1 >= left and self.x2 <= right


def text_box(x: float, baseline: float, width: float, size: float, anchor: str) -> Box:
    """The box of a one-line text drawn at ``x`` with ``text-anchor`` ``anchor``."""
    start = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
    return Box(start, baseline - size * 0.8, start + width, baseline + size * 0.25)


@dataclass
class Lanes:
    """Rows of a chart, each holding the horizontal spans already taken in it."""

    gap: float
    taken: list[list[tuple[float, float]]]

    @classmethod
    def empty(cls, gap: float) -> Lanes:
        return cls(gap, [])

    def first_free(self, x1: float, x2: float, count: int = 1) -> int:
        """The first of ``count`` lanes in a row where ``x1..x2`` keeps ``gap`` from every span."""
        index = 0
        while not all(self._free(lane, x1, x2) for lane in range(index, index + count)):
            index += 1
        return index

    def _free(self, lane: int, x1: float, x2: float) -> bool:
        spans = self.taken[lane] if lane < len(self.taken) else []
        return all(x2 + self.gap <= a or b + self.gap <= x1 for a, b in spans)

    def take(self, lane: int, x1: float, x2: float) -> None:
        while len(self.taken) <= lane:
            self.taken.append([])
        self.taken[lane].append((x1, x2))

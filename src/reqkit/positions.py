"""Where things are written in a brief, kept beside the data rather than inside it.

The model stays a clean pydantic object; this side table lets every problem,
found by the schema or by a rule, point back at a line and column.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

Path = tuple[str | int, ...]


class Span(NamedTuple):
    """Where a node is written: 1-based line and column, and character offsets.

    A named tuple rather than a dataclass: a large brief has a span for every
    node, and tuples are the cheapest immutable records Python builds.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the YAML itself, before any schema is applied."""

    code: str
    span: Span
    message: str
    hint: str | None = None
    path: Path = ()


@dataclass
class SourceMap:
    """Positions of keys and values by node path, and the text they come from.

    ``values`` and ``keys`` hold what the reader recorded: a :class:`Span`, or
    the parser event itself, turned into a span only when a position is asked
    for. A brief of 20,000 requirements has half a million nodes and a
    handful of problems; converting every position up front would cost more
    than the rest of reading the file.
    """

    text: str
    values: dict[Path, Any] = field(default_factory=dict)
    keys: dict[Path, Any] = field(default_factory=dict)
    line_starts: list[int] = field(default_factory=list, repr=False)
    _alignments: dict[Path, _Alignment] = field(default_factory=dict, repr=False)

    def value_span(self, path: Path) -> Span | None:
        """Where the value at ``path`` is written, if it is in the document."""
        raw = self.values.get(path)
        return None if raw is None else as_span(raw)

    def key_of(self, path: Path) -> Span | None:
        """Where the key of ``path`` is written, if it has one."""
        raw = self.keys.get(path)
        return None if raw is None else as_span(raw)

    def nearest(self, path: Path) -> tuple[Path, Span]:
        """The span of ``path`` or of its closest ancestor that has one."""
        for size in range(len(path), 0, -1):
            prefix = path[:size]
            raw = self.values.get(prefix) or self.keys.get(prefix)
            if raw is not None:
                return prefix, as_span(raw)
        return (), self.value_span(()) or _ORIGIN

    def key_span(self, path: Path) -> Span:
        """Where the key of ``path`` is written (its value if it has no key)."""
        return self.key_of(path) or self.nearest(path)[1]

    def offset_span(self, start: int, end: int) -> Span:
        """A :class:`Span` for character offsets into the text (fast: bisects line starts)."""
        starts = self._line_starts()
        line = bisect.bisect_right(starts, start)
        end_line = bisect.bisect_right(starts, end)
        return Span(
            line, start - starts[line - 1] + 1, end_line, end - starts[end_line - 1] + 1, start, end
        )

    def _line_starts(self) -> list[int]:
        if not self.line_starts:
            self.line_starts.append(0)
            self.line_starts.extend(m.end() for m in re.finditer("\n", self.text))
        return self.line_starts

    def locate(
        self, path: Path, value: str | None = None, start: int | None = None, end: int | None = None
    ) -> Span:
        """Where the characters ``value[start:end]`` of the string at ``path`` are written.

        For a plain or quoted scalar on one line this is exact. For text folded
        over several lines the words of the value are paired with the words
        written in the source; where a word reads differently there (an escape
        sequence, say) the whole value is pointed at. The pairing is made once
        per value, so a statement with a thousand findings is read once.
        """
        found, span = self.nearest(path)
        if value is None or start is None or end is None or found != path or end <= start:
            return span
        alignment = self._alignments.get(path)
        if alignment is None or alignment.value is not value:
            alignment = _Alignment.of(value, self.text[span.start : span.end])
            self._alignments[path] = alignment
        offsets = alignment.source_offsets(start, end)
        if offsets is None:
            return span
        return self.offset_span(span.start + offsets[0], span.start + offsets[1])

    def raw(self, path: Path) -> str | None:
        """The text of a value exactly as written, quotes included."""
        span = self.value_span(path)
        return None if span is None else self.text[span.start : span.end]


_ORIGIN = Span(1, 1, 1, 1, 0, 0)
_TOKEN = re.compile(r"\S+")
#: How many words ahead the pairing looks to find its place again after a
#: word that reads differently in the source (a block indicator, an escape).
_RESYNC = 3


@dataclass(frozen=True)
class _Alignment:
    """The words of a string value paired with where each is written in its source text.

    ``source`` holds, per word of the value, the offset in the source where
    the word starts, or -1 where the word is not written as it reads.
    """

    value: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    source: tuple[int, ...]

    @classmethod
    def of(cls, value: str, raw: str) -> _Alignment:
        words = [(m.start(), m.end()) for m in _TOKEN.finditer(value)]
        shift = _plain_shift(value, raw)
        if shift is not None:
            return cls(value, *_columns(words), tuple(s + shift for s, _ in words))
        written = [(m.start(), m.group()) for m in _TOKEN.finditer(raw)]
        source: list[int] = []
        at = used = 0  # the source word to look at next, and how much of it is paired
        for start, end in words:
            word = value[start:end]
            window = range(at, min(at + _RESYNC, len(written)))
            exact = next((j for j in window if j > at or not used if written[j][1] == word), None)
            if exact is not None:
                source.append(written[exact][0])
                at, used = exact + 1, 0
                continue
            # Written differently: quoted at an end ('"The'), or glued to an escape.
            inside = next(
                (j for j in window if word in written[j][1][used if j == at else 0 :]), None
            )
            if inside is None:
                source.append(-1)
                continue
            offset = written[inside][1].find(word, used if inside == at else 0)
            source.append(written[inside][0] + offset)
            at, used = inside, offset + len(word)
            if used >= len(written[at][1]):
                at, used = at + 1, 0
        return cls(value, *_columns(words), tuple(source))

    def source_offsets(self, start: int, end: int) -> tuple[int, int] | None:
        """Offsets into the source of ``value[start:end]``, trimmed to its words; None if unsure."""
        first = bisect.bisect_right(self.starts, start) - 1
        if first < 0 or self.ends[first] <= start:
            first += 1
            start = self.starts[first] if first < len(self.starts) else end
        last = bisect.bisect_left(self.starts, end) - 1
        if first > last or last < 0:
            return None
        end = min(end, self.ends[last])
        if self.source[first] < 0 or self.source[last] < 0:
            return None
        return (
            self.source[first] + start - self.starts[first],
            self.source[last] + end - self.starts[last],
        )


def _columns(words: list[tuple[int, int]]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return tuple(s for s, _ in words), tuple(e for _, e in words)


def _plain_shift(value: str, raw: str) -> int | None:
    """0 for a value written as it reads, 1 for one in plain quotes; None otherwise."""
    if raw == value:
        return 0
    if len(raw) == len(value) + 2 and raw[:1] in ("'", '"') and raw[1:-1] == value:
        return 1
    return None


def as_span(raw: Any) -> Span:
    """A recorded position as a :class:`Span`: already one, or a parser event."""
    if isinstance(raw, Span):
        return raw
    return span_of_mark(raw.start_mark, raw.end_mark)


def span_of_mark(mark: Any, end: Any = None) -> Span:
    """A :class:`Span` from ruamel's 0-based marks."""
    end = end or mark
    return Span(mark.line + 1, mark.column + 1, end.line + 1, end.column + 1, mark.index, end.index)


def dotted(path: Path) -> str:
    """``("requirements", 3, "statement")`` as ``requirements[3].statement``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out

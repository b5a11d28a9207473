"""YAML text to plain data, with the position of every node kept beside it.

The brief is read from the parser's event stream rather than through a YAML
loader. That gives, in one pass and with the C parser's speed:

* a *source map* from each node's path (``("requirements", 3, "statement")``)
  to where it is written, so the model stays plain and every problem can still
  point at a line and column;
* control a loader does not give: duplicate keys are reported, not silently
  overwritten; nesting depth and alias expansion are bounded (the C composer
  recurses and crashes on very deep nesting, and "billion laughs" aliases
  would make validation explode); no object is ever constructed from a tag.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from reqkit.positions import Path, Problem, SourceMap, Span, span_of_mark
from reqkit.scalars import UnreadableScalar, resolve_plain, resolve_tagged
from reqkit.syntax import explain_syntax_error

try:  # The C parser ships as a wheel for CPython; fall back to pure Python elsewhere.
    from _ruamel_yaml import CParser as _CParser
except ImportError:  # pragma: no cover - exercised only without ruamel.yaml.clib
    _CParser = None

#: A brief is at most six levels deep; this leaves room for anything sensible.
MAX_DEPTH = 64
#: Nodes that aliases may pull in: plenty for reuse, far below an alias bomb.
MAX_ALIAS_NODES = 100_000

_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{kind}" for kind in ("str", "int", "float", "bool", "null", "timestamp")
)
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", None, "!"}


@dataclass
class ParsedYaml:
    """The outcome of reading YAML: data (``None`` if unusable) and what went wrong."""

    data: Any
    source_map: SourceMap
    problems: list[Problem]
    #: Values already reported as unreadable (and kept as text).
    unreadable_values: frozenset[Path] = frozenset()


class _Abort(Exception):
    """Stops building when going on would be unsafe or meaningless."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(slots=True)
class _Frame:
    path: Path
    container: Any
    start: Any  # the event that opened the collection
    key: str | None = None
    key_event: Any = None
    key_is_merge: bool = False
    skip_value: bool = False
    merges: list[dict[str, Any]] = field(default_factory=list)
    weight: int = 1
    is_map: bool = True
    anchor: str | None = None


def parse_yaml(text: str) -> ParsedYaml:
    """Read one YAML document into plain data plus a :class:`SourceMap`."""
    builder = _Builder(text)
    try:
        builder.run()
    except _Abort as stop:
        builder.problems.append(stop.problem)
        return ParsedYaml(None, builder.source_map, builder.problems)
    except MarkedYAMLError as error:
        builder.problems.append(explain_syntax_error(error, text))
        return ParsedYaml(None, builder.source_map, builder.problems)
    except YAMLError as error:  # reader errors: characters YAML forbids
        builder.problems.append(explain_syntax_error(error, text))
        return ParsedYaml(None, builder.source_map, builder.problems)
    return ParsedYaml(
        builder.root, builder.source_map, builder.problems, frozenset(builder.scalar_problems)
    )


def _events(text: str) -> Iterator[Any]:
    return yaml_events(text)


def yaml_events(text: str) -> Iterator[Any]:
    """The parser's events for ``text``, from the C parser where it is installed."""
    if _CParser is not None:
        get_event, end = _CParser(text).get_event, ev.StreamEndEvent
        while True:
            event = get_event()
            yield event
            if type(event) is end:
                return
    else:  # pragma: no cover
        from ruamel.yaml import YAML

        yield from YAML(typ="safe", pure=True).parse(text)


def _span(event: Any) -> Span:
    return span_of_mark(event.start_mark, event.end_mark)


class _Builder:
    """Folds parser events into Python data, recording positions as it goes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.source_map = SourceMap(text)
        self._values, self._keys = self.source_map.values, self.source_map.keys
        self.problems: list[Problem] = []
        #: Paths of values already reported as unreadable, which the schema need not repeat.
        self.scalar_problems: set[Path] = set()
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.alias_nodes = 0
        self.root: Any = None
        self.documents = 0
        self.skipping = 0  # depth inside a complex (non-scalar) mapping key being skipped

    def run(self) -> None:
        handlers = {
            ev.ScalarEvent: self._scalar,
            ev.MappingStartEvent: self._open,
            ev.SequenceStartEvent: self._open,
            ev.MappingEndEvent: self._close,
            ev.SequenceEndEvent: self._close,
            ev.AliasEvent: self._alias,
            ev.DocumentStartEvent: self._document,
        }
        scalar, scalar_event = self._scalar, ev.ScalarEvent
        for event in _events(self.text):
            if self.skipping:
                self._skip(event)
            elif type(event) is scalar_event:  # most events: tested before the look-up
                scalar(event)
            else:
                handler = handlers.get(type(event))
                if handler is not None:
                    handler(event)

    def _skip(self, event: Any) -> None:
        """Consume the events of a complex key, which has already been reported."""
        if isinstance(event, (ev.MappingStartEvent, ev.SequenceStartEvent)):
            self.skipping += 1
        elif isinstance(event, (ev.MappingEndEvent, ev.SequenceEndEvent)):
            self.skipping -= 1

    def _document(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            self._several_documents(event)

    # -- values --------------------------------------------------------------

    def _expects_key(self) -> bool:
        top = self.stack[-1] if self.stack else None
        return top is not None and top.is_map and top.key is None

    def _child_path(self) -> Path:
        top = self.stack[-1]
        if top.is_map:
            return (*top.path, top.key)  # type: ignore[arg-type]
        return (*top.path, len(top.container))

    def _scalar(self, event: Any) -> None:
        # The hottest code of reading a brief: one call per scalar, so it reads
        # each attribute once and leaves rare cases to other methods.
        stack = self.stack
        if not stack:
            self._values[()] = event
            try:
                self.root = self._typed(event, ())
            except UnreadableScalar as problem:
                self.root = self._unreadable_scalar(problem, event, ())
            return
        top = stack[-1]
        is_map = top.is_map
        if is_map:
            key = top.key
            if key is None:
                self._key(event)
                return
            path = (*top.path, key)
        else:
            container = top.container
            path = (*top.path, len(container))
        tag = event.tag
        try:
            if tag is None:
                value = event.value if event.style else resolve_plain(event.value)
            elif tag == "!":
                value = event.value
            else:
                value = self._typed(event, path)
        except UnreadableScalar as problem:
            value = self._unreadable_scalar(problem, event, path)
        self._values[path] = event
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        top.weight += 1
        if not is_map:
            container.append(value)
        elif top.skip_value or top.key_is_merge:
            self._attach_special(top, value)
        else:
            top.container[key] = value
            top.key = None

    def _typed(self, event: Any, path: Path) -> Any:
        tag = event.tag
        plain = not event.style
        if tag is None or tag == "!":
            return resolve_plain(event.value) if plain else event.value
        if tag in _SCALAR_TAGS:
            return resolve_tagged(tag, event.value)
        self._unsupported_tag(tag, _span(event), path)
        return resolve_plain(event.value) if plain else event.value

    def _key(self, event: Any) -> None:
        top = self.stack[-1]
        key = event.value
        path = (*top.path, key)
        merge = top.key_is_merge = key == "<<" and not event.style
        if not merge and key in top.container:
            first = self.source_map.key_of(path)
            where = f" (first at line {first.line})" if first else ""
            self.problems.append(
                Problem(
                    "RK002",
                    _span(event),
                    f'The key "{key}" appears twice in the same section{where}',
                    "Keep one of them; YAML readers silently drop all but one.",
                    path,
                )
            )
            top.skip_value = True
        else:
            self._keys[path] = event
        top.key, top.key_event = key, event

    def _complex_key(self, event: Any) -> None:
        top = self.stack[-1]
        span = _span(event)
        self.problems.append(
            Problem(
                "RK005",
                span,
                "A list or a group of fields is used as a key",
                "Keys are plain names such as `title:`; remove the '?' or the brackets.",
                top.path,
            )
        )
        top.key, top.skip_value = "?", True

    def _open(self, event: Any) -> None:
        if self._expects_key():
            self._complex_key(event)
            self.skipping = 1
            return
        if len(self.stack) >= MAX_DEPTH:
            raise _Abort(
                Problem(
                    "RK004",
                    _span(event),
                    f"The brief is nested more than {MAX_DEPTH} levels deep",
                    "A brief needs only a few levels; check the indentation and brackets.",
                )
            )
        path = self._child_path() if self.stack else ()
        if event.tag not in _COLLECTION_TAGS:
            self._unsupported_tag(event.tag, _span(event), path)
        is_map = type(event) is ev.MappingStartEvent
        container: Any = {} if is_map else []
        self._values[path] = event  # turned into a Span only if a problem is reported here
        self.stack.append(_Frame(path, container, event, is_map=is_map, anchor=event.anchor))

    def _close(self, event: Any = None) -> None:
        frame = self.stack.pop()
        container = frame.container
        for merged in frame.merges:
            for key, value in merged.items():
                container.setdefault(key, value)
        if frame.anchor:
            self.anchors[frame.anchor] = (container, frame.weight)
        self._attach(container, frame.weight)

    def _alias(self, event: Any) -> None:
        if event.anchor not in self.anchors:
            raise _Abort(
                Problem(
                    "RK001",
                    _span(event),
                    f'The alias "*{event.anchor}" refers to an anchor that is not defined above it',
                    f'Mark the original with "&{event.anchor}" before using "*{event.anchor}", '
                    "or put a value that starts with '*' in quotes.",
                )
            )
        value, weight = self.anchors[event.anchor]
        self.alias_nodes += weight
        if self.alias_nodes > MAX_ALIAS_NODES:
            raise _Abort(
                Problem(
                    "RK004",
                    _span(event),
                    "Aliases (*name) repeat so much data that the brief would be enormous",
                    "Write the repeated parts out, or use far fewer nested aliases.",
                )
            )
        if self._expects_key():
            self._complex_key(event)
            return
        path = self._child_path() if self.stack else ()
        self._values[path] = _span(event)
        self._attach(value, weight)

    def _attach(self, value: Any, weight: int) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        top.weight += weight
        if not top.is_map:
            top.container.append(value)
            return
        if top.skip_value or top.key_is_merge:
            self._attach_special(top, value)
        else:
            top.container[top.key] = value
            top.key = None

    def _attach_special(self, top: _Frame, value: Any) -> None:
        """A value whose key was a duplicate (dropped) or a merge key (merged)."""
        if top.key_is_merge and not top.skip_value:
            self._merge(top, value)
        top.skip_value = False
        top.key, top.key_is_merge = None, False

    def _merge(self, frame: _Frame, value: Any) -> None:
        sources = value if isinstance(value, list) else [value]
        if not all(isinstance(item, dict) for item in sources):
            self.problems.append(
                Problem(
                    "RK005",
                    _span(frame.key_event if frame.key_event is not None else frame.start),
                    'The merge key "<<" must be followed by an alias to a group of fields',
                    "Write `<<: *name`, where `&name` marks a group of fields above.",
                    frame.path,
                )
            )
            return
        frame.merges.extend(sources)

    # -- problems --------------------------------------------------------------

    def _unsupported_tag(self, tag: str, span: Span, path: Path) -> None:
        tag = tag.replace("tag:yaml.org,2002:", "!!", 1)
        self.problems.append(
            Problem(
                "RK005",
                span,
                f'The YAML tag "{tag}" is not allowed in a brief',
                "Remove the tag (the part starting with '!'); briefs hold plain text, numbers and dates.",
                path,
            )
        )

    def _unreadable_scalar(self, problem: UnreadableScalar, event: Any, path: Path) -> str:
        """Report a value that cannot be read as what it looks like; keep it as text."""
        self.problems.append(Problem("RK013", _span(event), problem.message, problem.hint, path))
        self.scalar_problems.add(path)
        return event.value

    def _several_documents(self, event: Any) -> None:
        raise _Abort(
            Problem(
                "RK003",
                _span(event),
                "The file holds more than one YAML document",
                "Keep one brief per file: remove the '---' line, or split the file in two.",
            )
        )

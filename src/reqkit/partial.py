"""What is left of a brief once the parts with schema errors are set aside.

One mistake should not hide every other finding: ``version: 0.2`` (a number
where text is needed) is one error, and the rest of the brief is still worth
checking. So when a brief does not validate, each error is traced to the
smallest part that can be left out without changing the meaning of the rest:

* inside a list (a requirement, a milestone, a stakeholder), the whole item,
  so that the other items are checked as written and nothing half-read is
  judged;
* elsewhere, the field itself, or the closest enclosing field the schema lets
  one leave out (an optional field then reads as not filled in);
* a required field of the initiative, which cannot be left out, is blanked:
  the initiative keeps its other fields and rules never see the blank one.

The parts set aside are the brief's *gaps*. A rule whose verdict depends on a
section with a gap is skipped (see :attr:`reqkit.rules.base.Rule.needs`);
rules that read the section item by item still check the items that are left.
Paths into the salvaged brief are mapped back to the file's own (an item left
out of a list shifts the ones after it) by :meth:`Salvage.data_path`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from reqkit.model import Brief, Initiative
from reqkit.model.walk import models_in
from reqkit.positions import Path
from reqkit.suggest import closest

#: How many times errors are traced and cut before giving up: cutting an item
#: can only remove errors, so a second round is rare and a third is never needed.
_ROUNDS = 3


@dataclass(frozen=True)
class Salvage:
    """The brief without its invalid parts, and where those parts were."""

    brief: Brief
    gaps: tuple[Path, ...]
    kept: dict[Path, tuple[int, ...]] = field(default_factory=dict)
    # For each list with items left out: the file's index of each item kept.

    def with_gaps(self, paths: Iterable[Path]) -> Salvage:
        """This salvage with more parts marked as not to be trusted as a whole."""
        gaps = tuple(sorted({*self.gaps, *paths}, key=_reading_order))
        return self if gaps == self.gaps else Salvage(self.brief, gaps, self.kept)

    def data_path(self, path: Path) -> Path:
        """``path`` in the salvaged brief as a path in the file."""
        for position, part in enumerate(path):
            if isinstance(part, int):
                kept = self.kept.get(path[:position])
                if kept is None or part >= len(kept):
                    return path
                return (*path[:position], kept[part], *path[position + 1 :])
        return path


def salvage(
    data: dict[str, Any],
    errors: list[ErrorDetails],
    broken: Iterable[Path] = (),
    context: dict[str, Any] | None = None,
) -> Salvage | None:
    """The valid rest of ``data`` given pydantic's ``errors``; None if nothing holds together.

    ``broken`` are further places the YAML itself is wrong at (a duplicate key,
    whose value is a guess): they are set aside like schema errors. ``context``
    is the validation context the whole brief was read with (its locale).
    """
    cuts: set[Path] = {cut_for(path, data) for path in broken if path}
    gaps: set[Path] = {*cuts, *(path for path in broken if not path)}
    for _ in range(_ROUNDS):
        for error in errors:
            path = error_path(error["loc"], data)
            cut = cut_for(path, data)
            cuts.add(cut)
            gaps.add(cut)
            if error["type"] == "extra_forbidden":
                gaps.update(_meant(path))
        try:
            brief, kept = build(data, cuts, context)
        except ValidationError as again:
            errors = again.errors(include_url=False)
            continue
        return Salvage(brief, tuple(sorted(gaps, key=_reading_order)), kept)
    return None


def error_path(loc: tuple[int | str, ...], data: Any) -> Path:
    """pydantic's location trimmed to the keys that exist in the data (plus a missing last one)."""
    path: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        if (isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)) or (
            isinstance(node, dict) and part in node
        ):
            node = node[part]
        elif index == len(loc) - 1 and isinstance(node, dict):
            pass  # a missing key: keep it, it names what to add
        else:
            continue  # a union tag or validator name, not part of the document
        path.append(part)
    return tuple(path)


def cut_for(path: Path, data: Any) -> Path:
    """The smallest part around ``path`` that can be left out: a list item or an optional field."""
    node: Any = data
    model: type[BaseModel] | None = Brief
    for position, part in enumerate(path):
        if isinstance(node, list) or (isinstance(node, dict) and model is None):
            return path[: position + 1]  # an item of a list, or an entry of a free-form map
        info = model.model_fields.get(str(part)) if model else None
        if not isinstance(node, dict) or part not in node or info is None:
            return _optional(path[: position + 1])
        node = node[part]
        model = next(models_in(info.annotation), None)
    return _optional(path)


def _optional(path: Path) -> Path:
    """``path``, or the closest enclosing field that the schema lets one leave out.

    A required field that only required fields enclose (the initiative's id)
    has nowhere to go: it stays the cut, and :func:`build` blanks it.
    """
    while len(path) > 1 and _required(path):
        if all(_required(path[:length]) for length in range(1, len(path))):
            break
        path = path[:-1]
    return path


def _required(path: Path) -> bool:
    from reqkit.explain import model_at

    model = model_at(Brief, path[:-1])
    info = model.model_fields.get(str(path[-1])) if model else None
    return info is not None and info.is_required()


def _meant(path: Path) -> list[Path]:
    """The field an unknown key was probably meant to be: that field is a gap too."""
    from reqkit.explain import model_at

    model = model_at(Brief, path[:-1])
    close = closest(str(path[-1]), model.model_fields) if model else None
    return [(*path[:-1], close)] if close else []


def build(
    data: dict[str, Any], cuts: Iterable[Path], context: dict[str, Any] | None = None
) -> tuple[Brief, dict[Path, tuple[int, ...]]]:
    """Validate ``data`` with the parts at ``cuts`` left out (raises if it still fails)."""
    trimmed, kept = _without(data, sorted(cuts, key=len))
    blanks = {cut[1] for cut in cuts if cut[:1] == ("initiative",) and len(cut) == 2}
    whole = ("initiative",) in set(cuts)
    if whole or any(_required(("initiative", name)) for name in blanks):
        trimmed["initiative"] = _blanked_initiative(
            {} if whole else data.get("initiative"), trimmed.get("initiative"), blanks
        )
    return Brief.model_validate(trimmed, context=context), kept


def _without(
    data: dict[str, Any], cuts: list[Path]
) -> tuple[dict[str, Any], dict[Path, tuple[int, ...]]]:
    """A copy of ``data`` (only as deep as the cuts reach) without the nodes at ``cuts``.

    Each container on the way is copied once, however many cuts pass through
    it: a brief with an error in each of 20,000 requirements copies its list once.
    """
    trimmed = dict(data)
    copied: set[Path] = {()}
    dropped: dict[Path, set[int]] = {}
    for cut in cuts:
        if not cut:
            continue  # the brief as a whole: nothing to leave out, every rule is skipped
        parent: Any = trimmed
        for depth, part in enumerate(cut[:-1]):
            child = parent[part] if _has(parent, part) else None
            if not isinstance(child, (dict, list)):
                break
            if cut[: depth + 1] not in copied:
                parent[part] = child = dict(child) if isinstance(child, dict) else list(child)
                copied.add(cut[: depth + 1])
            parent = child
        else:
            last = cut[-1]
            if isinstance(parent, list) and isinstance(last, int):
                dropped.setdefault(cut[:-1], set()).add(last)
            elif isinstance(parent, dict):
                parent.pop(last, None)
    kept: dict[Path, tuple[int, ...]] = {}
    for where, indices in dropped.items():
        items = _at(trimmed, where)
        if not isinstance(items, list):
            continue  # the whole list was left out as well
        kept[where] = tuple(i for i in range(len(items)) if i not in indices)
        _set(trimmed, where, [items[i] for i in kept[where]])
    return trimmed, kept


def _has(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _at(data: Any, path: Path) -> Any:
    for part in path:
        if not _has(data, part):
            return None
        data = data[part]
    return data


def _set(data: Any, path: Path, value: Any) -> None:
    _at(data, path[:-1])[path[-1]] = value


def _blanked_initiative(original: Any, trimmed: Any, blanks: set[str]) -> Initiative:
    """The initiative with its invalid required fields blank and marked as never written."""
    fields = dict(trimmed) if isinstance(trimmed, dict) else {}
    required = [name for name, info in Initiative.model_fields.items() if info.is_required()]
    missing = {name for name in required if name in blanks or name not in fields or not original}
    valid = Initiative.model_validate({**fields, **{name: "blank" for name in missing}})
    values = {name: getattr(valid, name) for name in Initiative.model_fields}
    values.update(dict.fromkeys(missing))
    written = valid.model_fields_set - missing
    return Initiative.model_construct(_fields_set=written, **values)


def _reading_order(path: Path) -> tuple[tuple[bool, str | int], ...]:
    """A sort key for paths that puts requirements[2] before requirements[10]."""
    return tuple((isinstance(part, str), part) for part in path)

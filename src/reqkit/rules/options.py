"""Rule options: declared like pydantic models, checked by one only when a project sets them.

A rule declares its options as annotated class attributes with defaults,
each with a docstring under it::

    class Options(RuleOptions):
        threshold: float = 0.8
        \"\"\"How alike two statements must be to count as the same.\"\"\"

Most runs set no options at all, and three dozen pydantic models cost every
run their build time for nothing. So the declaration is a plain class: a rule
whose options nobody sets reads the defaults straight from it, and only
values from a configuration file go through a pydantic model, made from the
declaration the first time it is needed.
"""

from __future__ import annotations

import functools
import typing
from typing import Any, ClassVar

from pydantic.fields import FieldInfo

#: Configuration the checking model gets; lax, so that TOML arrays become tuples.
_CHECKING = {"extra": "forbid", "frozen": True}


class RuleOptions:
    """Options a project can set for a rule in its configuration file.

    ``Options()`` holds the declared defaults; ``Options(**values)`` checks
    the values first and raises :class:`pydantic.ValidationError` for unknown
    names or values of the wrong type, as a pydantic model would.
    """

    #: Options declared with ``Field(...)`` for constraints (``ge=0``), by name.
    _constrained: ClassVar[dict[str, FieldInfo]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Keep constraints for the checking model; the class attribute holds the plain default."""
        super().__init_subclass__(**kwargs)
        constrained = {}
        for name in vars(cls).get("__annotations__", {}):
            declared = vars(cls).get(name)
            if isinstance(declared, FieldInfo):
                constrained[name] = declared
                setattr(cls, name, declared.get_default(call_default_factory=True))
        cls._constrained = constrained

    def __init__(self, **values: Any) -> None:
        if values:
            checked = _model(type(self))(**values)
            values = {name: getattr(checked, name) for name in checked.model_fields_set}
        self.__dict__.update(values)

    @classmethod
    def defaults(cls) -> dict[str, Any]:
        """Each option's name and default, in the order declared, base classes first."""
        return dict(_defaults(cls))  # a copy: the cached one is shared

    def values(self) -> dict[str, Any]:
        """Each option's name and value."""
        return {name: getattr(self, name) for name in _defaults(type(self))}

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.values() == self.values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), tuple(self.values().items())))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self.values().items())
        return f"{type(self).__name__}({shown})"


@functools.cache
def _defaults(options: type[RuleOptions]) -> dict[str, Any]:
    names: dict[str, None] = {}
    for cls in reversed(options.__mro__):
        declared = vars(cls).get("__annotations__", {})
        names.update(dict.fromkeys(name for name in declared if not name.startswith("_")))
    return {name: getattr(options, name) for name in names}


@functools.cache
def _model(options: type[RuleOptions]) -> Any:
    """A pydantic model with the declared options, types and defaults."""
    from pydantic import ConfigDict, create_model

    hints = typing.get_type_hints(options, include_extras=True)
    constrained: dict[str, FieldInfo] = {}
    validators: dict[str, Any] = {}
    for cls in reversed(options.__mro__):
        constrained.update(vars(cls).get("_constrained", {}))
        # @field_validator methods, as pydantic's decorator left them
        validators.update(
            (name, value) for name, value in vars(cls).items() if hasattr(value, "decorator_info")
        )
    fields = {
        name: (hints[name], constrained.get(name, default))
        for name, default in _defaults(options).items()
    }
    return create_model(  # type: ignore[call-overload]
        options.__name__,
        __config__=ConfigDict(**_CHECKING),  # type: ignore[typeddict-item]
        __module__=options.__module__,
        __validators__=validators,
        **fields,
    )

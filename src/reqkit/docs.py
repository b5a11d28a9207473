"""Field documentation, read from the docstrings under each field, only when asked.

Fields of the brief schema and of rule options are documented the way a
reader expects, with a docstring under the attribute. pydantic can collect
those at class creation, but that parses the source of every class on every
run, a large share of the start-up time of ``reqkit lint``. Only the JSON
Schema, the scaffold, the reference and some messages need the text, so it is
read here on demand, once per module.
"""

from __future__ import annotations

import ast
import functools
import inspect
import sys
import textwrap
from itertools import pairwise

from pydantic import BaseModel


def field_doc(model: type, name: str) -> str:
    """The documentation of field ``name``: an explicit description, else its docstring.

    ``model`` is a pydantic model or a class declared like one (rule options).
    """
    info = getattr(model, "model_fields", {}).get(name)
    if info is not None and info.description:
        return _clean(info.description)
    for cls in model.__mro__:
        if cls not in (object, BaseModel):
            doc = _class_docs(cls.__module__, cls.__qualname__).get(name)
            if doc:
                return doc
    return ""


def model_doc(model: type[BaseModel]) -> str:
    """The class docstring, cleaned, or an empty string."""
    return _clean(model.__doc__ or "") if "__doc__" in vars(model) else ""


def _clean(text: str) -> str:
    return inspect.cleandoc(text)


def _class_docs(module_name: str, qualname: str) -> dict[str, str]:
    return _module_docs(module_name).get(qualname, {})


@functools.cache
def _module_docs(module_name: str) -> dict[str, dict[str, str]]:
    """Attribute docstrings of every class in a module, by qualified class name."""
    module = sys.modules.get(module_name)
    try:
        source = inspect.getsource(module) if module else ""
    except (OSError, TypeError):
        return {}
    found: dict[str, dict[str, str]] = {}
    _collect(ast.parse(textwrap.dedent(source)).body, "", found)
    return found


def _collect(body: list[ast.stmt], prefix: str, found: dict[str, dict[str, str]]) -> None:
    for node in body:
        if isinstance(node, ast.ClassDef):
            qualname = f"{prefix}{node.name}"
            found[qualname] = _attribute_docs(node.body)
            _collect(node.body, f"{qualname}.", found)


def _attribute_docs(body: list[ast.stmt]) -> dict[str, str]:
    docs: dict[str, str] = {}
    for current, following in pairwise(body):
        if (
            isinstance(current, ast.AnnAssign)
            and isinstance(current.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[current.target.id] = _clean(following.value.value)
    return docs

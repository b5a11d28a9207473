"""``--help`` in words a person reads: ``PATH...`` and ``FILE``, never ``<list[str]>``.

Recent typer versions describe a value by its Python type (``<list[str]>``,
``<path>``, ``<str>``) and print an argument's type next to its name even
when it has a metavar of its own. Every command of reqkit uses
:class:`ReadableCommand`, which shows an argument by its metavar alone and
gives any option that takes a value and has no metavar its name in capitals.
Options name their values in ``cli.py``; :func:`choices` spells a fixed set
of values as ``[text|json]``.
"""

from __future__ import annotations

import enum

import typer.core


def choices(values: type[enum.Enum]) -> str:
    """The metavar of an option with a fixed set of values, e.g. ``[text|json]``."""
    return "[" + "|".join(str(member.value) for member in values) + "]"


class ReadableCommand(typer.core.TyperCommand):
    """A command whose usage line and help list values by readable names."""

    def collect_usage_pieces(self, ctx):  # type: ignore[no-untyped-def]
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(argument_name(param))
        return pieces

    def format_options(self, ctx, formatter) -> None:  # type: ignore[no-untyped-def]
        arguments, options = [], []
        for param in self.get_params(ctx):
            if param.param_type_name == "option" and _takes_value(param):
                param.metavar = param.metavar or (param.name or "value").upper()
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((argument_name(param), record[1]))
            else:
                options.append(record)
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)


def argument_name(param) -> str:  # type: ignore[no-untyped-def]
    """``PATH...`` for a required list, ``[RULE]`` for an optional value."""
    name = param.metavar or (param.name or "value").upper()
    if param.nargs != 1 and not name.endswith("..."):
        name += "..."
    if not param.required and not name.startswith("["):
        name = f"[{name}]"
    return name


def _takes_value(param) -> bool:  # type: ignore[no-untyped-def]
    return not getattr(param, "is_flag", False) and not getattr(param, "count", False)

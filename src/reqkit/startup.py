"""Start-up shortcuts for the ``reqkit`` executable, each one measured.

A lint of one brief takes about 0.2 s, and most of it is importing Python
modules; every shortcut here saves a measurable part of that without changing
what any command does.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import types
from typing import Any, NoReturn

_LOADER = "pydantic.plugin._loader"
_PLUGINS_OFF = ("__all__", "1", "true")


def skip_pydantic_plugin_lookup() -> None:
    """Spare pydantic the import of its plugin loader when plugins are switched off.

    pydantic imports its plugin loader, and with it ``importlib.metadata``
    (about 10 ms), the first time it builds a validator, even when
    ``PYDANTIC_DISABLE_PLUGINS`` turns plugins off; the loader then returns
    no plugins. The stand-in returns no plugins at once and hands any other
    name to the real loader, imported then, so a later pydantic that asks
    the loader for more still gets it.
    """
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in _PLUGINS_OFF or _LOADER in sys.modules:
        return
    stand_in = types.ModuleType(_LOADER, "No pydantic plugins: they are switched off.")

    def real_attribute(name: str) -> Any:
        if name.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(name)
        if sys.modules.get(_LOADER) is stand_in:
            del sys.modules[_LOADER]
        return getattr(importlib.import_module(_LOADER), name)

    stand_in.get_plugins = lambda: ()  # type: ignore[attr-defined]
    stand_in.__getattr__ = real_attribute  # type: ignore[method-assign]
    sys.modules[_LOADER] = stand_in


def launch() -> NoReturn:
    """Entry point of the ``reqkit`` executable: import the command line, then run it.

    Importing typer, pydantic and reqkit leaves some fifty thousand objects
    that the cycle collector tracks, and it walks them again and again while
    they pile up (about 4 ms of a small run). It is paused while they are
    imported; they then live as long as the process, so they are frozen out
    of its sight, and it is switched back on for the command itself.

    Ctrl-C and closed standard streams are dealt with first, so that even
    start-up ends without a traceback (see :mod:`reqkit.process`).
    """
    from reqkit import process

    process.watch_interrupts()
    process.guard_standard_streams()
    try:
        was_enabled = gc.isenabled()
        gc.disable()
        from reqkit.cli import main

        gc.freeze()
        if was_enabled:
            gc.enable()
    except KeyboardInterrupt:  # Ctrl-C while the modules load
        process.say("reqkit: interrupted\n")
        os._exit(process.INTERRUPTED)
    main()

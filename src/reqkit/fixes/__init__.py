"""Mechanical fixes for findings that have one right answer: ``reqkit lint --fix``.

The API, shared by the command line and the language server::

    plan_fixes(text, path, *, config=None, unsafe=False) -> list[Fix]
    apply_fixes(text, fixes) -> str

A :class:`Fix` names the rule it answers (``code``), the 1-based position of
the finding (``line``, ``column``), a ``title`` for people, whether it is
``safe`` and the text :class:`Edit` objects it makes (character offsets into
the text as read, byte order mark removed). :func:`apply_fixes` applies them
in order and skips any that overlaps one already applied. One module per
kind of fix; :mod:`reqkit.fixes.planner` gathers and checks them. The
planner is imported on first use, so that asking whether a rule is fixable
(:mod:`reqkit.fixes.codes`) stays cheap.
"""

from __future__ import annotations

from typing import Any

from reqkit.fixes.edits import Edit, Fix, apply_fixes

__all__ = ["Edit", "Fix", "apply_fixes", "fixes_for", "plan_fixes"]


def __getattr__(name: str) -> Any:
    if name in ("plan_fixes", "fixes_for"):
        from reqkit.fixes import planner

        return getattr(planner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

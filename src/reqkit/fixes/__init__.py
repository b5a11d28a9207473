"""Mechanical fixes for findings that have one right answer: ``reqkit lint --fix``.

The API, shared by the command line and the language server::

    plan_fixes(text, path, *, config=None, unsafe=False) -> list[Fix]
    apply_fixes(text, fixes) -> str

A :class:`Fix` names the rule it answers (``code``), the 1-based position of
the finding (``line``, ``column``), a ``title`` for people, whether it is
``safe`` and the text :class:`Edit`\\ s it makes (character offsets into the
text as read, byte order mark removed). :func:`apply_fixes` applies them in
order and skips any that overlaps one already applied. One module per kind
of fix; :mod:`reqkit.fixes.planner` gathers and checks them.
"""

from __future__ import annotations

from reqkit.fixes.edits import Edit, Fix, apply_fixes
from reqkit.fixes.planner import fixes_for, plan_fixes

__all__ = ["Edit", "Fix", "apply_fixes", "fixes_for", "plan_fixes"]

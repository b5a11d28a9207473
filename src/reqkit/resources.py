"""Finding the files reqkit ships beside its code.

The top-level ``templates/`` folder is copied into the wheel as
``reqkit/templates``. An editable install keeps running from the source tree,
where that copy does not exist; then the folder next to ``src/`` is used.
"""

from __future__ import annotations

from pathlib import Path

from reqkit.errors import ReqkitError


def builtin_templates() -> Path:
    """The folder of built-in templates, in an installed wheel or a source checkout."""
    packaged = Path(__file__).with_name("templates")
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "templates"
    if checkout.is_dir():
        return checkout
    raise ReqkitError(
        "reqkit's built-in templates are missing from this installation",
        "Reinstall reqkit; the package seems to be incomplete.",
    )

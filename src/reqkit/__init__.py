"""reqkit: write, check and share the requirements briefs that marketing hands to IT.

The package is a library first; the ``reqkit`` command is a thin layer over it.
"""

from __future__ import annotations

__version__ = "0.1.0"

"""The name reqkit is distributed under, and how other tools are told to install it.

The package index holds an unrelated project called ``reqkit``; installing that
name would run someone else's code. Everything reqkit writes for a repository
(the workflow, the pre-commit config) therefore names ``reqkit-briefs``, the
distribution this project publishes, while the import package and the command
stay ``reqkit``.
"""

from __future__ import annotations

import re

from reqkit import __version__

#: The distribution name on the package index (``pip install reqkit-briefs``).
DISTRIBUTION = "reqkit-briefs"

#: A name on the package index that belongs to another project.
NOT_OURS = "reqkit"


def normalize(name: str) -> str:
    """A distribution name as the package index compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def default_requirement() -> str:
    """Our distribution pinned to the version that is running."""
    return f"{DISTRIBUTION}=={__version__}"

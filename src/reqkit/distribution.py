"""The name reqkit is distributed under, and how other tools are told to install it.

The package index holds an unrelated project called ``reqkit``; installing that
name would run someone else's code. Everything reqkit writes for a repository
(the workflow, the pre-commit config) therefore names ``reqkit-briefs``, the
distribution this project publishes, while the import package and the command
stay ``reqkit``. :func:`parse_install` turns what ``reqkit init --install`` was
given into one checked description that both generated files read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from reqkit import __version__
from reqkit.errors import UsageError

#: The distribution name on the package index (``pip install reqkit-briefs``).
DISTRIBUTION = "reqkit-briefs"

#: A name on the package index that belongs to another project.
NOT_OURS = "reqkit"

_VERSION = re.compile(r"v?\d+(\.\d+)*([.+-]?[A-Za-z0-9.+-]*)?")
_REQUIREMENT = re.compile(r"(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(?P<rest>.*)")
_DIRECT = re.compile(r"(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*@\s*(?P<url>(git\+|\w+://)\S+)")
_ARCHIVES = (".whl", ".tar.gz", ".zip")

_HINT = (
    f"Give a version (0.1.0), a requirement of {DISTRIBUTION} ({DISTRIBUTION}==0.1.0), "
    "a wheel or folder path, or a Git URL (git+https://github.com/ORG/REPO@v0.1.0)."
)


def normalize(name: str) -> str:
    """A distribution name as the package index compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def default_requirement() -> str:
    """Our distribution pinned to the version that is running."""
    return f"{DISTRIBUTION}=={__version__}"


@dataclass(frozen=True)
class Install:
    """How a generated file installs reqkit.

    ``requirement`` is what ``pip install`` is given; a URL is written as
    ``reqkit-briefs@URL``, so pip checks the name, without spaces, so YAML
    linters accept it on a long line. ``kind`` is ``index`` (a
    name and version), ``url`` (an archive on a web server), ``path`` (a wheel,
    archive or folder in the repository) or ``git`` (a Git repository at a revision). For ``git`` the repository and
    revision also serve as a pre-commit hook repository, and ``action`` is
    ``OWNER/REPO@REV`` when the repository is on GitHub, so a workflow can use
    its composite action.
    """

    requirement: str
    kind: str
    repository: str | None = None
    rev: str | None = None
    action: str | None = None


def parse_install(spec: str | None) -> Install:
    """Check ``spec`` names our distribution and say how to install it."""
    text = (spec or "").strip()
    if not text:
        return Install(default_requirement(), "index")
    if _VERSION.fullmatch(text):
        return Install(f"{DISTRIBUTION}=={text.removeprefix('v')}", "index")
    direct = _DIRECT.fullmatch(text)
    if direct:
        _check_name(direct["name"], text)
        return _from_url(direct["url"])
    if "://" in text or text.startswith("git+"):
        return _from_url(text)
    if "/" in text or "\\" in text or text.endswith(_ARCHIVES) or text.startswith("."):
        _check_file_name(text.replace("\\", "/").rsplit("/", 1)[-1], text)
        return Install(text, "path")
    match = _REQUIREMENT.fullmatch(text)
    if match is None:
        raise UsageError(f'--install "{text}" is not something pip can install', _HINT)
    _check_name(match["name"], text)
    return Install(text, "index")


def _check_name(name: str, spec: str) -> None:
    if normalize(name) == normalize(DISTRIBUTION):
        return
    if normalize(name) == NOT_OURS:
        raise UsageError(
            f'--install "{spec}" would install "{NOT_OURS}" from the package index, '
            "an unrelated project",
            f"reqkit is distributed as {DISTRIBUTION}: write {DISTRIBUTION}"
            f"{spec[len(name) :] or '==' + __version__}.",
        )
    raise UsageError(f'--install "{spec}" names "{name}", not {DISTRIBUTION}', _HINT)


def _check_file_name(file_name: str, spec: str) -> None:
    """A wheel or source archive carries its distribution name; a folder does not."""
    if not file_name.endswith(_ARCHIVES):
        return
    name = re.split(r"-\d", file_name, maxsplit=1)[0]
    if normalize(name) != normalize(DISTRIBUTION):
        raise UsageError(
            f'--install "{spec}" is a package of "{name}", not {DISTRIBUTION}',
            f"Build the wheel from this version of reqkit; its file name starts with "
            f"{DISTRIBUTION.replace('-', '_')}-.",
        )


def _from_url(url: str) -> Install:
    if not url.startswith("git+"):
        _check_file_name(urlsplit(url).path.rsplit("/", 1)[-1], url)
        return Install(f"{DISTRIBUTION}@{url}", "url")
    parts = urlsplit(url.removeprefix("git+").split("#", 1)[0])
    path, _, rev = parts.path.partition("@")
    if not path.strip("/"):
        raise UsageError(f'--install "{url}" names no repository', _HINT)
    repository = parts._replace(path=path).geturl()
    rev = rev or f"v{__version__}"
    action = None
    if parts.hostname == "github.com" and len(path.strip("/").split("/")) == 2:
        action = path.strip("/").removesuffix(".git") + "@" + rev
    return Install(f"{DISTRIBUTION}@git+{repository}@{rev}", "git", repository, rev, action)

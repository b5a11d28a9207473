"""Reading one side of a diff from git: ``REV:PATH`` or a file at ``--rev``.

Both go through the ``git`` command, so whatever git understands as a
revision (a branch, a tag, ``HEAD~2``, a commit hash) works, and git's
errors are turned into messages that say what to do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from reqkit.errors import UnreadableInput, UsageError
from reqkit.reading import decode, read_brief_text


def read_side(spec: str) -> tuple[str, str]:
    """(name to show, text) for a file path or a git ``REV:PATH``."""
    if spec == "-" or os.path.exists(spec) or ":" not in spec:
        return spec, read_brief_text(spec)
    revision, _, path = spec.partition(":")
    if not revision or not path:
        raise UsageError(
            f'"{spec}" is neither a file nor REV:PATH', "Write e.g. main:briefs/crm.yaml."
        )
    return spec, _git_show(revision, path, Path.cwd(), spec)


def read_at_revision(path: str, revision: str) -> tuple[str, str]:
    """(name to show, text) of the file ``path`` as it was at ``revision``."""
    absolute = Path(path).resolve()
    top = _git(["rev-parse", "--show-toplevel"], absolute.parent, path).strip()
    relative = absolute.relative_to(Path(top).resolve()).as_posix()
    name = f"{revision}:{relative}"
    return name, _git_show(revision, relative, Path(top), name)


def _git_show(revision: str, path: str, cwd: Path, shown: str) -> str:
    output = _git(["show", f"{revision}:{path}"], cwd, shown, binary=True)
    return decode(output, shown)  # type: ignore[arg-type]


def _git(args: list[str], cwd: Path, shown: str, binary: bool = False) -> str | bytes:
    git = shutil.which("git")
    if git is None:
        raise UsageError(
            "reading a revision needs git, which is not installed",
            "Install git, or compare two files.",
        )
    if not cwd.is_dir():
        raise UnreadableInput(shown, "no such folder", "Check the path.")
    done = subprocess.run([git, *args], cwd=cwd, capture_output=True, check=False)
    if done.returncode == 0:
        return done.stdout if binary else done.stdout.decode("utf-8", errors="replace")
    raise _explain(done.stderr.decode("utf-8", errors="replace"), args, shown)


def _explain(stderr: str, args: list[str], shown: str) -> UsageError:
    text = stderr.lower()
    if "not a git repository" in text:
        return UsageError(
            f"{shown}: not inside a git repository",
            "Run reqkit from inside the repository, or compare two files.",
        )
    revision = args[-1].split(":", 1)[0] if args[0] == "show" else ""
    if "does not exist in" in text or "exists on disk, but not in" in text:
        path = args[-1].split(":", 1)[1]
        return UsageError(
            f"{path} did not exist at revision {revision}",
            "Check the path (it is relative to the repository root), or pick a later revision.",
        )
    if (
        "invalid object name" in text
        or "unknown revision" in text
        or "bad revision" in text
        or "ambiguous argument" in text
    ):
        return UsageError(
            f'git does not know the revision "{revision}"',
            "Use a branch, a tag or a commit hash, e.g. main or HEAD~1; `git log --oneline` lists commits.",
        )
    first = stderr.strip().splitlines()[0] if stderr.strip() else "git failed"
    return UsageError(f"{shown}: {first}")

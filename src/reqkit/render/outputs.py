"""Where rendered documents go, and how they get there without harm.

One brief goes to a file or to standard output; several go into a folder,
one file per brief (named after the brief's file) plus an index. Nothing is
written over an input, nor (unless forced) over a file that reqkit cannot
verify it wrote and nobody edited since (:mod:`reqkit.stamp`); every file is
replaced in one step.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from reqkit.diagnostics import ExitCode
from reqkit.errors import UsageError
from reqkit.fsio import (
    check_may_write,
    make_folder,
    writable_target,
    write_atomic,
    write_bytes_atomic,
)
from reqkit.render.documents import EXTENSIONS
from reqkit.stamp import document_ownership

_DOCUMENT_SUFFIXES = frozenset({".md", ".markdown", ".html", ".htm", ".pdf", ".docx"})


@dataclass(frozen=True)
class OutputPlan:
    """The file for each brief (None: standard output) and the index, if any."""

    targets: tuple[Path | None, ...]
    index: Path | None = None


@dataclass(frozen=True)
class Document:
    """Rendered text and where it belongs; a Word document also has its bytes."""

    path: Path | None
    text: str
    data: bytes | None = None


def plan_outputs(
    output: Path | None, names: Sequence[str], output_format: str, *, check: bool
) -> OutputPlan:
    """Decide file names; a folder is meant when several briefs are given or -o names one."""
    if output is None:
        return OutputPlan((None,) * len(names))
    folder = len(names) > 1 or output.is_dir() or str(output).endswith(("/", os.sep))
    if not folder:
        return OutputPlan((output,))
    looks_like_a_file = output.suffix.lower() in _DOCUMENT_SUFFIXES and not output.is_dir()
    if looks_like_a_file or (output.exists() and not output.is_dir()):
        raise UsageError(
            f"{output} is a file name, but several briefs need a folder",
            "Name a folder with -o; each brief gets its own file in it, plus an index.",
        )
    if not check:
        make_folder(output)
    extension = EXTENSIONS[output_format]
    targets = tuple(output / (Path("stdin" if n == "-" else n).stem + extension) for n in names)
    index = output / ("index" + extension)
    seen: dict[Path, str] = {}
    for name, target in zip([*names, "the index page"], [*targets, index], strict=True):
        if target in seen:
            raise UsageError(
                f"{seen[target]} and {name} would both be written to {target}",
                "Rename one of the briefs, or render them into separate folders.",
            )
        seen[target] = name
    return OutputPlan(targets, index)


def report_stale(documents: Sequence[Document], stderr: TextIO) -> int:
    """Compare with the files on disk; name each one that is missing or out of date."""
    stale = 0
    for document in documents:
        assert document.path is not None
        try:
            current = document.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            current = None
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"cannot read {document.path}: {error}") from None
        if current == document.text:
            continue
        stale += 1
        state = "is missing" if current is None else "is out of date"
        stderr.write(f"{document.path}: {state}\n")
    if stale:
        stderr.write(
            f"{stale} of {len(documents)} rendered files need updating; "
            "run the same command without --check and commit the result.\n"
        )
        return ExitCode.FINDINGS
    stderr.write(f"All {len(documents)} rendered files are up to date.\n")
    return ExitCode.OK


def write_documents(
    documents: Sequence[Document],
    output_format: str,
    force: bool,
    inputs: Sequence[str],
    stderr: TextIO,
) -> None:
    """Check every target first, then write them all."""
    sources = tuple(Path(name) for name in inputs if name != "-")
    for document in documents:
        assert document.path is not None
        check_may_write(document.path, force=force, ownership=document_ownership, inputs=sources)
    if output_format == "pdf":
        _print_all(documents, stderr)
        return
    for document in documents:
        assert document.path is not None
        if document.data is not None:
            write_bytes_atomic(document.path, document.data)
        else:
            write_atomic(document.path, document.text)
        stderr.write(f"Wrote {document.path}\n")


#: Browsers printing at the same time: each spends most of its time waiting.
PRINTERS = 4


def _print_all(documents: Sequence[Document], stderr: TextIO) -> None:
    """Print the pages several at once, then write each PDF in order.

    Only the printing runs in threads; files are written one after the other
    here, as every other output is. A failure is reported once the prints
    already started have finished, so no browser is left running; the
    documents before it are written.
    """
    from concurrent.futures import ThreadPoolExecutor

    from reqkit.render.browser import printed_pdf

    for document in documents:
        assert document.path is not None
        writable_target(document.path)  # refuse before the slow part, not after
    with ThreadPoolExecutor(max_workers=min(PRINTERS, len(documents) or 1)) as pool:
        jobs = [pool.submit(printed_pdf, d.text) for d in documents]
        for document, job in zip(documents, jobs, strict=True):
            assert document.path is not None
            error = job.exception()
            if error is not None:
                for later in jobs:
                    later.cancel()
                raise error
            write_bytes_atomic(document.path, job.result())
            stderr.write(f"Wrote {document.path}\n")

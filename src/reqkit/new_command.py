"""What ``reqkit new`` does: ask a few questions, then write a scaffold that teaches.

Questions are asked only on a terminal (or with ``--interactive``): a script
or CI job that forgot ``--no-input`` fails at once with a hint instead of
waiting for an answer that never comes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from reqkit.errors import UsageError
from reqkit.scaffold import (
    KINDS,
    Answers,
    default_file_name,
    render_brief,
    schema_path_for,
    write_brief,
)

Ask = Callable[[str, str], str]  # (question, default) -> answer


@dataclass(frozen=True)
class NewRequest:
    """The options of ``reqkit new``; ``None`` means "ask, or use the default"."""

    path: Path | None = None
    kind: str | None = None
    title: str | None = None
    owner: str | None = None
    it_contact: str | None = None
    deadline: dt.date | None = None
    deadline_reason: str | None = None
    no_input: bool = False
    interactive: bool = False
    force: bool = False
    today: dt.date | None = None


def run_new(request: NewRequest, ask: Ask, stdin_is_terminal: bool, out: TextIO) -> Path:
    """Write the new brief and print the next steps; returns its path."""
    if not request.no_input and not (stdin_is_terminal or request.interactive):
        raise UsageError(
            "reqkit new asks a few questions, but standard input is not a terminal",
            "Pass --no-input to use the defaults and your flags (--title, --owner, --it-contact, "
            "--deadline, --kind), or --interactive to read the answers from standard input.",
        )
    answers = _from_flags(request)
    if not request.no_input:
        answers = _ask_all(answers, request, ask)
    today = request.today or dt.date.today()
    target = _target(request.path, answers.title)
    text = render_brief(answers, today, target, schema_path_for(target))
    write_brief(target, text, force=request.force)
    out.write(_next_steps(target, answers.kind))
    return target


def _from_flags(request: NewRequest) -> Answers:
    defaults = Answers()
    if request.kind is not None and request.kind not in KINDS:
        raise UsageError(f'unknown kind "{request.kind}"', "Use one of: " + ", ".join(KINDS) + ".")
    return Answers(
        title=request.title or defaults.title,
        owner=request.owner or defaults.owner,
        it_contact=request.it_contact or defaults.it_contact,
        deadline=request.deadline,
        deadline_reason=request.deadline_reason or "",
        kind=request.kind or defaults.kind,
    )


def _ask_all(answers: Answers, request: NewRequest, ask: Ask) -> Answers:
    title = request.title or ask("Title of the initiative", answers.title)
    owner = request.owner or ask(
        "Your name (you own the brief on the marketing side)", answers.owner
    )
    it_contact = request.it_contact or ask("Who is your contact in IT?", answers.it_contact)
    deadline = request.deadline
    if deadline is None:
        deadline = _ask_date(ask)
    reason = request.deadline_reason or ""
    if deadline is not None and not reason:
        reason = ask(
            "Why can that date not move? (a trade show, a launch, a law; empty if it can)", ""
        )
    kind = request.kind or _ask_kind(ask, answers.kind)
    return replace(
        answers,
        title=title,
        owner=owner,
        it_contact=it_contact,
        deadline=deadline,
        deadline_reason=reason,
        kind=kind,
    )


def _ask_date(ask: Ask) -> dt.date | None:
    question = "Hard deadline, if there is one (YYYY-MM-DD; empty if none)"
    while True:
        text = ask(question, "").strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            question = (
                f'"{text}" is not a date written as YYYY-MM-DD; hard deadline (empty if none)'
            )


def _ask_kind(ask: Ask, default: str) -> str:
    while True:
        kind = ask(f"Kind of initiative ({', '.join(KINDS)})", default).strip().lower()
        if kind in KINDS:
            return kind


def _target(path: Path | None, title: str) -> Path:
    if path is None:
        return Path(default_file_name(title))
    if path.is_dir():
        return path / default_file_name(title)
    return path


def _next_steps(target: Path, kind: str) -> str:
    return (
        f"Wrote a {kind} brief to {target}.\n"
        "Next steps:\n"
        f"  1. Edit {target}: replace every TODO; the comments say what IT needs.\n"
        f"  2. reqkit lint {target}                  notes on what is still missing\n"
        f"     reqkit lint --stage handoff {target}  what IT will ask for before hand-off\n"
        f"  3. reqkit render {target}                a document to share\n"
    )

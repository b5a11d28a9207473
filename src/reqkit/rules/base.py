"""What a lint rule is: small, pure and self-documenting.

A rule looks at a validated brief (and its own options) and yields
:class:`Finding` objects. It knows nothing of files, line numbers, configured
severity or output formats: the engine stamps those on. Its class docstring
is the user documentation that ``reqkit rules NAME`` prints, so it says why
the problem matters to the marketing-IT hand-off.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from reqkit.diagnostics import Severity
from reqkit.model import Brief, Stage
from reqkit.positions import Path
from reqkit.rules.options import RuleOptions

FRICTION_SOURCES: dict[str, str] = {
    "F1": "half-baked idea",
    "F2": "emergency project",
    "F3": "disrespected process and timeline, above all approval",
    "F4": "huge investment, results that don't justify it",
    "F5": "piled-on non-critical requirements",
    "F6": "lack of communication and collaboration",
    "F7": "constantly changing requirements",
    "F8": "inadequate testing and QA",
    "F9": "unrealistic or unclear expectations",
    "F10": "no data to judge success",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a rule found, located by node path.

    ``span`` is a pair of character offsets into the text value at ``path``
    (for wording rules that point at the offending words); without it the
    whole value is meant. ``on_key`` points at the key instead of its value,
    which reads better for "this section is missing something". ``offsets``
    are character offsets into the file's text, for the few rules about how
    the file is written rather than what a value says (trailing spaces).
    """

    path: Path
    message: str
    hint: str | None = None
    span: tuple[int, int] | None = None
    on_key: bool = False
    offsets: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Levels:
    """The severity of a rule at each stage of a brief; ``None`` means not checked.

    What IT needs grows with the stage: a draft gets gentle notes, a brief at
    hand-off must be complete, an approved one must carry its sign-offs.
    """

    draft: Severity | None
    handoff: Severity | None
    approved: Severity | None

    def at(self, stage: Stage) -> Severity | None:
        return getattr(self, stage)  # type: ignore[no-any-return]

    def describe(self) -> str:
        parts = []
        for stage in ("draft", "handoff", "approved"):
            level = self.at(stage)  # type: ignore[arg-type]
            parts.append(f"{stage}: {level.value if level else 'off'}")
        return ", ".join(parts)


_I, _W, _E = Severity.INFO, Severity.WARNING, Severity.ERROR

#: Wording problems: a note while drafting, a warning once IT reads the brief.
WORDING = Levels(draft=_I, handoff=_W, approved=_W)
#: Wording problems serious enough to block acceptance once the brief is handed off.
WORDING_STRICT = Levels(draft=_I, handoff=_E, approved=_E)
#: Something IT needs to scope the work: a note in a draft, an error from hand-off on.
NEEDED_AT_HANDOFF = Levels(draft=_I, handoff=_E, approved=_E)
#: Advice that helps at hand-off but does not block it.
ADVISED_AT_HANDOFF = Levels(draft=_I, handoff=_W, approved=_W)
#: Needed only once the brief claims to be approved.
NEEDED_AT_APPROVAL = Levels(draft=None, handoff=_I, approved=_E)
#: A contradiction in the brief itself, an error at every stage.
ALWAYS_ERROR = Levels(draft=_E, handoff=_E, approved=_E)
#: A likely mistake, worth a warning at every stage.
ALWAYS_WARNING = Levels(draft=_W, handoff=_W, approved=_W)
#: Style advice that is often but not always right: a note at every stage, never more.
STYLE_NOTE = Levels(draft=_I, handoff=_I, approved=_I)


@dataclass(frozen=True)
class Context:
    """What a rule may know besides the brief: the date, the stage and its options.

    ``text`` is the file as written, for the few rules about its layout; rules
    about what the brief says never read it.
    """

    today: dt.date
    stage: Stage
    options: RuleOptions
    text: str = ""


#: What a rule needs when it weighs the brief as a whole: every part of it.
WHOLE_BRIEF: tuple[str, ...] = ("*",)


class Rule:
    """Base class of every lint rule; subclasses set the class attributes and ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    friction: ClassVar[str]
    levels: ClassVar[Levels]
    Options: ClassVar[type[RuleOptions]] = RuleOptions

    needs: ClassVar[tuple[str, ...]] = WHOLE_BRIEF
    """The parts of a brief whose complete content this rule's verdict depends on,
    as dotted paths: ``"requirements"``, ``"initiative.summary"``.

    A brief with schema errors is still checked without the parts in error
    (see :mod:`reqkit.partial`); a rule that needs such a part is skipped
    rather than judging a brief with a piece missing (``no-requirements``
    would call a brief with one broken requirement empty). A section the rule
    reads one item at a time (each requirement's wording on its own) is not
    listed: a broken item is left out and the other items are still checked.
    The default, :data:`WHOLE_BRIEF`, is the safe answer for a rule that
    does not say.
    """

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        raise NotImplementedError

    def needed(self, options: RuleOptions) -> tuple[str, ...]:
        """What the rule needs with these options; for most rules, :attr:`needs` as declared."""
        return self.needs

    def blocked_by(self, gaps: tuple[Path, ...], options: RuleOptions) -> list[Path]:
        """The gaps (parts with errors) that overlap what this rule needs."""
        if not gaps:
            return []
        if () in gaps:
            return [()]  # the file as a whole is in doubt: no rule can trust it
        needed = [() if need == "*" else _path(need) for need in self.needed(options)]
        return [
            gap
            for gap in gaps
            if any(gap[: len(need)] == need or need[: len(gap)] == gap for need in needed)
        ]

    @classmethod
    def documentation(cls) -> str:
        """The rule's docstring, dedented: the text ``reqkit rules`` shows."""
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        """The first sentence of the documentation, for tables."""
        first = cls.documentation().split("\n\n", 1)[0]
        return " ".join(first.split())


def _path(dotted: str) -> Path:
    return tuple(int(part) if part.isdigit() else part for part in dotted.split("."))

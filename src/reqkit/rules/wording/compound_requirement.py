"""RK113 compound-requirement: one statement that asks for several things."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import WORDING, Context, Finding, Rule, RuleOptions
from reqkit.rules.text import STATEMENTS, prose
from reqkit.rules.wording._grammar import (
    DETERMINERS,
    SUBORDINATORS,
    Word,
    lowered_words,
    sentences,
    vocabulary,
    words,
)
from reqkit.rules.wording._terms import document_lists

#: Verbs that requirements use for an action of the solution, in their base form.
ACTION_VERBS = (
    "send", "update", "create", "delete", "remove", "store", "save", "show", "display", "notify",
    "inform", "export", "import", "generate", "calculate", "validate", "redirect", "transfer",
    "sync", "synchronise", "synchronize", "assign", "apply", "lock", "unlock", "credit", "move",
    "publish", "upload", "download", "archive", "encrypt", "track", "log", "approve", "reject",
    "accept", "confirm", "register", "collect", "capture", "print", "open", "close", "add",
    "allow", "let", "offer", "provide", "present", "record", "mark", "flag", "block", "hide",
    "list", "sort", "filter", "check", "verify", "post", "share", "invite", "book", "cancel",
    "schedule", "charge", "refund", "issue", "attach", "forward", "route", "escalate", "alert",
    "remind", "retain", "keep", "deliver", "load", "exclude", "convert", "translate", "return",
    "reset", "restore", "migrate", "report", "score", "link", "ask", "require", "limit", "enable",
    "disable", "integrate", "connect", "process", "receive", "email", "e-mail",
)  # fmt: skip

#: Modal verbs that each make a requirement on their own.
BINDING_MODALS = ("shall", "must")

_JOINERS = frozenset({"and", "or"})
# Verbs that show a clause of its own: "... and a voucher is generated",
# "... and the CRM shall ...".
_FINITE = frozenset({
    "is", "are", "was", "were", "shall", "must", "will", "should", "may", "can", "could", "would",
    "gets", "get",
})  # fmt: skip
_BETWEEN = frozenset({"then", "also", "additionally", "afterwards"})


@document_lists
class CompoundRequirement(Rule):
    """Flags requirement statements that ask for more than one thing.

    One requirement, one thought (INCOSE, ISO/IEC/IEEE 29148): each is
    estimated, built, tested, prioritised and changed on its own. "The form
    shall send the e-mail and update the CRM" is two pieces of work in two
    systems; when the CRM part slips, is the requirement done? Split it,
    and give each part its own acceptance criteria.

    Flagged: more than one "shall" or "must" in a statement, more than one
    sentence, actions joined by "and" or "or" after the modal ("shall send
    the e-mail and update the CRM": a verb from the `action-verbs` list
    followed by "the", "a", "each" or a similar word), and two clauses with
    a subject and verb each ("sign-ups are sent to the CRM and a voucher is
    generated"). Not flagged: "and" between nouns ("name and e-mail
    address", "the name and a phone number are required"), and verbs in a
    clause that describes something ("the slots that are free and match
    the filter", "when the visitor books and pays").

    Only requirement statements are checked: an acceptance criterion often
    and rightly pairs an action with its result ("a test visitor books a
    slot and receives the confirmation").

    Bad: "The booking form shall send a confirmation e-mail and update the CRM lead."
    Good: "The booking form shall send a confirmation e-mail within 5 minutes of booking."
    (and a second requirement for the CRM)
    """

    code = "RK113"
    name = "compound-requirement"
    friction = "F9"
    needs = ()
    levels = WORDING

    class Options(RuleOptions):
        action_verbs: tuple[str, ...] = ACTION_VERBS
        """Verbs that start a second action after "and" or "or" and before "the", "a" or "each"."""

        binding_modals: tuple[str, ...] = BINDING_MODALS
        """Modal verbs that each make a requirement; more than one in a statement is a compound."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: CompoundRequirement.Options = context.options  # type: ignore[assignment]
        verbs = {v.lower() for v in options.action_verbs}
        modals = {m.lower() for m in options.binding_modals}
        for field in prose(brief, (STATEMENTS,)):
            found = _compound(field.text, verbs, modals)
            if found is not None:
                message, hint, span = found
                yield Finding(field.path, message, hint, span=span)


def _compound(
    text: str, verbs: set[str], modals: set[str]
) -> tuple[str, str, tuple[int, int]] | None:
    if sum(word in modals for word in lowered_words(text)) > 1:
        binding = [w for w in words(text) if w.lower in modals]
        second = binding[1]
        return (
            f'"{second.text}" appears {len(binding)} times: '
            f"this statement holds {len(binding)} requirements",
            "Write one requirement per statement, each with its own id and acceptance criteria.",
            (second.start, second.end),
        )
    if _JOINERS.isdisjoint(vocabulary(text)):
        joined = clause = None
    else:
        every = words(text)
        joined = _joined_action(every, verbs, modals)
        clause = None if joined else _joined_clause(every)
    if joined is not None:
        joiner, verb = joined
        return (
            f'Two actions in one requirement: "... {joiner.text} {verb.text} ..."',
            f'Split it: one requirement for the part before "{joiner.text}", '
            f'another for "{verb.text} ...", '
            "each with its own acceptance criteria.",
            (joiner.start, verb.end),
        )
    if clause is not None:
        joiner, verb = clause
        return (
            f'Two statements joined by "{joiner.text}": '
            f'"... {joiner.text} {text[joiner.end : verb.end].strip()} ..."',
            "Split it into two requirements, each saying which system does what, "
            "with its own acceptance criteria.",
            (joiner.start, verb.end),
        )
    spans = sentences(text)
    if len(spans) > 1:
        start, end = spans[1]
        return (
            f"{len(spans)} sentences in one requirement: a requirement is one sentence",
            "Keep the requirement in the first sentence; "
            "move the rest to its own requirement or to `rationale`.",
            (start, end),
        )
    return None


def _joined_action(
    every: list[Word], verbs: set[str], modals: set[str]
) -> tuple[Word, Word] | None:
    """An "and"/"or" after the modal joining a second action: "shall send X and update the Y"."""
    modal = next((i for i, w in enumerate(every) if w.lower in modals), None)
    if modal is None:
        return None
    for index in range(modal + 2, len(every) - 2):
        word = every[index]
        if word.lower in SUBORDINATORS:
            return None  # the rest describes something; its verbs are not the requirement's
        if word.lower not in _JOINERS:
            continue
        after = index + 1
        while after < len(every) - 1 and every[after].lower in _BETWEEN:
            after += 1
        verb, following = every[after], every[after + 1] if after + 1 < len(every) else None
        if verb.lower in verbs and following is not None and following.lower in DETERMINERS:
            return word, verb
    return None


def _joined_clause(every: list[Word]) -> tuple[Word, Word] | None:
    """Two clauses, each with a subject and a verb: "Sign-ups are sent ... and a voucher is ..."."""
    seen_verb = False
    for index, word in enumerate(every):
        if word.lower in SUBORDINATORS:
            return None
        if word.lower in _FINITE:
            seen_verb = True
        if not seen_verb or word.lower not in _JOINERS or index + 2 >= len(every):
            continue
        if every[index + 1].lower not in DETERMINERS:
            continue
        verb = next((w for w in every[index + 2 : index + 6] if w.lower in _FINITE), None)
        if verb is not None:
            return word, verb
    return None

"""RK117 no-binding-verb: a requirement that says "will", or has no binding verb at all."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import WORDING, Context, Finding, Rule, RuleOptions
from reqkit.rules.phrases import quote
from reqkit.rules.text import STATEMENTS, prose
from reqkit.rules.wording._clauses import is_user_story
from reqkit.rules.wording._grammar import DETERMINERS, sentences, vocabulary, words
from reqkit.rules.wording._terms import document_lists

#: Verbs that make a requirement binding (ISO/IEC/IEEE 29148: "shall"; many
#: teams write "must" for the same thing).
BINDING_VERBS = ("shall", "must", "shan't", "mustn't")

#: Modal verbs that weak-modal (RK102) reports: a statement built on one of
#: them has a verb, only a weak one, so it is not reported twice.
WEAK_VERBS = (
    "should", "shouldn't", "may", "might", "could", "couldn't", "can", "cannot", "can't",
    "would", "wouldn't", "ought",
)  # fmt: skip

#: Forms of "will" that state a fact about the future rather than an obligation
#: (a contraction such as "we'll" counts too).
FUTURE_VERBS = ("will", "won't")

# Statements that are only a gap ("TBD", "???") are placeholder-text's (RK201).
_GAPS = frozenset({"tbd", "tbc", "tba", "todo", "n/a", "na", "tbd.", "?"})


@document_lists
class NoBindingVerb(Rule):
    """Flags requirement statements whose verb is "will", or that have no binding verb at all.

    A requirement binds the supplier through its verb: "shall" (or "must")
    says that this is wanted and will be tested. "The app will show the
    points balance" reads as a forecast of what will happen, not as a
    demand, and contracts and test plans treat "will" as a statement of
    fact. A statement with no binding verb at all, an order ("Show a
    countdown on the page.") or a heading ("Countdown on the landing
    page"), leaves open who does it and whether it is wanted. Write one
    sentence with the system as its subject and "shall" as its verb.

    A statement with "shall" or "must" anywhere is fine, and so is a user
    story ("As a member, I want to see my points so that I can plan a
    visit"), whose form says what is wanted. A statement built on "should",
    "may" or "could" is left to weak-modal (RK102), and "must not" and
    "shall not" to negative-statement (RK108).

    Bad: "The app will show the points balance on the start screen."
    Bad: "Show a countdown to the launch on the landing page."
    Good: "The landing page shall show a countdown to the launch."
    """

    code = "RK117"
    name = "no-binding-verb"
    friction = "F9"
    needs = ()
    levels = WORDING

    class Options(RuleOptions):
        binding_verbs: tuple[str, ...] = BINDING_VERBS
        """Verbs that make a statement binding, such as "shall" and "must"."""

        weak_verbs: tuple[str, ...] = WEAK_VERBS
        """Modal verbs left to weak-modal (RK102), such as "should" or "may"."""

        future_verbs: tuple[str, ...] = FUTURE_VERBS
        """Forms of "will" that are reported when they stand where "shall" belongs."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: NoBindingVerb.Options = context.options  # type: ignore[assignment]
        binding = {verb.lower() for verb in options.binding_verbs}
        weak = {verb.lower() for verb in options.weak_verbs}
        future = {verb.lower() for verb in options.future_verbs}
        for field in prose(brief, (STATEMENTS,)):
            finding = _judge(field.text, binding, weak, future)
            if finding is not None:
                message, hint, span = finding
                yield Finding(field.path, message, hint, span=span)


def _judge(
    text: str, binding: set[str], weak: set[str], future: set[str]
) -> tuple[str, str, tuple[int, int]] | None:
    # Nearly every statement says "shall" or "must": the cached set of its words tells.
    vocabulary_ = vocabulary(text)
    if not binding.isdisjoint(vocabulary_) or not weak.isdisjoint(vocabulary_):
        return None
    every = words(text)
    lowered = [word.lower.replace("’", "'") for word in every]
    if not every or set(lowered) <= _GAPS or is_user_story(text):
        return None
    if not binding.isdisjoint(lowered) or not weak.isdisjoint(lowered):
        return None  # a contraction written with a typographic apostrophe
    for index, word in enumerate(every):
        said = lowered[index]
        if (said in future or said.endswith("'ll")) and not (
            index and lowered[index - 1] in DETERMINERS
        ):
            return (
                f'"{word.text}" is not a binding verb: the requirement reads as a forecast',
                f'Write "shall" (or "must") instead of "{word.text}", '
                'e.g. "The app shall show the points balance."',
                (word.start, word.end),
            )
    start, end = sentences(text)[0] if sentences(text) else (0, len(text))
    return (
        f'No binding verb in {quote(text[start:end], 50)}: it does not say "shall" or "must"',
        'Write one sentence with the system as its subject and "shall" as its verb, '
        'e.g. "The landing page shall show a countdown to the launch."',
        (every[0].start, min(end, len(text.rstrip()))),
    )

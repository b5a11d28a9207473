"""RK115 prescribed-implementation: a requirement that says how to build, not what is needed."""

from __future__ import annotations

import bisect
import functools
import re

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF
from reqkit.rules.text import STATEMENTS, Match, TextField
from reqkit.rules.textcache import per_brief
from reqkit.rules.wording._terms import TermOptions, TermRule, document_lists, normal, phrase_finder

#: Implementation technologies: frameworks, languages, databases, hosting and
#: building blocks, which IT chooses. Business systems the brief integrates
#: with (a CRM, an e-mail platform, a shop) are deliberately not listed.
#: A name with a capital letter matches only when written with one ("React",
#: not the verb "react"); a name in lower case matches in any case.
TECHNOLOGIES = (
    "React", "React Native", "Angular", "AngularJS", "Vue", "Vue.js", "Svelte", "Next.js",
    "jquery", "Bootstrap", "Tailwind", "WordPress", "Drupal", "Joomla", "Shopify", "Magento",
    "WooCommerce", "MySQL", "PostgreSQL", "Postgres", "MongoDB", "Oracle", "SQL Server", "SQLite",
    "Redis", "Elasticsearch", "Cassandra", "DynamoDB", "Kafka", "RabbitMQ", "GraphQL", "AWS",
    "Amazon Web Services", "Azure", "Google Cloud", "GCP", "Firebase", "Heroku", "Netlify",
    "Vercel", "Kubernetes", "Docker", "Terraform", "Lambda", "serverless", "Java", "JavaScript",
    "TypeScript", "PHP", "Python", "Ruby on Rails", "Django", "Laravel", "Symfony", "Spring Boot",
    "Node.js", ".NET", "ASP.NET", "C#", "Kotlin", "Flutter", "Xamarin", "microservice",
    "microservices", "blockchain", "database table", "stored procedure", "cron job", "iframe",
    "REST endpoint", "REST API", "SQL",
)  # fmt: skip

#: Phrases that prescribe how, whatever follows them.
HOW_PHRASES = (
    "implemented with",
    "implemented in",
    "implemented using",
    "coded in",
    "programmed in",
)
_HOW = frozenset(normal(phrase) for phrase in HOW_PHRASES)

#: Phrases with a listed name that say what, not how: "protected against SQL injection".
NOT_IMPLEMENTATION = ("SQL injection",)


@document_lists
class PrescribedImplementation(TermRule):
    """Flags requirement statements that prescribe the technology ("in React", "a MySQL table").

    Marketing says what is needed and why; IT decides how. A requirement
    that names the framework or the database ties IT's hands before anyone
    has looked at the platforms, licences, skills and security rules IT
    already has, and hides what was really wanted ("a list of sign-ups the
    team can export" rather than "a MySQL table"). If there is a real reason
    for a technology, say the reason: it may be met another way.

    Business systems the brief connects to are not implementation choices:
    "send each lead to Salesforce" names an existing system. That is why
    the `technologies` list holds frameworks, languages, databases and
    hosting, not CRMs or e-mail platforms, and why a name that also appears
    in the requirement's `systems`, in `technical.systems` or in
    `technical.integrations` is never flagged ("publish the post in
    WordPress" when WordPress is the company's CMS). Only requirement
    statements are checked: the `technical` section may name systems
    freely. This is advice for the hand-off conversation, never an error.

    Bad: "Build it in React with a MySQL table for the sign-ups."
    Good: "The site shall store each sign-up so that marketing can export the list as a CSV file."
    """

    code = "RK115"
    name = "prescribed-implementation"
    friction = "F6"
    needs = ("technical",)
    levels = ADVISED_AT_HANDOFF
    kinds = (STATEMENTS,)
    message = 'Prescribes the implementation: "{term}"'
    hint = (
        'Say what is needed and why, and let IT choose how, e.g. "store each sign-up so that '
        'marketing can export the list" instead of "use a MySQL table". '
        "If a technology is a real constraint, "
        "put it under `constraints` with its reason."
    )

    class Options(TermOptions):
        words: tuple[str, ...] = (*TECHNOLOGIES, *HOW_PHRASES)
        """The built-in list; setting it replaces the list entirely."""

        exceptions: tuple[str, ...] = NOT_IMPLEMENTATION
        """Longer phrases that contain a listed name but say what is needed, not how."""

    def keep(self, brief: Brief, field: TextField, match: Match, options: TermOptions) -> bool:
        listed = _as_listed(options.effective(), match.text)
        if (
            listed is not None
            and _first_letter(listed).isupper()
            and not _first_letter(match.text).isupper()
        ):
            return False  # "react" the verb, "example.net" the address
        if normal(match.text) in _HOW and _names_technology(field.text, match.end, options):
            return False  # "implemented with Shopify": the name is the finding
        name = re.escape(normal(match.text))
        return re.search(rf"(?<![\w-]){name}(?![\w-])", _named_systems(brief, field)) is None


def _as_listed(terms: tuple[str, ...], text: str) -> str | None:
    return _by_normal_form(terms).get(normal(text))


@functools.lru_cache(maxsize=16)
def _by_normal_form(terms: tuple[str, ...]) -> dict[str, str]:
    """Each listed term by its normal form, the first one listed winning (made once per list)."""
    found: dict[str, str] = {}
    for term in terms:
        found.setdefault(normal(term), term)
    return found


def _names_technology(text: str, position: int, options: TermOptions) -> bool:
    """Whether a listed name follows ``position``, with only white space between."""
    starts = _technology_starts(text, options.effective())
    index = bisect.bisect_left(starts, position)
    return index < len(starts) and _SPACES.match(text, position).end() == starts[index]  # type: ignore[union-attr]


@per_brief
def _technology_starts(text: str, terms: tuple[str, ...]) -> tuple[int, ...]:
    """Where each listed name starts in ``text``: found once per text, not once per finding."""
    return tuple(found.start for found in phrase_finder(terms).find(text))


_SPACES = re.compile(r"\s*")


def _first_letter(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


def _named_systems(brief: Brief, field: TextField) -> str:
    """The systems the brief names for this requirement and overall, as one lower-case text."""
    requirement = brief.requirements[int(field.path[1])]
    named = [*requirement.systems]
    if brief.technical is not None:
        named += [*brief.technical.systems, *brief.technical.integrations]
    return normal(" | ".join(named))

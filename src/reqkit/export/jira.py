"""``--format jira``: a CSV file in the layout of Jira's CSV importer.

One Epic per brief (the initiative), then one issue per requirement, each
the Epic's child. Jira Cloud links a child to its Epic through ``Parent``
(the Epic's ``Issue Id``); Jira Data Center through ``Epic Link`` (the Epic's
``Epic Name``); both are written, and the import maps whichever the site has.
``Issue Id`` numbers the rows of this file only; ``Blocked By`` names the
``Issue Id`` of each requirement this one depends on, to be mapped to the
link type Blocks. Multi-valued fields repeat their column, as the importer
expects (``Labels``, ``Blocked By``).

The Description is Jira wiki markup (:mod:`reqkit.export.jira_markup`):
statement, rationale, acceptance criteria, details and lint findings.
Priorities follow :data:`DEFAULT_PRIORITIES` unless ``[export.jira]`` in the
configuration says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reqkit.diagnostics import Diagnostic
from reqkit.export import jira_markup as markup
from reqkit.export.base import ExportItem, ExportOptions, require_distinct_initiatives
from reqkit.export.columns import finding_text, findings_by_requirement
from reqkit.export.csv_format import csv_bytes
from reqkit.model import Brief, Requirement

#: MoSCoW -> the priorities every Jira site starts with.
DEFAULT_PRIORITIES = {"must": "Highest", "should": "High", "could": "Medium", "wont": "Lowest"}
DEFAULT_ISSUE_TYPE = "Story"
EPIC = "Epic"
#: Jira allows at most this many characters in a Summary.
SUMMARY_LIMIT = 255

FIXED_HEADERS = ("Issue Id", "Parent", "Issue Type", "Summary", "Description", "Priority")
LABEL_COLUMNS = 2  # the initiative id and the requirement's type
LINK_HEADER = "Blocked By"


@dataclass(frozen=True)
class _Issue:
    number: int
    parent: int | None
    issue_type: str
    summary: str
    description: str
    priority: str
    labels: tuple[str, ...]
    epic_name: str
    epic_link: str
    blocked_by: tuple[int, ...]


def summary(text: str) -> str:
    """One line of at most :data:`SUMMARY_LIMIT` characters."""
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_LIMIT else line[: SUMMARY_LIMIT - 1] + "…"


def _label(text: str) -> str:
    """Jira labels hold no spaces."""
    return "_".join(text.split())


def _issues(items: Sequence[ExportItem], options: ExportOptions) -> Iterator[_Issue]:
    settings = options.config.export.get("jira", {})
    priorities = {**DEFAULT_PRIORITIES, **settings.get("priorities", {})}
    issue_type = settings.get("issue-type", DEFAULT_ISSUE_TYPE)
    number = 0
    for item in items:
        brief = item.brief
        number += 1
        epic = number
        initiative = brief.initiative
        yield _Issue(
            number=epic,
            parent=None,
            issue_type=EPIC,
            summary=summary(initiative.title),
            description=_epic_description(brief),
            priority="",
            labels=(_label(initiative.id),),
            epic_name=initiative.id,
            epic_link="",
            blocked_by=(),
        )
        numbers = {r.id: epic + index for index, r in enumerate(brief.requirements, 1)}
        found = findings_by_requirement(brief.requirements, item.findings)
        for requirement, findings in zip(brief.requirements, found, strict=True):
            number += 1
            yield _Issue(
                number=number,
                parent=epic,
                issue_type=issue_type,
                summary=summary(f"{requirement.id}: {requirement.statement}"),
                description=_description(requirement, findings, brief),
                priority=priorities[requirement.priority],
                labels=tuple(_label(t) for t in (initiative.id, requirement.type or "") if t),
                epic_name="",
                epic_link=initiative.id,
                blocked_by=tuple(numbers[d] for d in requirement.depends_on if d in numbers),
            )


def _epic_description(brief: Brief) -> str:
    initiative = brief.initiative
    goals = [f"{g.id}: {g.statement}" for g in brief.goals]
    return markup.join(
        [
            markup.paragraph(initiative.summary or ""),
            markup.section("Problem", markup.paragraph(initiative.problem or "")),
            markup.section("Goals", markup.bullets(goals)),
            markup.bullets(
                [
                    f"Brief: {initiative.id}",
                    f"Owner: {initiative.owner}",
                    f"Stage: {initiative.stage}",
                ]
            ),
        ]
    )


def _description(requirement: Requirement, findings: Sequence[Diagnostic], brief: Brief) -> str:
    goals = {goal.id: goal.statement for goal in brief.goals}
    details = [f"Priority: {requirement.priority} (MoSCoW)"]
    if requirement.type:
        details.append(f"Type: {requirement.type}")
    details += [f"Serves goal {g}: {goals.get(g, '')}".rstrip(": ") for g in requirement.goals]
    details += [f"Depends on: {d}" for d in requirement.depends_on]
    details += [f"System: {s}" for s in requirement.systems]
    details += [f"Data: {d}" for d in requirement.data]
    if requirement.owner:
        details.append(f"Owner: {requirement.owner}")
    if requirement.estimate_days is not None:
        details.append(f"IT estimate: {requirement.estimate_days:g} person-days")
    details += [f"Waiver of {w.rule}: {w.reason}" for w in requirement.waivers]
    return markup.join(
        [
            markup.section("Statement", markup.paragraph(requirement.statement)),
            markup.section("Rationale", markup.paragraph(requirement.rationale or "")),
            markup.section(
                "Acceptance criteria",
                markup.bullets(requirement.acceptance_criteria, numbered=True),
            ),
            markup.section("Details", markup.bullets(details)),
            markup.section("Findings of reqkit lint", markup.bullets(map(finding_text, findings))),
        ]
    )


def jira_rows(items: Sequence[ExportItem], options: ExportOptions) -> Iterator[list[str]]:
    """The header, then an Epic per brief followed by its requirements."""
    issues = list(_issues(items, options))
    links = max([len(issue.blocked_by) for issue in issues] + [1])
    yield [
        *FIXED_HEADERS,
        *["Labels"] * LABEL_COLUMNS,
        "Epic Name",
        "Epic Link",
        *[LINK_HEADER] * links,
    ]
    for issue in issues:
        labels = [*issue.labels, *[""] * (LABEL_COLUMNS - len(issue.labels))]
        blocked = [str(n) for n in issue.blocked_by]
        yield [
            str(issue.number),
            "" if issue.parent is None else str(issue.parent),
            issue.issue_type,
            issue.summary,
            issue.description,
            issue.priority,
            *labels,
            issue.epic_name,
            issue.epic_link,
            *blocked,
            *[""] * (links - len(blocked)),
        ]


@dataclass(frozen=True)
class JiraFormat:
    name: str = "jira"
    suffix: str = "csv"
    description: str = "a CSV file for Jira's CSV importer"
    binary: bool = False
    one_file_per_brief: bool = False

    def write(self, items: Sequence[ExportItem], options: ExportOptions) -> bytes:
        require_distinct_initiatives(items, self.name)
        return csv_bytes(jira_rows(items, options), bom=False)


FORMAT = JiraFormat()

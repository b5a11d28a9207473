"""The layout of a brief as a workbook: which sheet holds which section, and in which columns.

``reqkit export --format xlsx`` writes this layout and ``reqkit import`` reads it
back, so both sides take it from here and cannot drift apart. Every field of
the brief schema has a home: a column of a sheet, or a row of the "Brief"
sheet, which holds the sections that are one record rather than a list
(tests/test_xlsx_layout.py walks the schema to make sure).

Choices (priority, side, stage...) are taken from the schema's own ``Literal``
types, so a new value in the schema shows up in the workbook's drop-down lists.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Literal

from reqkit.export.columns import REQUIREMENT_COLUMNS
from reqkit.model import (
    Approval,
    Change,
    Constraint,
    Goal,
    Initiative,
    Milestone,
    Requirement,
    Risk,
    Stakeholder,
    Vendor,
)

Kind = Literal[
    "text",  # one line or many, exactly as written
    "id",  # text; a number typed in the cell is read as its digits
    "lines",  # a list of texts, one per line in the cell
    "ids",  # a list of ids, "G1, G2"
    "waivers",  # "rule: reason", one per line (the CSV export's form; read, not written)
    "choice",  # one of ``choices``
    "bool",  # yes or no
    "date",
    "number",
    "integer",
    "amount",  # the number of an amount of money; its currency is the next column
    "currency",
    "money",  # an amount and its currency in one cell, e.g. "48,000 EUR"
    "derived",  # written for readers (lint findings), never read back
]


def choices_of(model: type, field: str) -> tuple[str, ...]:
    """The values a ``Literal`` field of the schema accepts, in the schema's order."""
    annotation = model.model_fields[field].annotation  # type: ignore[attr-defined]
    for candidate in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(candidate) is Literal:
            return tuple(typing.get_args(candidate))
    raise TypeError(f"{model.__name__}.{field} is not a choice")


YES_NO = ("yes", "no")


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, the field it holds and how the cell is typed."""

    header: str
    key: tuple[str, ...]  # the field inside one item, e.g. ("impact", "cost")
    kind: Kind = "text"
    choices: tuple[str, ...] = ()
    width: int = 0  # a fixed width in characters; 0 fits the content
    exported: bool = True  # False: read by the import (from other exports), never written


@dataclass(frozen=True)
class Table:
    """A sheet that lists the items of one section of the brief, one item per row."""

    sheet: str
    section: tuple[str, ...]  # where the list lives in the brief, e.g. ("timeline", "milestones")
    columns: tuple[Column, ...]
    #: For nested lists (a goal's metrics): the column that names the owning item's id.
    parent: tuple[str, ...] = ()


def _choice(header: str, model: type, field: str) -> Column:
    return Column(header, (field,), "choice", choices_of(model, field))


def _bool(header: str, field: str) -> Column:
    return Column(header, (field,), "bool", YES_NO)


#: The requirement columns' headers, shared with the CSV export (one definition).
_HEADER = {column.field: column.header for column in REQUIREMENT_COLUMNS}
#: The column of the requirements sheet that holds each requirement's lint findings.
FINDINGS_HEADER = _HEADER["findings"]
#: The CSV export's first column: the initiative id of each requirement's brief.
INITIATIVE_HEADER = "Initiative"

REQUIREMENTS = Table(
    "Requirements",
    ("requirements",),
    (
        Column(_HEADER["id"], ("id",), "id"),
        Column(_HEADER["statement"], ("statement",), width=60),
        _choice(_HEADER["priority"], Requirement, "priority"),
        _choice(_HEADER["type"], Requirement, "type"),
        Column(_HEADER["rationale"], ("rationale",), width=40),
        Column(_HEADER["acceptance_criteria"], ("acceptance_criteria",), "lines", width=50),
        Column(_HEADER["goals"], ("goals",), "ids"),
        Column(_HEADER["depends_on"], ("depends_on",), "ids"),
        Column(_HEADER["systems"], ("systems",), "lines"),
        Column(_HEADER["data"], ("data",), "lines"),
        Column(_HEADER["owner"], ("owner",)),
        Column(_HEADER["estimate_days"], ("estimate_days",), "number"),
        # Waivers have a sheet of their own in the workbook, with the brief's own waivers.
        Column(_HEADER["waivers"], ("waivers",), "waivers", exported=False),
        Column(INITIATIVE_HEADER, ("initiative",), "id", exported=False),
        Column(FINDINGS_HEADER, (), "derived", width=50),
    ),
)

GOALS = Table(
    "Goals",
    ("goals",),
    (
        Column("Id", ("id",), "id"),
        Column("Statement", ("statement",), width=60),
        _choice("Party", Goal, "party"),
    ),
)

METRICS = Table(
    "Metrics",
    ("goals", "metrics"),
    (
        Column("Goal", ("goal",), "id"),
        Column("Name", ("name",), width=40),
        Column("Baseline", ("baseline",), "number"),
        Column("Target", ("target",), "number"),
        Column("Unit", ("unit",)),
        Column("Data source", ("data_source",), width=40),
        Column("Measured", ("measured",), width=30),
        Column("By", ("by",), "date"),
    ),
    parent=("goal",),
)

MILESTONES = Table(
    "Milestones",
    ("timeline", "milestones"),
    (
        Column("Name", ("name",), width=40),
        Column("Date", ("date",), "date"),
        _choice("Kind", Milestone, "kind"),
        _bool("Hard", "hard"),
        Column("Reason", ("reason",), width=40),
        Column("Owner", ("owner",)),
    ),
)

PHASES = Table(
    "Phases",
    ("timeline", "phases"),
    (
        Column("Name", ("name",), width=40),
        Column("Start", ("start",), "date"),
        Column("End", ("end",), "date"),
        Column("Deliverables", ("deliverables",), "lines", width=50),
    ),
)

QUICK_WINS = Table(
    "Quick wins",
    ("timeline", "quick_wins"),
    (Column("Name", ("name",), width=40), Column("Date", ("date",), "date")),
)

#: The label of the rows under the budget lines that add them up (never read back).
SUM_LABEL = "Sum of lines"

BUDGET = Table(
    "Budget",
    ("budget", "lines"),
    (
        Column("Item", ("item",), width=40),
        Column("Amount", ("amount",), "amount"),
        Column("Currency", ("amount",), "currency"),
        Column("Note", ("note",), width=40),
    ),
)

STAKEHOLDERS = Table(
    "Stakeholders",
    ("stakeholders",),
    (
        Column("Name", ("name",)),
        _choice("Side", Stakeholder, "side"),
        Column("Role", ("role",), width=40),
        _bool("Liaison", "liaison"),
        Column("Email", ("email",)),
    ),
)

RACI = Table(
    "RACI",
    ("raci",),
    (
        Column("Deliverable", ("deliverable",), width=40),
        Column("Responsible", ("responsible",), "lines"),
        Column("Accountable", ("accountable",), "lines"),
        Column("Consulted", ("consulted",), "lines"),
        Column("Informed", ("informed",), "lines"),
    ),
)

OPEN_QUESTIONS = Table(
    "Open questions",
    ("open_questions",),
    (
        Column("Id", ("id",), "id"),
        Column("Question", ("question",), width=60),
        Column("Owner", ("owner",)),
        Column("Due", ("due",), "date"),
        _bool("Blocking", "blocking"),
        Column("Answer", ("answer",), width=50),
    ),
)

RISKS = Table(
    "Risks",
    ("risks",),
    (
        Column("Id", ("id",), "id"),
        Column("Statement", ("statement",), width=60),
        _choice("Likelihood", Risk, "likelihood"),
        _choice("Impact", Risk, "impact"),
        Column("Mitigation", ("mitigation",), width=50),
        Column("Owner", ("owner",)),
    ),
)

CONSTRAINTS = Table(
    "Constraints",
    ("constraints",),
    (
        _choice("Kind", Constraint, "kind"),
        Column("Statement", ("statement",), width=60),
        _choice("Party", Constraint, "party"),
    ),
)

VENDORS = Table(
    "Vendors",
    ("vendors",),
    (
        Column("Name", ("name",)),
        Column("Scope", ("scope",), width=40),
        _choice("Status", Vendor, "status"),
        Column("Criteria", ("criteria",), "lines", width=50),
        Column("Chosen by", ("chosen_by",), "lines"),
        Column("Contact", ("contact",)),
    ),
)

APPROVALS = Table(
    "Approvals",
    ("approvals",),
    (
        Column("Name", ("name",)),
        Column("Role", ("role",), width=40),
        _choice("Side", Approval, "side"),
        _choice("Status", Approval, "status"),
        Column("Date", ("date",), "date"),
        Column("Comment", ("comment",), width=50),
    ),
)

CHANGES = Table(
    "Changes",
    ("changes",),
    (
        Column("Date", ("date",), "date"),
        Column("Summary", ("summary",), width=50),
        Column("Reason", ("reason",), width=40),
        Column("Requested by", ("requested_by",)),
        Column("Approved by", ("approved_by",)),
        Column("Requirements", ("requirements",), "lines"),
        Column("Sections", ("sections",), "lines", choices_of(Change, "sections")),
        Column("Schedule (days)", ("impact", "schedule_days"), "integer"),
        Column("Cost", ("impact", "cost"), "amount"),
        Column("Cost currency", ("impact", "cost"), "currency"),
    ),
)

NEXT_STEPS = Table(
    "Next steps",
    ("next_steps",),
    (
        Column("Action", ("action",), width=60),
        Column("Owner", ("owner",)),
        Column("Due", ("due",), "date"),
        _bool("Done", "done"),
    ),
)

#: Lists of plain texts: the single column holds the text itself (key ``()``).
ASSUMPTIONS = Table("Assumptions", ("assumptions",), (Column("Assumption", (), width=80),))
OUT_OF_SCOPE = Table("Out of scope", ("out_of_scope",), (Column("Item", (), width=80),))

#: A mapping of term to explanation.
GLOSSARY = Table(
    "Glossary",
    ("glossary",),
    (Column("Term", ("term",)), Column("Meaning", ("meaning",), width=80)),
)

#: What "Applies to" says for a waiver of the whole brief rather than one requirement.
WHOLE_BRIEF = "(whole brief)"

WAIVERS = Table(
    "Waivers",
    ("waivers",),
    (
        Column("Applies to", ("applies_to",), "id"),
        Column("Rule", ("rule",)),
        Column("Reason", ("reason",), width=60),
    ),
)

TABLES: tuple[Table, ...] = (
    REQUIREMENTS,
    GOALS,
    METRICS,
    MILESTONES,
    PHASES,
    QUICK_WINS,
    BUDGET,
    STAKEHOLDERS,
    RACI,
    OPEN_QUESTIONS,
    RISKS,
    CONSTRAINTS,
    VENDORS,
    APPROVALS,
    CHANGES,
    NEXT_STEPS,
    ASSUMPTIONS,
    OUT_OF_SCOPE,
    GLOSSARY,
    WAIVERS,
)


@dataclass(frozen=True)
class Field:
    """One row of the "Brief" sheet: a field of a section that is a single record."""

    path: tuple[str, ...]  # e.g. ("budget", "expected_benefit", "by")
    kind: Kind = "text"
    choices: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """What the Field column shows: the path as written in YAML, e.g. ``budget.total``."""
        return ".".join(self.path)


#: The sheet of single-record sections: a Field column, a Value column and an About column.
BRIEF_SHEET = "Brief"
#: The Field rows ``baseline.requirements.<id>`` hold the fingerprint of each requirement.
BASELINE_REQUIREMENTS = ("baseline", "requirements")
#: The sheet that lists every finding of the brief, for readers; never read back.
FINDINGS_SHEET = "Findings"

BRIEF_FIELDS: tuple[Field, ...] = (
    Field(("initiative", "id"), "id"),
    Field(("initiative", "title")),
    Field(("initiative", "owner")),
    Field(("initiative", "stage"), "choice", choices_of(Initiative, "stage")),
    Field(("initiative", "kind"), "choice", choices_of(Initiative, "kind")),
    Field(("initiative", "version"), "id"),
    Field(("initiative", "created"), "date"),
    Field(("initiative", "updated"), "date"),
    Field(("initiative", "locale")),
    Field(("initiative", "summary")),
    Field(("initiative", "problem")),
    Field(("communication", "channel")),
    Field(("communication", "meetings")),
    Field(("communication", "escalation")),
    Field(("budget", "total"), "money"),
    Field(("budget", "contingency"), "money"),
    Field(("budget", "owner")),
    Field(("budget", "expected_benefit", "value"), "money"),
    Field(("budget", "expected_benefit", "description")),
    Field(("budget", "expected_benefit", "by"), "date"),
    Field(("technical", "systems"), "lines"),
    Field(("technical", "integrations"), "lines"),
    Field(("technical", "hosting")),
    Field(("technical", "load")),
    Field(("technical", "security")),
    Field(("technical", "privacy")),
    Field(("technical", "maintenance")),
    Field(("baseline", "version"), "id"),
    Field(("baseline", "date"), "date"),
    Field(("baseline", "fingerprint")),
    Field(("baseline", "goals")),
    Field(("baseline", "budget")),
    Field(("baseline", "timeline")),
)

#: Sheets the import reads, by name; anything else in a workbook is left alone.
KNOWN_SHEETS = (BRIEF_SHEET, *(table.sheet for table in TABLES))

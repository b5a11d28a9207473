"""The layout of a brief as a workbook: which sheet holds which section, and in which columns.

``reqkit export --format xlsx`` writes this layout and ``reqkit import`` reads it
back, so both sides take it from here and cannot drift apart. Every field of
the brief schema has a home: a column of a sheet, or a row of the "Brief"
sheet, which holds the sections that are one record rather than a list
(tests/test_export_xlsx.py walks the schema to make sure). The Brief sheet's
rows are in :mod:`reqkit.export.xlsx_brief_fields`.
"""

from __future__ import annotations

from reqkit.export.columns import REQUIREMENT_COLUMNS
from reqkit.export.xlsx_kinds import Column, Table, choice_column, choices_of, yes_no_column
from reqkit.model import (
    Approval,
    Change,
    Constraint,
    Goal,
    Milestone,
    Requirement,
    Risk,
    Stakeholder,
    Vendor,
)

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
        choice_column(_HEADER["priority"], Requirement, "priority"),
        choice_column(_HEADER["type"], Requirement, "type"),
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
        choice_column("Party", Goal, "party"),
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
        choice_column("Kind", Milestone, "kind"),
        yes_no_column("Hard", "hard"),
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
        choice_column("Side", Stakeholder, "side"),
        Column("Role", ("role",), width=40),
        yes_no_column("Liaison", "liaison"),
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
        yes_no_column("Blocking", "blocking"),
        Column("Answer", ("answer",), width=50),
    ),
)

RISKS = Table(
    "Risks",
    ("risks",),
    (
        Column("Id", ("id",), "id"),
        Column("Statement", ("statement",), width=60),
        choice_column("Likelihood", Risk, "likelihood"),
        choice_column("Impact", Risk, "impact"),
        Column("Mitigation", ("mitigation",), width=50),
        Column("Owner", ("owner",)),
    ),
)

CONSTRAINTS = Table(
    "Constraints",
    ("constraints",),
    (
        choice_column("Kind", Constraint, "kind"),
        Column("Statement", ("statement",), width=60),
        choice_column("Party", Constraint, "party"),
    ),
)

VENDORS = Table(
    "Vendors",
    ("vendors",),
    (
        Column("Name", ("name",)),
        Column("Scope", ("scope",), width=40),
        choice_column("Status", Vendor, "status"),
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
        choice_column("Side", Approval, "side"),
        choice_column("Status", Approval, "status"),
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
        yes_no_column("Done", "done"),
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

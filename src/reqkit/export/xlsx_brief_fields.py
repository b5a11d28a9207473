"""The "Brief" sheet of the workbook: a row per field of the sections that are one record.

``initiative``, ``communication``, the budget's own fields, ``technical`` and
``baseline`` hold one value per field rather than a list of items, so they
share one sheet: a Field column with the field's path as YAML writes it, a
Value column and an About column that explains the field.
"""

from __future__ import annotations

from reqkit.export.xlsx_kinds import Field, choices_of
from reqkit.model import Initiative

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

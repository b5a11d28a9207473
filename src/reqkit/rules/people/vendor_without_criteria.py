"""RK611 vendor-without-criteria: a vendor chosen by no agreed yardstick."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.phrases import quote


class VendorWithoutCriteria(Rule):
    """Flags a shortlisted or selected vendor without selection criteria.

    Selection criteria agreed with IT (hosting, security, the platforms the
    vendor must work with, price) are how both sides make sure a vendor can
    deliver something IT can run. Once a vendor is shortlisted or selected, a
    choice has been made, and the criteria it was made by belong in the brief.
    A mere candidate is only a name so far, and a rejected vendor is history,
    so neither is checked.

    Bad: name: Pixelbloom Agency  status: selected  (no criteria)
    Good: name: Pixelbloom Agency  status: selected  criteria: [Hosts in the EU, Builds on our CMS]
    """

    code = "RK611"
    name = "vendor-without-criteria"
    friction = "F6"
    needs = ()
    levels = ADVISED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for index, vendor in enumerate(brief.vendors):
            if vendor.status not in ("shortlisted", "selected") or vendor.criteria:
                continue
            yield Finding(
                ("vendors", index, "name"),
                f"The {vendor.status} vendor {quote(vendor.name)} has no selection criteria",
                'List the criteria agreed with IT under `criteria:`, e.g. "Hosts in the EU", '
                '"Delivers templates our CMS accepts", "Signs our data processing agreement".',
            )

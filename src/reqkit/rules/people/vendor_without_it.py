"""RK610 vendor-without-it: work outsourced without IT in the choice."""

from __future__ import annotations

from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import NEEDED_AT_HANDOFF, Context, Finding, Rule
from reqkit.rules.facts import side_of
from reqkit.rules.phrases import and_list, quote


class VendorWithoutIt(Rule):
    """Flags a selected vendor that nobody from IT helped to choose.

    An agency picked by marketing alone is a classic source of friction: IT
    learns about it when the agency asks for server access, and finds it
    builds on a platform IT cannot host, secure or maintain. Tell IT before
    work is outsourced and choose together: at least one IT stakeholder
    belongs in `chosen_by` of every selected vendor.

    Bad: name: Pixelbloom Agency  status: selected  chosen_by: [Kim Baxter]
    Good: name: Pixelbloom Agency  status: selected  chosen_by: [Kim Baxter, Sam Okafor]
    """

    code = "RK610"
    name = "vendor-without-it"
    friction = "F6"
    needs = ("stakeholders",)
    levels = NEEDED_AT_HANDOFF

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        for index, vendor in enumerate(brief.vendors):
            if vendor.status != "selected":
                continue
            if any(side_of(brief, person) == "it" for person in vendor.chosen_by):
                continue
            if vendor.chosen_by:
                path = ("vendors", index, "chosen_by")
                how = f"was chosen without IT, by {and_list(vendor.chosen_by)}"
            else:
                path = ("vendors", index, "status")
                how = "names nobody who chose it, so no part of IT in the choice is on record"
            yield Finding(
                path,
                f"The selected vendor {quote(vendor.name)} {how}",
                "Add the IT stakeholder who took part in the choice to `chosen_by`; if IT was not "
                "asked, review the choice with IT before any work is handed to the vendor.",
            )

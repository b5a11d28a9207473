"""The wording rules together: precision on good prose, recall on bad, and their helpers.

The two corpora below keep the false-positive rate honest. Every sentence in
GOOD is the kind of thing a careful author writes (in the style of the
complete examples) and must not draw a single wording finding; every
sentence in BAD must draw exactly the findings listed, no more, which also
checks that two rules never report the same words.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest

from reqkit.model import Brief
from reqkit.rules.base import Context
from reqkit.rules.wording import RULES
from reqkit.rules.wording._grammar import sentences
from reqkit.rules.wording._numbers import Kind, numbers
from reqkit.rules.wording._terms import PhraseFinder

TODAY = dt.date(2026, 12, 1)
S, C, G = "statement", "criterion", "goal"
SUMMARY, MILESTONE, STEP = "summary", "milestone", "next step"


def wording_findings(text: str, kind: str = S, **extra: Any) -> list[tuple[str, str]]:
    """(code, flagged text) of every wording finding on ``text`` placed as ``kind`` in a brief."""
    data: dict[str, Any] = {
        "initiative": {"id": "MKT-1", "title": "Spring page", "owner": "Dana Fischer"}
    }
    requirement = {
        "id": "R1",
        "statement": text,
        "priority": "must",
        "systems": extra.get("systems", []),
    }
    path: tuple[Any, ...] = ("requirements", 0, "statement")
    if kind == C:
        requirement.update(
            statement="The microsite shall show the event programme.", acceptance_criteria=[text]
        )
        path = ("requirements", 0, "acceptance_criteria", 0)
    if kind in (S, C):
        data["requirements"] = [requirement]
    elif kind == G:
        data["goals"] = [{"id": "G1", "statement": text, "metrics": extra.get("metrics", [])}]
        path = ("goals", 0, "statement")
    elif kind == SUMMARY:
        data["initiative"]["summary"] = text
        path = ("initiative", "summary")
    elif kind == MILESTONE:
        data["timeline"] = {"milestones": [{"name": text, "date": "2027-03-01"}]}
        path = ("timeline", "milestones", 0, "name")
    elif kind == STEP:
        data["next_steps"] = [{"action": text}]
        path = ("next_steps", 0, "action")
    brief = Brief.model_validate(data)
    found = []
    for rule in RULES:
        for finding in rule.check(brief, Context(TODAY, "handoff", rule.Options())):
            if finding.path == path:
                start, end = finding.span or (0, len(text))
                found.append((rule.code, text[start:end]))
    return found


GOOD: list[tuple[str, str] | tuple[str, str, dict[str, Any]]] = [
    # requirement statements
    (S, "The registration page shall confirm each sign-up by e-mail within 5 minutes."),
    (S, "The booking form shall accept a phone number of up to 20 digits."),
    (
        S,
        "The store locator shall list the 5 garden centres nearest to the postcode the visitor enters.",
    ),
    (
        S,
        "The newsletter sign-up shall record the consent text version and a time stamp for each subscriber.",
    ),
    (
        S,
        "The app shall display the member's points balance within 2 seconds of opening the card screen.",
    ),
    (S, 'The microsite shall conform to level AA of the accessibility standard "WCAG 2.2".'),
    (
        S,
        "The CRM shall assign each web lead to the sales representative of the lead's postcode area within 10 minutes.",
    ),
    (
        S,
        "The landing page shall show the event date, the venue and a link to the registration form.",
    ),
    (
        S,
        "The web server shall redirect every campaign address to the product page from 2027-07-01.",
    ),
    (S, "The checkout shall offer payment by credit card, PayPal and invoice."),
    (S, "The e-mail platform shall send a reminder 24 hours before the booked slot."),
    (S, "The export shall contain one row per order with the order number, date and total in EUR."),
    (
        S,
        "The member account service shall lock an account for 15 minutes after 5 failed sign-in attempts.",
    ),
    (
        S,
        "The site shall serve 2,000 concurrent visitors with a page load time of 2.5 seconds or less for 95 % of requests.",
    ),
    (S, "The product page shall show at most 3 related products."),
    (S, "The password field shall require a minimum of 10 characters."),
    (S, "The upload form shall accept PDF files up to a maximum size of 10 MB."),
    (
        S,
        "The preference centre shall apply an unsubscribe to all marketing channels within 1 hour.",
    ),
    (S, "The webshop integration shall transfer each order to the ERP by 06:00 the next morning."),
    (
        S,
        "The campaign report shall show the number of sign-ups per day from 2027-03-01 to 2027-03-31.",
    ),
    (S, "The survey shall ask each visitor 3 questions on a scale from 1 to 5."),
    (S, "The checkout shall list the cheapest shipping option first."),
    (S, "The consent text shall be approved by the data protection officer before launch."),
    (
        S,
        "The blog post shall appear in WordPress within 1 hour of approval.",
        {"systems": ["WordPress (corporate CMS)"]},
    ),
    (S, "The app shall let members redeem 500 points for a 5 GBP voucher at the till."),
    (S, "The microsite shall present every page in English and in German."),
    (S, 'The booking calendar shall mark a slot as "Fully booked" after its 4th booking.'),
    (S, "Version 2.1 of the app shall run on iOS 17 or later and Android 14 or later."),
    (S, "The campaign page shall go live on 1 May 2027."),
    (S, "As a member, I want to see my points so that I can plan my next visit."),
    (S, "Only editors may publish a landing page."),
    (S, "The size picker shall offer small, medium and large."),
    (S, "The basket page shall clear the basket after 30 minutes."),
    (S, "The app shall show the offers and especially the birthday vouchers of the member."),
    (S, "The Simple Booking widget shall appear on every hotel page."),
    (
        S,
        "The app shall show the points balance. For example, a member with 500 points sees 5 EUR.",
    ),
    (S, "When a lead is created, the CRM shall assign the lead to the sales team of the region."),
    (S, "The app shall keep the basket on the phone if the connection is lost."),
    (
        S,
        "If the visitor does not confirm within 24 hours, the booking system shall release the slot.",
    ),
    (S, "The web analytics tool shall count a visit once per visitor per day."),
    (
        S,
        "The form shall protect the booking data against SQL injection as tested in the penetration test.",
    ),
    (S, "The app shall show the 3 most recent orders of the member."),
    (
        S,
        "The shop system shall keep each abandoned basket for 30 days, as required by the retention policy.",
    ),
    (S, "The app shall show members which offers they can redeem at their centre."),
    (S, "The privacy page shall explain how members can delete their account."),
    (S, "The site shall let visitors choose whether they would like a call back."),
    (
        S,
        "The app shall store the digital card so that the till can scan it without a network connection.",
    ),
    (S, "The migration shall load 412,000 contacts from the CRM and 268,000 from the e-mail tool."),
    (S, "The agency shall deliver the designs for phases 1 and 2 by 2027-01-08."),
    (S, "The new form shall need 3 fields instead of the current 7."),
    (S, "The booking data shall be stored by the e-mail platform in its EU data centre."),
    (S, "The name and a phone number of the visitor shall be required for each booking."),
    # acceptance criteria
    (
        C,
        "A test visitor books the 11:00 slot on 2027-03-10 and receives a confirmation e-mail within 5 minutes.",
    ),
    (C, "8 of 10 test users complete the sign-up without help."),
    (
        C,
        "A test visitor can download each of the 6 datasheets after entering a business e-mail address.",
    ),
    (C, "A sales user of region North cannot open contact records of region South."),
    (C, "No error message is shown when the phone number field is left empty."),
    (
        C,
        "The load test report shows a response time of 2 seconds or less for 95 % of 10,000 requests.",
    ),
    (C, "The reconciliation report shows 100 % of in-scope contacts in the new platform."),
    (C, "The audit report of 2027-02-10 lists zero open findings at level A or level AA."),
    (
        C,
        "On 3 consecutive test days the order totals of 50 sampled customers match the ERP values.",
    ),
    (C, "The counter shows 1 free slot fewer within 60 seconds of a test booking."),
    (C, "Each of the 9 pages has a German version approved by Anna Kowalski."),
    (C, "A request for the old address returns a permanent redirect to the product page."),
    (C, "The app shows the card within 2 seconds in 20 of 20 starts on the 8 reference phones."),
    (C, "The page that lists the events loads in under 2 seconds on a 4G connection."),
    (C, "The A/B test report compares the two headline versions over 14 days."),
    (
        C,
        'The visitor sees the message "Thank you, we\'ll call you back soon" after submitting the form.',
    ),
    (C, "Marketing can edit the banner text in the CMS without help from IT."),
    (C, "IT receives an alert within 15 minutes of a failed transfer."),
    (C, "The quick wins page lists the 4 changes released before the show."),
    # goals and plans
    (G, "Raise the number of qualified leads from the show from 180 to 300."),
    (G, "Cut no-shows among booked demos from 41 % to 20 %."),
    (G, "Deliver every release on a working day between Monday and Thursday."),
    (
        G,
        "Make the checkout faster.",
        {"metrics": [{"name": "Checkout time", "baseline": 95, "target": 60, "unit": "seconds"}]},
    ),
    (
        SUMMARY,
        "A microsite where plant engineers book a 30-minute demo; live on 2027-02-23, two weeks before the show.",
    ),
    (MILESTONE, "User acceptance test signed off by events marketing"),
    (STEP, "Send the German page texts to the translation agency"),
]

BAD: list[tuple[str, str, tuple[str, ...]]] = [
    (S, "Customer service shall answer complaints in a timely manner.", ("RK101",)),
    (S, "The page shall load in approximately 3 seconds.", ("RK101",)),
    (S, "The campaign report shall be used to plan the next campaign.", ("RK112",)),
    (S, "The migration tool shall transfer a lot of historical orders to the new ERP.", ("RK101",)),
    (S, "The shop shall display a clear message when an item is out of stock.", ("RK101",)),
    (S, "The page should load the event list.", ("RK102",)),
    (S, "As a member, I can see my points on the start screen.", ("RK102",)),
    (S, "Visitors can download the price list from the product page.", ("RK102",)),
    (C, "The confirmation e-mail should arrive within 5 minutes.", ("RK102",)),
    (S, "The app may show a birthday offer to members.", ("RK102",)),
    (C, "The banner might disappear after 10 seconds.", ("RK102",)),
    (S, "The page load time should not exceed 2 seconds.", ("RK102", "RK108")),
    (S, "The app shall offer the best loyalty experience on the market.", ("RK103",)),
    (G, "Become the most visible garden brand in the region.", ("RK103",)),
    (S, "The checkout shall be optimal on every device.", ("RK103",)),
    (S, "The site shall guarantee 100 % uptime during the campaign.", ("RK103",)),
    (S, "The page shall load at maximum speed.", ("RK103",)),
    (S, "The shop shall deliver a world-class checkout.", ("RK103",)),
    (S, "The new booking form shall be faster.", ("RK104",)),
    (G, "Get more sign-ups from the trade show.", ("RK104",)),
    (S, "The redesigned product pages shall show improved images.", ("RK104",)),
    (C, "The checkout needs fewer clicks.", ("RK104",)),
    (S, "The app shall offer a better overview of the points.", ("RK104",)),
    (S, "The confirmation e-mail shall include the booth map if possible.", ("RK105",)),
    (S, "The form shall check postcodes where applicable.", ("RK105",)),
    (S, "The app shall send reminders as needed.", ("RK105",)),
    (C, "The report goes to the sales team as appropriate.", ("RK105",)),
    (S, "The product page shall show videos, recipes, reviews etc.", ("RK106",)),
    (S, "The export shall include, but not limited to, name and e-mail address.", ("RK106",)),
    (S, "The platform shall provide support for social log-ins.", ("RK106",)),
    (C, "The report lists downloads, clicks and so on.", ("RK106",)),
    (S, "The shop system shall send the voucher by e-mail/SMS.", ("RK107",)),
    (S, "The app shall show offers and/or news on the start screen.", ("RK107",)),
    (S, "The landing page shall work on web/mobile.", ("RK107",)),
    (S, "The booking form shall not accept bookings for past dates.", ("RK108",)),
    (S, "The app must never show expired offers.", ("RK108",)),
    (S, "The form does not store card numbers.", ("RK108", "RK117")),
    (S, "The page load time shall not exceed 2 seconds for 95 % of page views.", ("RK108",)),
    (S, "No personal data leaves the EU.", ("RK108", "RK117")),
    (S, "The e-mail platform cannot send newsletters to contacts without consent.", ("RK108",)),
    (S, "It shall load in under 2 seconds.", ("RK109",)),
    (S, "Make it work on tablets.", ("RK109", "RK117")),
    (C, "This is done within 2 working days.", ("RK109",)),
    (S, "They shall receive a confirmation within 5 minutes.", ("RK109",)),
    (S, "When a member signs in, it shall show the points balance.", ("RK109",)),
    (S, "The shop system shall generate a voucher within 5.", ("RK110",)),
    (S, "The site shall support 10000.", ("RK110",)),
    (C, "The page loads in under 3.", ("RK110",)),
    (S, "The site shall be fast on mobile phones.", ("RK111",)),
    (S, "The booking calendar shall update in real time.", ("RK111",)),
    (S, "The platform shall be scalable for the campaign.", ("RK111",)),
    (C, "The search results appear instantly.", ("RK111",)),
    (S, "Sign-ups shall be exported to the CRM every night.", ("RK112",)),
    (S, "The tablets at the booth shall be connected to the guest Wi-Fi.", ("RK112",)),
    (S, "The campaign report shall be sent by default to the marketing team.", ("RK112",)),
    (S, "The voucher is generated after the sign-up.", ("RK112", "RK117")),
    (S, "The booking form shall send a confirmation e-mail and update the CRM lead.", ("RK113",)),
    (
        S,
        "The app shall show the balance. The app shall also list the last 10 purchases.",
        ("RK113",),
    ),
    (S, "The form shall check the postcode and the CRM must store the lead.", ("RK113",)),
    (
        S,
        "The weekly lead report shall be generated every Monday and sent to marketing.",
        ("RK112", "RK113"),
    ),
    (
        S,
        "Sign-ups are sent to the CRM and a voucher is generated.",
        ("RK112", "RK112", "RK113", "RK117"),
    ),
    (S, "Add a store locator ASAP.", ("RK114", "RK117")),
    (SUMMARY, "We need the new microsite as soon as possible.", ("RK114",)),
    (STEP, "Fix the booking form immediately", ("RK114",)),
    (MILESTONE, "Urgent launch of the spring page", ("RK114",)),
    (S, "The site shall keep the sign-up list in a MySQL database.", ("RK115",)),
    (S, "The agency shall build the landing page with React.", ("RK115",)),
    (S, "The nightly export shall run as a cron job.", ("RK115",)),
    (S, "(M) The shop shall accept payment by PayPal.", ("RK116",)),
    (S, "3.2.1 The import tool should reject files above 50 MB.", ("RK116", "RK102")),
    (S, "Must have: the newsletter shall carry an unsubscribe link.", ("RK116",)),
    (S, "The app will show the points balance on the start screen.", ("RK117",)),
    (S, "Show a countdown to the launch on the landing page.", ("RK117",)),
    (S, "The CRM sends each new lead to the sales team within 10 minutes.", ("RK117",)),
]


def _id(case: tuple) -> str:
    return f"{case[0]}: {case[1]}"


@pytest.mark.parametrize("case", GOOD, ids=[_id(c) for c in GOOD])
def test_good_prose_draws_no_wording_finding(case):
    kind, text, *extra = case
    assert wording_findings(text, kind, **(extra[0] if extra else {})) == []


@pytest.mark.parametrize("case", BAD, ids=[_id(c) for c in BAD])
def test_bad_prose_draws_exactly_the_expected_findings(case):
    kind, text, expected = case
    found = wording_findings(text, kind)
    assert Counter(code for code, _ in found) == Counter(expected), found


def test_the_corpora_are_large_enough_to_mean_something():
    assert len(GOOD) >= 40 and len(BAD) >= 40
    assert {code for *_, codes in BAD for code in codes} == {rule.code for rule in RULES}


# --- numbers and their units -------------------------------------------------------------

Q, BARE, NAME = Kind.QUANTITY, Kind.BARE, Kind.NAME
NUMBER_CASES = [
    ("A voucher is generated within 5.", [("5", BARE)]),
    ("The site shall support 10000", [("10000", BARE)]),
    ("within 5, the page", [("5", BARE)]),
    ("5 seconds, 3 clicks and 10,000 visitors", [("5", Q), ("3", Q), ("10,000", Q)]),
    ("in 2 to 3 seconds for 8 of 10 test users", [("2", Q), ("3", Q), ("8", Q), ("10", Q)]),
    ("5 or more offers, then 5 or more.", [("5", Q), ("5", BARE)]),
    ("within 5, 10 or 15 minutes", [("5", Q), ("10", Q), ("15", Q)]),
    (
        "REQ-004, GA4, v3, release 1.2.3 and the 5th visit",
        [("REQ-004", NAME), ("GA4", NAME), ("v3", NAME), ("1.2.3", NAME), ("5th", NAME)],
    ),
    (
        "WCAG 2.1, ISO 27001, HTTP 404 and iOS 17",
        [("2.1", NAME), ("27001", NAME), ("404", NAME), ("17", NAME)],
    ),
    (
        "at 10:00 on 2027-03-10, 12/05/2027 and 24/7",
        [("10:00", NAME), ("2027-03-10", NAME), ("12/05/2027", NAME), ("24/7", NAME)],
    ),
    ("live in 2027. It shall support 2027.", [("2027", NAME), ("2027", BARE)]),
    (
        "EUR 500, 500 EUR, €500, $5, 5 % and 5%",
        [("500", Q), ("500", Q), ("€500", Q), ("$5", Q), ("5", Q), ("5%", Q)],
    ),
    (
        "level 2 of phase 1 under Art. 6 from 1 May",
        [("2", NAME), ("1", NAME), ("6", NAME), ("1", NAME)],
    ),
    (
        "from 5 steps to 3, and 3 fields instead of the current 7",
        [("5", Q), ("3", Q), ("3", Q), ("7", Q)],
    ),
    ("from 5 to 3.", [("5", Q), ("3", BARE)]),
    ("on a scale from 1 to 5.", [("1", Q), ("5", NAME)]),
    (
        "412,000 contacts in the CRM and 268,000 in the e-mail tool",
        [("412,000", Q), ("268,000", Q)],
    ),
    ("in phases 1 and 2.", [("1", NAME), ("2", NAME)]),
    (
        "The counter for 2027-03-10 decreases by 1 within 60 seconds.",
        [("2027-03-10", NAME), ("1", Q), ("60", Q)],
    ),
    ("The load time decreases by 2.", [("2", BARE)]),
    ('the "Top 10" list and the `limit=5` setting', []),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_CASES, ids=[c[0] for c in NUMBER_CASES])
def test_numbers_know_their_units(text, expected):
    assert [(n.text, n.kind) for n in numbers(text)] == expected


def test_sentences_do_not_end_at_abbreviations_decimals_or_quotes():
    text = 'Send e.g. the 2.5 MB file under Art. 6 to J. Smith. The page shows "Done. Thanks". Then it closes.'
    assert [text[s:e].strip() for s, e in sentences(text)] == [
        "Send e.g. the 2.5 MB file under Art. 6 to J. Smith.",
        'The page shows "Done. Thanks".',
        "Then it closes.",
    ]


def test_phrase_finder_leaves_words_inside_exceptions_and_reads_typographic_apostrophes():
    finder = PhraseFinder(["quick", "can't"], exceptions=["quick win"])
    text = "A quick win, a quick page; it can’t wait"
    assert [m.text for m in finder.find(text)] == ["quick", "can’t"]


# --- options: the lists are data a project can change ------------------------------------


def rule_findings(code: str, text: str, kind: str = S, **options: Any) -> list[str]:
    """The text flagged by one rule on ``text``, with ``options`` set."""
    rule = next(r for r in RULES if r.code == code)
    data: dict[str, Any] = {
        "initiative": {"id": "MKT-1", "title": "Spring page", "owner": "Dana Fischer"}
    }
    if kind == C:
        data["requirements"] = [
            {
                "id": "R1",
                "statement": "The page shall list talks.",
                "priority": "must",
                "acceptance_criteria": [text],
            }
        ]
    else:
        data["requirements"] = [{"id": "R1", "statement": text, "priority": "must"}]
    context = Context(TODAY, "handoff", rule.Options(**options))
    brief = Brief.model_validate(data)
    where = "statement" if kind == S else 0
    return [
        text[f.span[0] : f.span[1]]
        for f in rule.check(brief, context)
        if f.span and f.path[-1] == where
    ]


def test_word_lists_can_be_extended_narrowed_and_given_exceptions():
    assert rule_findings("RK111", "The page shall be zippy and fast.") == ["fast"]
    assert rule_findings("RK111", "The page shall be zippy and fast.", extend_words=("zippy",)) == [
        "zippy",
        "fast",
    ]
    assert rule_findings("RK111", "The page shall be zippy and fast.", allow=("fast",)) == []
    assert (
        rule_findings("RK111", "The page shall have a fast lane.", exceptions=("fast lane",)) == []
    )


def test_can_in_criteria_follows_the_option():
    text = "A test visitor can download the PDF."
    assert rule_findings("RK102", text, C) == []
    assert rule_findings("RK102", text, C, fine_in_criteria=()) == ["can"]


def test_judgement_lists_are_options_too():
    assert rule_findings("RK110", "The stand shall be in hall 4.") == []
    assert rule_findings("RK110", "The stand shall be in hall 4.", label_words=()) == ["4"]
    assert rule_findings("RK107", "The form shall offer a yes/no choice.") == []
    assert rule_findings("RK107", "The form shall offer a yes/no choice.", fixed_terms=()) == [
        "yes/no"
    ]
    assert rule_findings("RK115", "The agency shall build the page with Qwik.") == []
    assert rule_findings(
        "RK115", "The agency shall build the page with Qwik.", extend_words=("Qwik",)
    ) == ["Qwik"]


def test_options_work_from_a_config_file(tmp_path):
    from reqkit.config import load_config
    from reqkit.ruleset import build_ruleset

    config = tmp_path / ".reqkit.toml"
    config.write_text(
        '[rules.weak-modal]\nfine-in-criteria = []\nextend-words = ["will"]\n', encoding="utf-8"
    )
    active = build_ruleset(load_config(config), select=("weak-modal",))[0]
    assert active.options.fine_in_criteria == ()  # type: ignore[attr-defined]
    assert "will" in active.options.effective()  # type: ignore[attr-defined]


def test_prescribed_technology_is_fine_when_the_brief_names_it_as_a_system():
    rule = next(r for r in RULES if r.code == "RK115")
    data = {
        "initiative": {"id": "MKT-1", "title": "Spring page", "owner": "Dana Fischer"},
        "requirements": [
            {
                "id": "R1",
                "statement": "The post shall appear in WordPress and Azure.",
                "priority": "must",
            }
        ],
        "technical": {"systems": ["WordPress corporate CMS"]},
    }
    found = rule.check(Brief.model_validate(data), Context(TODAY, "handoff", rule.Options()))
    assert [f.message for f in found] == ['Prescribes the implementation: "Azure"']


def test_every_long_list_is_printed_in_the_rule_documentation():
    for rule in RULES:
        for name, default in rule.Options.defaults().items():
            if isinstance(default, tuple) and len(default) > 8:
                assert f'"{default[-1]}"' in rule.documentation(), (
                    f"{rule.name} does not show {name}"
                )

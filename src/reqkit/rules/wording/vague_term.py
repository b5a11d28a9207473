"""RK101 vague-term: subjective and ambiguous words that IT cannot test."""

from __future__ import annotations

from reqkit.rules.base import WORDING
from reqkit.rules.text import CRITERIA, GOALS, METRICS, STATEMENTS
from reqkit.rules.wordlist import wordlist_rule

#: Subjective words (ISO/IEC/IEEE 29148 "subjective language") and ambiguous
#: adjectives and adverbs ("ambiguous adverbs and adjectives"). Words that are
#: also precise terms of the trade ("responsive" design) are left out on purpose.
VAGUE_WORDS = (
    "user-friendly",
    "user friendly",
    "easy to use",
    "easy",
    "easily",
    "intuitive",
    "intuitively",
    "simple",
    "attractive",
    "appealing",
    "beautiful",
    "nice",
    "good-looking",
    "modern",
    "sleek",
    "engaging",
    "compelling",
    "delightful",
    "seamless",
    "seamlessly",
    "smooth",
    "smoothly",
    "cost-effective",
    "efficient",
    "efficiently",
    "flexible",
    "robust",
    "powerful",
    "elegant",
    "professional",
    "high-quality",
    "state-of-the-art",
    "cutting-edge",
    "innovative",
    "significant",
    "significantly",
    "minimal",
    "minimally",
    "adequate",
    "adequately",
    "sufficient",
    "sufficiently",
    "reasonable",
    "reasonably",
    "acceptable",
    "proper",
    "properly",
    "relevant",
    "normally",
    "typically",
    "usually",
    "generally",
    "almost always",
    "often",
    "rarely",
    "frequently",
    "several",
    "various",
    "numerous",
    "many",
    "few",
    "large",
    "huge",
)

VagueTerm = wordlist_rule(
    code="RK101",
    name="vague-term",
    friction="F9",
    levels=WORDING,
    words=VAGUE_WORDS,
    kinds=(STATEMENTS, CRITERIA, GOALS, METRICS),
    module=__name__,
    doc="""
    Flags subjective or ambiguous words such as "user-friendly", "seamless" or "significant".

    IT builds and tests against what a requirement says. "The page shall be
    user-friendly" cannot be tested, so IT either guesses (and marketing is
    disappointed) or sends the brief back (and the deadline slips). Say what
    an observer could check instead: a number with a unit, or a behaviour
    anyone can watch happen.

    Bad: "The sign-up form shall be easy to use."
    Good: "A first-time visitor shall complete the sign-up form in under 90 seconds."
    """,
    message='Vague term "{term}": IT cannot test it',
    hint="Replace it with something observable or measurable: a number with a unit, or a behaviour a tester can check.",
    hints={
        "user-friendly": "Say what a user can do and how fast, e.g. 'a first-time visitor completes sign-up in under 90 seconds without help'.",
        "user friendly": "Say what a user can do and how fast, e.g. 'a first-time visitor completes sign-up in under 90 seconds without help'.",
        "easy to use": "Say what a user can do and how fast, e.g. 'a first-time visitor completes sign-up in under 90 seconds without help'.",
        "intuitive": "Describe the test: e.g. '8 of 10 test users find the booking form without help'.",
        "significant": "Give the number: by how much, compared with what?",
        "significantly": "Give the number: by how much, compared with what?",
        "minimal": "Give the upper limit with its unit.",
        "several": "Give the number.",
        "many": "Give the number.",
        "few": "Give the number.",
        "large": "Give the size with its unit.",
        "huge": "Give the size with its unit.",
        "seamless": "Say what must work without interruption, and how a tester sees it, e.g. 'the basket is kept when the visitor logs in'.",
        "robust": "Name the failure it must survive and what happens then, e.g. 'keeps accepting orders when the CRM is unreachable'.",
    },
)

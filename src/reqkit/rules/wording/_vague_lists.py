"""The vague words and idioms of vague-term (RK101), list by list, each with its source.

Data only: the rule joins the lists into its built-in `words` option, which
a project can extend, narrow or replace. Each list is reqkit's selection,
for briefs that marketing hands to IT, from the kinds of wording a published
guide says to avoid; words that another wording rule owns are left to it
("fast" is a performance wish, RK111; "better" an unreferenced comparative,
RK104; "best" a superlative, RK103; "if possible" a loophole, RK105; "ASAP"
time pressure, RK114).
"""

from __future__ import annotations

#: ISO/IEC/IEEE 29148:2018, §5.2.7 "Requirements language criteria": subjective
#: language and ambiguous adjectives and adverbs, the two kinds of unbounded
#: term it names that belong to no other rule.
ISO_29148 = (
    "user-friendly", "user friendly", "easy to use", "easy", "easily", "cost-effective",
    "cost effective", "significant", "significantly", "minimal", "minimally", "almost always",
)  # fmt: skip

#: INCOSE Guide to Writing Requirements, rule R7 "avoid vague terms" and its
#: appendix of vague words: vague quantities, vague adjectives and vague
#: adverbs (R8 escape clauses and R9 open-ended clauses are RK105 and RK106).
#: Left out: "common", "routine" and "generic", which briefs use as nouns and
#: terms of the trade far more often than as vague adjectives.
INCOSE_R7 = (
    "some", "several", "many", "a lot of", "a few", "few", "almost", "nearly", "very nearly",
    "close to", "approximately", "approximate", "roughly", "ancillary", "relevant", "flexible", "expandable", "typical", "typically", "sufficient",
    "sufficiently", "adequate", "adequately", "appropriate", "appropriately", "efficient",
    "efficiently", "effective", "effectively", "proficient", "reasonable", "reasonably",
    "customary", "usually", "normally", "generally", "robust",
)  # fmt: skip

#: Berry, Kamsties and Krieger, "From Contract Drafting to Software
#: Specification: Linguistic Sources of Ambiguity" (2003): vague quantifiers,
#: vague frequencies and words of degree whose bounds the reader must guess.
AMBIGUITY_HANDBOOK = (
    "various", "numerous", "a number of", "a large number of", "a great deal of",
    "a wide range of", "a wide variety of", "a variety of", "plenty of", "lots of",
    "a couple of", "a handful of", "the majority of", "a majority of", "most of the time",
    "often", "frequently", "rarely", "seldom", "occasionally", "sometimes", "regularly",
    "periodically", "from time to time", "large", "huge", "quite", "fairly", "rather",
    "relatively", "reasonably well", "more or less", "to some extent", "to a large extent",
    "to a reasonable extent", "virtually",
)  # fmt: skip

#: Plain-language style guides (the US Federal Plain Language Guidelines and the
#: GOV.UK style guide's words to avoid): words that sound like a promise and
#: say nothing a tester can check.
PLAIN_LANGUAGE = (
    "intuitive", "intuitively", "simple", "attractive", "appealing", "beautiful", "nice",
    "good-looking", "modern", "sleek", "engaging", "compelling", "delightful", "seamless",
    "seamlessly", "smooth", "smoothly", "powerful", "elegant", "professional", "high-quality",
    "high quality", "good quality", "state-of-the-art", "cutting-edge", "innovative",
    "streamlined", "holistic", "overarching", "user-centric", "customer-centric", "clear",
    "clearly", "suitable", "suitably", "proper", "properly", "acceptable", "satisfactory",
    "convenient", "conveniently", "comfortable", "pleasant", "friendly",
)  # fmt: skip

#: Idioms of time, quality and quantity, after the same sources: a phrase that
#: promises a degree without giving it.
IDIOMS = (
    "as soon as practicable", "as soon as reasonably practicable", "in a timely manner",
    "in a timely fashion", "in a timely way", "timely", "promptly", "in due course",
    "in due time", "in the near future", "at some point", "shortly", "eventually",
    "within a reasonable time", "in a reasonable time", "at regular intervals",
    "in an adequate manner", "in an appropriate manner", "in a reasonable manner",
    "in a satisfactory manner", "in a proper manner", "in an efficient manner",
    "to a high standard", "to a high degree", "of high quality", "up to standard",
)  # fmt: skip

#: Longer phrases with a listed word that belong to another rule or are fine:
#: the matcher takes them whole, so the word inside is not reported.
EXCEPTIONS = (
    # loopholes (RK105)
    "where relevant", "if relevant", "when relevant", "as relevant", "where appropriate",
    "as appropriate", "if appropriate", "when appropriate", "where reasonable",
    # time pressure (RK114) and open-ended terms (RK106)
    "as soon as possible", "as a minimum", "at a minimum",
    # fixed terms of the trade
    "clear text", "simple mail transfer protocol", "large language model",
    "large language models", "effective date", "effective dates", "effective from",
    "effective on", "effective as of", "rather than", "nearly new", "some day",
)  # fmt: skip

VAGUE_WORDS = tuple(
    dict.fromkeys((*ISO_29148, *INCOSE_R7, *AMBIGUITY_HANDBOOK, *PLAIN_LANGUAGE, *IDIOMS))
)
"""Every list above, in order, each word once."""

"""Wording rules (RK1xx): what makes a requirement untestable or ambiguous.

Each rule owns its words, so one problem gets one finding: "if possible" is
a loophole (RK105), not also vague; "best-in-class" a superlative (RK103);
"fast" a performance wish (RK111); "faster" an unreferenced comparative
(RK104); "as quickly as possible" time pressure (RK114); "may not" in a
statement a negative statement (RK108), not also a weak modal.
"""

from __future__ import annotations

from reqkit.rules.base import Rule
from reqkit.rules.wording.and_or_slash import AndOrSlash
from reqkit.rules.wording.compound_requirement import CompoundRequirement
from reqkit.rules.wording.loophole import Loophole
from reqkit.rules.wording.negative_statement import NegativeStatement
from reqkit.rules.wording.no_binding_verb import NoBindingVerb
from reqkit.rules.wording.number_without_unit import NumberWithoutUnit
from reqkit.rules.wording.open_ended import OpenEnded
from reqkit.rules.wording.passive_without_actor import PassiveWithoutActor
from reqkit.rules.wording.performance_without_number import PerformanceWithoutNumber
from reqkit.rules.wording.prescribed_implementation import PrescribedImplementation
from reqkit.rules.wording.priority_in_statement import PriorityInStatement
from reqkit.rules.wording.superlative import Superlative
from reqkit.rules.wording.time_pressure_word import TimePressureWord
from reqkit.rules.wording.unreferenced_comparative import UnreferencedComparative
from reqkit.rules.wording.vague_pronoun import VaguePronoun
from reqkit.rules.wording.vague_term import VagueTerm
from reqkit.rules.wording.weak_modal import WeakModal

RULES: tuple[Rule, ...] = (
    VagueTerm(),
    WeakModal(),
    Superlative(),
    UnreferencedComparative(),
    Loophole(),
    OpenEnded(),
    AndOrSlash(),
    NegativeStatement(),
    VaguePronoun(),
    NumberWithoutUnit(),
    PerformanceWithoutNumber(),
    PassiveWithoutActor(),
    CompoundRequirement(),
    TimePressureWord(),
    PrescribedImplementation(),
    PriorityInStatement(),
    NoBindingVerb(),
)

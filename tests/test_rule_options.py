"""Rule options: defaults read as declared, values from a configuration checked."""

from __future__ import annotations

import pytest
from pydantic import Field, ValidationError, field_validator

from reqkit.docs import field_doc
from reqkit.rules import ALL_RULES
from reqkit.rules.options import RuleOptions


class Base(RuleOptions):
    words: tuple[str, ...] = ("fast", "easy")
    """Words to flag."""


class Example(Base):
    share: float = Field(default=0.5, ge=0, le=1)
    """A share between 0 and 1."""

    sides: tuple[str, ...] = ("it",)
    """Who signs."""

    @field_validator("sides")
    @classmethod
    def _known(cls, sides: tuple[str, ...]) -> tuple[str, ...]:
        for side in sides:
            if side not in ("it", "marketing"):
                raise ValueError(f'"{side}" is not a side')
        return sides


def test_defaults_are_the_declared_values_base_classes_first():
    assert Example.defaults() == {"words": ("fast", "easy"), "share": 0.5, "sides": ("it",)}
    options = Example()
    assert (options.words, options.share, options.sides) == (("fast", "easy"), 0.5, ("it",))


def test_values_are_checked_and_coerced_as_configuration_gives_them():
    options = Example(words=["quick"], share=0.25)
    assert options.words == ("quick",)
    assert options.share == 0.25
    assert options.sides == ("it",)


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        ({"wordz": ["quick"]}, "extra_forbidden"),
        ({"share": 2}, "less_than_equal"),
        ({"share": "a lot"}, "float_parsing"),
        ({"sides": ["legal"]}, "value_error"),
        ({"words": "fast"}, "tuple_type"),
    ],
)
def test_bad_values_are_refused_with_pydantic_errors(values, kind):
    with pytest.raises(ValidationError) as caught:
        Example(**values)
    assert caught.value.errors()[0]["type"] == kind


def test_options_are_read_only_values():
    options = Example(share=0.25)
    with pytest.raises(AttributeError):
        options.share = 0.75  # type: ignore[misc]
    assert options == Example(share=0.25) != Example()
    assert hash(options) == hash(Example(share=0.25))
    assert repr(Example()) == "Example(words=('fast', 'easy'), share=0.5, sides=('it',))"


def test_docstrings_document_each_option_including_inherited_ones():
    assert field_doc(Example, "share") == "A share between 0 and 1."
    assert field_doc(Example, "words") == "Words to flag."


def test_every_rules_defaults_pass_its_own_checks():
    """A default that its own constraints would refuse is a bug in the rule."""
    for rule in ALL_RULES:
        defaults = rule.Options.defaults()
        if defaults:
            assert rule.Options(**defaults) == rule.Options(), rule.name

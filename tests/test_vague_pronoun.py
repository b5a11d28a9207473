"""RK109 counts what a pronoun could stand for: nothing and several are flagged, one is not."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from reqkit.cli import app
from reqkit.rules.wording._antecedents import candidates, noun_phrases
from reqkit.rules.wording._grammar import words

runner = CliRunner()


def pronoun_findings(tmp_path, statement: str) -> list[dict]:
    path = tmp_path / "brief.yaml"
    path.write_text(
        "initiative:\n  id: MKT-1\n  title: Spring campaign\n  owner: Dana Fischer\n"
        f"requirements:\n  - id: R1\n    statement: {json.dumps(statement)}\n    priority: must\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["lint", str(path), "--format", "json", "--select", "RK109", "--isolated"]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]


@pytest.mark.parametrize(
    ("statement", "pronoun"),
    [
        ("The CRM shall update the contact in the e-mail platform when its data changes.", "its"),
        ("If the payment service calls the fraud service, it shall log the result.", "it"),
        ("The members shall receive the voucher and the card, and it shall be valid.", "it"),
        ("The campaign team shall send the agency their feedback within 2 days.", "their"),
    ],
)
def test_a_pronoun_with_several_antecedents_is_flagged_and_says_so(tmp_path, statement, pronoun):
    (finding,) = pronoun_findings(tmp_path, statement)
    assert f'"{pronoun}" could stand for more than one thing' in finding["message"]
    assert statement[finding["column"] - len('    statement: "') - 1 :].startswith(pronoun)


@pytest.mark.parametrize(
    "statement",
    [
        "It is essential that every e-mail carries an unsubscribe link.",
        "It must be possible to restore a deleted campaign within 30 days.",
        "It shall take a new visitor no more than 3 clicks to reach the booking form.",
        "It shall not be possible to place an order without accepting the terms.",
        "It is the responsibility of the vendor to host the campaign site.",
        "The app shall show members which offers they can redeem today.",
        "The CRM shall merge two contacts when their e-mail addresses are identical.",
        "The survey tool shall show respondents the results once they have answered.",
        "The shop shall calculate the shipping costs and display them in the cart.",
        "The Modern Classics collection shall get its own landing page.",
        "As a visitor, I want to save products to a wish list so that I can buy them later.",
        "The shop shall store invoices for 10 years. German tax law requires this.",
    ],
)
def test_a_pronoun_with_one_antecedent_or_none_needed_is_not_flagged(tmp_path, statement):
    assert pronoun_findings(tmp_path, statement) == []


def test_a_pronoun_with_nothing_to_refer_to_says_so(tmp_path):
    (finding,) = pronoun_findings(tmp_path, "The landing page shall change when they launch.")
    assert "nothing to refer to" in finding["message"]


def test_people_can_be_they_but_not_it():
    text = "When a member signs in, the app shall greet"
    phrases = noun_phrases(text, words(text))
    assert candidates("it", phrases, as_object=False) == 1  # the app
    assert candidates("they", phrases, as_object=False) == 1  # the member


def test_an_object_pronoun_does_not_stand_for_its_clause_subject():
    text = "The app shall store the digital card so that the till can scan"
    phrases = noun_phrases(text, words(text))
    assert candidates("it", phrases, as_object=True) == 1
    assert candidates("it", phrases, as_object=False) == 3

"""Money is read exactly, in the forms people write it, or refused at its line and column."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL, load, only, where
from reqkit.cli import app

NBSP, NNBSP = "\u00a0", "\u202f"


def total_of(value: str, locale: str | None = None) -> tuple[Decimal, str]:
    head = MINIMAL.replace(
        "  owner: Dana Fischer\n", f"  owner: Dana Fischer\n  locale: {locale}\n"
    )
    loaded = load((head if locale else MINIMAL) + f"budget:\n  total: {value}\n")
    assert loaded.diagnostics == [], loaded.diagnostics
    money = loaded.brief.budget.total
    return money.amount, money.currency


ACCEPTED = [
    ("15000 EUR", "15000", "EUR"),
    ("15,000 EUR", "15000", "EUR"),
    ("15 000 EUR", "15000", "EUR"),
    (f'"15{NBSP}000 EUR"', "15000", "EUR"),
    (f'"15{NNBSP}000 EUR"', "15000", "EUR"),
    ("15.000 EUR", "15000", "EUR"),  # EUR has two decimals: the point groups thousands
    ("1.500 EUR", "1500", "EUR"),
    ("15.000,50 EUR", "15000.50", "EUR"),
    ("1.234.567,89 EUR", "1234567.89", "EUR"),
    ("15,5 EUR", "15.5", "EUR"),
    ("100,00 EUR", "100.00", "EUR"),
    ("15'000 CHF", "15000", "CHF"),
    ("CHF 15’000.50", "15000.50", "CHF"),
    ("€15,000", "15000", "EUR"),
    ("€ 15.000,50", "15000.50", "EUR"),
    ("15 000 €", "15000", "EUR"),
    ("USD 12,345.67", "12345.67", "USD"),
    ("$12,345.67", "12345.67", "USD"),
    ("US$ 500", "500", "USD"),
    ("£2m", "2000000", "GBP"),
    ("1.5k EUR", "1500", "EUR"),
    ("2M EUR", "2000000", "EUR"),
    ("EUR 2.5 Mio", "2500000", "EUR"),
    ("0.10 EUR", "0.10", "EUR"),
    ("0.125 EUR", "0.125", "EUR"),  # a leading zero is never a group
    ("1500.000 EUR", "1500.000", "EUR"),  # four digits before a mark: it is the decimal one
    ("1,500 JPY", "1500", "JPY"),
    ("48_000.50 EUR", "48000.50", "EUR"),
    ("15,- €", "15", "EUR"),  # a whole amount, the German way
    ("15.000,-- EUR", "15000", "EUR"),
    ("1,23,456.78 INR", "123456.78", "INR"),  # lakhs and crores
    ("¥500", "500", "JPY"),
    ("999,999,999,999,999 EUR", "999999999999999", "EUR"),
    ("{amount: 15000.50, currency: EUR}", "15000.50", "EUR"),  # a YAML float, read from its text
    ("{amount: 1.500, currency: EUR}", "1500", "EUR"),
    ("{amount: 0.1, currency: EUR}", "0.1", "EUR"),
    ("{amount: '15.000,50', currency: EUR}", "15000.50", "EUR"),
    ("{amount: 48000, currency: EUR}", "48000", "EUR"),
    ("{amount: 015000, currency: EUR}", "15000", "EUR"),  # not YAML 1.1's octal 6656
    ("{amount: 1_500, currency: EUR}", "1500", "EUR"),
]


@pytest.mark.parametrize(("written", "amount", "currency"), ACCEPTED)
def test_accepted_forms_read_exactly(written, amount, currency):
    read, code = total_of(written)
    assert (read, code) == (Decimal(amount), currency)
    assert isinstance(read, Decimal)
    assert str(read) == amount or read.normalize() == Decimal(amount).normalize()


REFUSED = [
    ("1.500 KWD", ["1,500.000 KWD", "1.5 KWD"], "locale"),  # KWD has three decimals
    ("1,500 BHD", ["1,500.000 BHD", "1.5 BHD"], "locale"),
    ("1.500k EUR", ["1,500,000 EUR", "1,500 EUR"], "locale"),
    ("15000", ["no currency"], "15000 EUR"),
    ("15000.50", ['"15000.50" has no currency'], "15000.50 EUR"),  # a YAML float, as written
    ("48000 eur", ["not a currency code"], "48000 EUR"),
    ("-500 EUR", ["negative"], "positive"),
    ("1,2345 EUR,", ["not understood"], "48000 EUR"),
    ("1,23,456 EUR", ["unevenly"], "123456"),
    ("15,50,- €", ["decimals and a"], "15,- €"),
    ("1.234,567.89 EUR", ["both to group thousands and as decimal mark"], "48000 EUR"),
    ("1 000'000 EUR", ["mixes"], "48000 EUR"),
    ("1.000.000,5,5 EUR", ["both to group"], "48000 EUR"),
    ("EUR 15 USD", ["two currencies"], "one currency"),
    ("0.1234567 EUR", ["more than 6 decimals"], "six decimals"),
    ('"' + "1" + "0" * 400 + ' EUR"', ["too large", "401 digits"], "999,999,999,999,999"),
    ("1000000000000000 EUR", ["too large", "16 digits"], "999,999,999,999,999"),
    ("{amount: 1.500, currency: KWD}", ["1,500.000 KWD", "1.5 KWD"], "locale"),
]


@pytest.mark.parametrize(("written", "words", "hint"), REFUSED)
def test_refused_forms_are_errors_at_the_value(written, words, hint):
    problem = only(load(MINIMAL + f"budget:\n  total: {written}\n"), "RK013")
    long_form = written.startswith("{")
    assert where(problem) == ((10, 19) if long_form else (10, 10))
    for word in words:
        assert word in problem.message
    assert hint in problem.hint


def test_an_ambiguous_amount_names_both_readings_and_how_to_write_it():
    problem = only(load(MINIMAL + "budget:\n  total: 1.500 KWD\n"), "RK013")
    assert problem.message == (
        '"total" cannot be read as money: "1.500 KWD" can be read two ways: 1,500.000 KWD if "." '
        "separates thousands, or 1.5 KWD if it is the decimal mark (no locale is set)"
    )
    assert 'Write "1500 KWD" or "1.5 KWD"' in problem.hint
    assert "initiative" in problem.hint


@pytest.mark.parametrize(
    ("written", "locale", "amount"),
    [
        ("1.500 KWD", "de_DE", "1500"),
        ("1.500 KWD", "en_US", "1.500"),
        ("1.500 KWD", "de-DE", "1500"),  # as browsers write it
        ("1,500 KWD", "en_GB", "1500"),
        ("1,500 KWD", "fr_FR", "1.500"),
        ("1.500k EUR", "en_US", "1500"),
        ("1.500k EUR", "de_DE", "1500000"),
        ("15.000 EUR", "en_US", "15000"),  # the minor unit decides before the locale
    ],
)
def test_the_locale_settles_what_structure_and_currency_leave_open(written, locale, amount):
    assert total_of(written, locale)[0] == Decimal(amount)


@pytest.mark.parametrize(
    ("written", "locale", "currency"),
    [
        ("$500", "en_CA", "CAD"),
        ("$500", "en_AU", "AUD"),
        ("$500", "en_US", "USD"),
        ("$500", "de_DE", "USD"),
        ("¥500", "zh_CN", "CNY"),
        ("¥500", "ja_JP", "JPY"),
    ],
)
def test_a_shared_sign_is_the_locales_own_currency(written, locale, currency):
    assert total_of(written, locale) == (Decimal(500), currency)


def test_a_locale_with_neither_mark_still_refuses():
    head = MINIMAL.replace("  owner: Dana Fischer\n", "  owner: Dana Fischer\n  locale: de_CH\n")
    problem = only(load(head + "budget:\n  total: 1,500 KWD\n"), "RK013")
    assert "de_CH locale uses neither" in problem.message


def test_an_unknown_locale_is_an_error_at_its_value():
    head = MINIMAL.replace("  owner: Dana Fischer\n", "  owner: Dana Fischer\n  locale: xx_QQ\n")
    problem = only(load(head), "RK013")
    assert where(problem) == (5, 11)
    assert '"xx_QQ" is not a locale' in problem.message
    assert "de_DE" in problem.hint


def test_negative_amounts_only_where_the_field_allows_them():
    brief = MINIMAL + (
        "changes:\n  - date: 2027-01-12\n    summary: Dropped the video\n"
        "    impact:\n      cost: -2.000 EUR\n"
    )
    loaded = load(brief)
    assert loaded.diagnostics == []
    assert loaded.brief.changes[0].impact.cost.amount == Decimal(-2000)
    problem = only(load(MINIMAL + "budget:\n  contingency: −2.000 EUR\n"), "RK013")
    assert "negative" in problem.message


def test_lint_reports_the_ambiguous_amount_at_line_and_column(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL + "budget:\n  lines:\n    - item: Hosting\n      amount: 2,500 OMR\n")
    result = CliRunner().invoke(app, ["lint", "--format", "json", str(brief)])
    assert result.exit_code == 1
    found = json.loads(result.stdout)["diagnostics"]
    problem = next(d for d in found if d["code"] == "RK013")
    assert (problem["line"], problem["column"]) == (12, 15)
    assert problem["path"] == "budget.lines[0].amount"
    assert "2,500.000 OMR" in problem["message"] and "2.5 OMR" in problem["message"]


def test_the_config_locale_reads_briefs_that_set_none(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL + "budget:\n  total: 1.500 KWD\n")
    runner = CliRunner()
    before = runner.invoke(app, ["lint", "--format", "json", str(brief)])
    assert "RK013" in before.stdout
    (tmp_path / ".reqkit.toml").write_text('locale = "de_DE"\n')
    after = runner.invoke(app, ["lint", "--format", "json", str(brief)])
    assert "RK013" not in after.stdout


def test_an_unknown_config_locale_is_a_usage_error(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL)
    (tmp_path / ".reqkit.toml").write_text('locale = "klingon"\n')
    result = CliRunner().invoke(app, ["lint", str(brief)])
    assert result.exit_code == 2
    assert 'locale "klingon" is not a locale reqkit knows' in result.stderr


@pytest.mark.parametrize(
    ("written", "said"),
    [("true", "the yes/no value yes"), ("[5 EUR]", "a list"), ("2027-01-01", "a date")],
)
def test_a_value_that_is_no_amount_says_what_it_is(written, said):
    problem = only(load(MINIMAL + f"budget:\n  total: {written}\n"), "RK013")
    assert problem.message == f'"total" cannot be read as money: it is {said}'
    assert "48000 EUR" in problem.hint


def test_a_missing_currency_in_the_long_form_is_reported_once():
    loaded = load(MINIMAL + "budget:\n  total: {amount: 5}\n")
    assert [(d.code, d.message) for d in loaded.diagnostics] == [
        ("RK011", '"currency" is missing from "budget.total"')
    ]


def test_the_scaffold_explains_the_locale(tmp_path):
    path = tmp_path / "brief.yaml"
    args = ["new", str(path), "--no-input", "--title", "Show", "--owner", "Dana Fischer"]
    result = CliRunner().invoke(app, [*args, "--it-contact", "Sam Okafor"])
    assert result.exit_code == 0, result.output
    text = path.read_text()
    assert "  # locale: en_US\n" in text
    assert 'is "1.500" one and a half or fifteen hundred?' in " ".join(
        line.strip(" #") for line in text.splitlines()
    )

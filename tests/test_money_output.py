"""Amounts add up exactly and are shown the way the brief's locale writes them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL, load
from reqkit.cli import app
from reqkit.money import format_money
from test_schedule_rules import lint_text, project_config

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "shown"),
    [
        ("48000", "EUR", None, "48,000 EUR"),
        ("48000.00", "EUR", None, "48,000 EUR"),
        ("15000.5", "EUR", None, "15,000.50 EUR"),
        ("0.125", "EUR", None, "0.125 EUR"),  # every digit kept, nothing rounded away
        ("-2000", "EUR", None, "-2,000 EUR"),
        ("1.5", "KWD", None, "1.5 KWD"),  # "1.500 KWD" would read two ways
        ("1.234", "KWD", None, "1.2340 KWD"),
        ("823669", "KWD", None, "823,669.000 KWD"),  # KWD has three decimals
        ("854.257", "CHF", None, "854.2570 CHF"),  # "854.257 CHF" reads as 854,257
        ("1500000", "CHF", "de_CH", f"CHF{NBSP}1'500'000"),
        ("-2000", "CHF", "de_CH", "CHF-2'000"),
        ("1234567.5", "INR", "en_IN", "₹12,34,567.50"),
        ("-5", "EUR", "sv_SE", f"\u22125{NBSP}€"),
        ("1500", "JPY", None, "1,500 JPY"),
        ("999999999999999.999999", "EUR", None, "999,999,999,999,999.999999 EUR"),
        ("15000.5", "EUR", "de_DE", f"15.000,50{NBSP}€"),
        ("48000", "EUR", "de_DE", f"48.000{NBSP}€"),
        ("-2000", "EUR", "de_DE", f"-2.000{NBSP}€"),
        ("15000.5", "EUR", "en_US", "€15,000.50"),
        ("15000.5", "EUR", "fr_FR", f"15{NNBSP}000,50{NBSP}€"),
        ("15000", "CHF", "de_CH", f"CHF{NBSP}15'000"),
        ("15000.5", "EUR", "xx_QQ", "15,000.50 EUR"),  # an unknown locale: the plain way
    ],
)
def test_amounts_are_shown_per_locale_or_the_plain_way(amount, currency, locale, shown):
    assert format_money(Decimal(amount), currency, locale) == shown


ROUND_TRIP_LOCALES = (None, "de_DE", "en_US", "fr_FR", "de_CH", "en_IN", "en_CA", "ja_JP")
ROUND_TRIP_LOCALES += ("zh_CN", "nl_NL", "pt_BR", "sv_SE", "pl_PL", "he_IL", "ar_EG")
ROUND_TRIP_AMOUNTS = ("0", "0.01", "0.5", "1.234", "854.257", "999.999", "1000", "1500.5")
ROUND_TRIP_AMOUNTS += ("-2000", "823669", "1234567.891", "999999999999999.999999")


@pytest.mark.parametrize("locale", ROUND_TRIP_LOCALES)
@pytest.mark.parametrize("currency", ["EUR", "USD", "CHF", "JPY", "KWD", "INR", "CNY", "CAD"])
def test_what_reqkit_writes_it_reads_back_as_the_same_amount(locale, currency):
    from reqkit.money import read_money

    for written in ROUND_TRIP_AMOUNTS:
        amount = Decimal(written)
        shown = format_money(amount, currency, locale)
        assert read_money(shown, locale=locale, signed=True) == (amount, currency), shown


BUDGET = """\
budget:
  total: {total}
  lines:
{lines}"""


def budget_brief(total: str, *amounts: str, locale: str | None = None) -> str:
    lines = "".join(f"    - item: Item {i}\n      amount: {a}\n" for i, a in enumerate(amounts))
    head = MINIMAL
    if locale:
        head = MINIMAL.replace(
            "  owner: Dana Fischer\n", f"  owner: Dana Fischer\n  locale: {locale}\n"
        )
    return head + BUDGET.format(total=total, lines=lines)


def exact_config(tmp_path):
    return project_config(tmp_path, "[rules.budget-does-not-add-up]\ntolerance-percent = 0\n")


def test_sums_are_exact_with_no_tolerance(tmp_path):
    config = exact_config(tmp_path)
    check = "budget-does-not-add-up"
    assert lint_text(budget_brief("0.30 EUR", "0.10 EUR", "0.20 EUR"), check, config) == []
    assert lint_text(budget_brief("1 EUR", *["0.10 EUR"] * 10), check, config) == []
    assert (
        lint_text(budget_brief("0.3 EUR", "{amount: 0.1, currency: EUR}", "0.2 EUR"), check, config)
        == []
    )
    (finding,) = lint_text(budget_brief("0.31 EUR", "0.10 EUR", "0.20 EUR"), check, config)
    assert finding.message == (
        "The budget lines add up to 0.30 EUR, but the total says 0.31 EUR: "
        "0.01 EUR is not accounted for"
    )


def test_a_tenth_of_a_cent_is_a_difference(tmp_path):
    config = exact_config(tmp_path)
    brief = budget_brief("0.301 EUR", "0.10 EUR", "0.20 EUR")
    (finding,) = lint_text(brief, "budget-does-not-add-up", config)
    assert "0.001 EUR is not accounted for" in finding.message


def test_lint_messages_show_amounts_in_the_brief_locale(tmp_path):
    brief = budget_brief("15.000,50 EUR", "10.000 EUR", "5.000 EUR", locale="de_DE")
    (finding,) = lint_text(brief, "budget-does-not-add-up", exact_config(tmp_path))
    assert finding.message == (
        f"The budget lines add up to 15.000{NBSP}€, but the total says 15.000,50{NBSP}€: "
        f"0,50{NBSP}€ is not accounted for"
    )


def test_render_shows_amounts_in_the_brief_locale(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(budget_brief("15.000,50 EUR", "10.000 EUR", "5.000,50 EUR", locale="de_DE"))
    result = CliRunner().invoke(app, ["render", "--format", "md", str(path)])
    assert result.exit_code == 0, result.output
    # Markdown folds the no-break space the locale puts before the sign into a space.
    assert "| Item 1 | 5.000,50 € |" in result.stdout
    assert "**15.000,50 €**" in result.stdout
    plain = tmp_path / "plain.yaml"
    plain.write_text(budget_brief("15.000,50 EUR", "10.000 EUR", "5.000,50 EUR"))
    result = CliRunner().invoke(app, ["render", "--format", "md", str(plain)])
    assert "| Item 1 | 5,000.50 EUR |" in result.stdout


def test_fingerprints_do_not_depend_on_how_an_amount_is_written():
    from reqkit.baseline import fingerprints

    one = load(budget_brief("48000 EUR", "48000 EUR")).brief
    other = load(budget_brief("48.000,00 EUR", "EUR 48,000")).brief
    changed = load(budget_brief("48000.01 EUR", "48000 EUR")).brief
    assert fingerprints(one).budget == fingerprints(other).budget
    assert fingerprints(one).budget != fingerprints(changed).budget


def diff_json(tmp_path, old: str, new: str) -> dict:
    (tmp_path / "old.yaml").write_text(old)
    (tmp_path / "new.yaml").write_text(new)
    paths = [str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")]
    result = CliRunner().invoke(app, ["diff", "--format", "json", *paths])
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def test_diff_json_carries_amounts_exactly(tmp_path):
    old = budget_brief("15000.10 EUR", "15000.10 EUR")
    new = budget_brief("15000.30 EUR", "15000.10 EUR")
    (change,) = diff_json(tmp_path, old, new)["changes"]
    assert change["old"] == {"amount": "15000.10", "currency": "EUR"}
    assert change["new"] == {"amount": "15000.30", "currency": "EUR"}
    assert change["message"] == "Budget total: 15,000.10 EUR → 15,000.30 EUR (+0 %)"
    assert isinstance(change["percent"], float)


def test_diff_of_a_runaway_amount_is_an_error_not_infinity(tmp_path):
    (tmp_path / "old.yaml").write_text(budget_brief("1 EUR", "1 EUR"))
    (tmp_path / "new.yaml").write_text(budget_brief('"1' + "0" * 400 + ' EUR"', "1 EUR"))
    paths = [str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")]
    for form in ("json", "md", "text"):
        result = CliRunner().invoke(app, ["diff", "--format", form, *paths])
        assert result.exit_code == 2
        assert "Infinity" not in result.output and "NaN" not in result.output
        assert "too large to be an amount" in result.output


def test_diff_shows_amounts_in_the_brief_locale(tmp_path):
    old = budget_brief("1.000 EUR", "1.000 EUR", locale="de_DE")
    new = budget_brief("1.250,50 EUR", "1.000 EUR", locale="de_DE")
    (change,) = diff_json(tmp_path, old, new)["changes"]
    assert change["message"] == f"Budget total: 1.000{NBSP}€ → 1.250,50{NBSP}€ (+25 %)"
    assert change["new"] == {"amount": "1250.50", "currency": "EUR"}


def _executable() -> list[str]:
    found = shutil.which("reqkit", path=os.path.dirname(sys.executable))
    return [found] if found else [sys.executable, "-m", "reqkit"]


def test_installed_reqkit_reads_and_refuses_money(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(budget_brief("€15,000", "15 000 EUR"))
    bad = tmp_path / "bad.yaml"
    bad.write_text(budget_brief("1.500 KWD", "1.500 KWD"))
    done = subprocess.run(
        [*_executable(), "lint", "--select", "RK401", str(good), str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert f"{bad}:10:10: error RK013" in done.stdout
    assert f"{good}:" not in done.stdout  # €15,000 and 15 000 EUR are the same amount
    assert "1,500.000 KWD" in done.stdout and "1.5 KWD" in done.stdout


def test_approve_reads_amounts_with_the_config_locale(tmp_path):
    people = "stakeholders:\n  - name: Dana Fischer\n    side: marketing\n"
    path = tmp_path / "brief.yaml"
    path.write_text(MINIMAL + people + "budget:\n  total: 2.500 OMR\n", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(app, ["approve", str(path), "--by", "Dana Fischer"])
    assert refused.exit_code == 1
    assert "2,500.000 OMR" in refused.stdout and "2.5 OMR" in refused.stdout
    (tmp_path / ".reqkit.toml").write_text('locale = "en_US"\n', encoding="utf-8")
    signed = runner.invoke(app, ["approve", str(path), "--by", "Dana Fischer"])
    assert signed.exit_code == 0, signed.output
    assert "2.500 OMR" in path.read_text(encoding="utf-8")  # the brief's own text is kept


def test_diff_reads_amounts_with_the_config_locale(tmp_path):
    (tmp_path / ".reqkit.toml").write_text('locale = "de_DE"\n', encoding="utf-8")
    old = budget_brief("1.500 KWD", "1.500 KWD")
    new = budget_brief("1.750 KWD", "1.500 KWD")
    (change,) = diff_json(tmp_path, old, new)["changes"]
    assert change["old"] == {"amount": "1500", "currency": "KWD"}
    assert change["new"] == {"amount": "1750", "currency": "KWD"}
    assert change["message"] == f"Budget total: 1.500{NBSP}KWD → 1.750{NBSP}KWD (+17 %)"


def test_diff_shows_a_changed_cost_in_the_change_log_as_money(tmp_path):
    log = (
        "changes:\n  - date: 2027-01-12\n    summary: Video dropped\n    impact:\n      cost: {}\n"
    )
    old = MINIMAL + log.format("500 EUR")
    new = MINIMAL + log.format("-1.250,50 EUR")
    (change,) = diff_json(tmp_path, old, new)["changes"]
    assert change["message"].endswith("impact › cost: “500 EUR” → “-1,250.50 EUR”")


def test_a_computed_minimum_is_rounded_up_to_the_cent(tmp_path):
    config = project_config(tmp_path, "[rules.no-contingency]\nmin-share-percent = 5.5\n")
    brief = MINIMAL + "budget:\n  total: 33333.33 EUR\n  contingency: 1000 EUR\n"
    (finding,) = lint_text(brief, "no-contingency", config)
    assert "the minimum is 5.5 % (1,833.34 EUR)" in finding.message

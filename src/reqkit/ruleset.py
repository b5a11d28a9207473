"""Which rules run, how severe they are and with what options, for one configuration.

Built once per configuration file and checked completely before any brief is
read: a typo in a rule name or an option fails the run with exit status 2
and names what is valid, rather than silently checking less.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from reqkit.config import Config, did_you_mean, kebab, snake
from reqkit.diagnostics import Severity
from reqkit.errors import UsageError
from reqkit.rules import ALL_RULES, BY_NAME, find_rule, matching_rules
from reqkit.rules.base import Rule, RuleOptions

OFF = "off"

#: Project-wide settings that are also the default of a rule option of the same name,
#: so that one setting (e.g. who must sign) serves the whole project.
SHARED_SETTINGS = ("required-approvers",)


@dataclass(frozen=True)
class ActiveRule:
    """A rule as configured: its options, and a severity that overrides its levels."""

    rule: Rule
    options: RuleOptions
    severity: Severity | None = None


def build_ruleset(
    config: Config,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> tuple[ActiveRule, ...]:
    """The active rules for ``config``, with command-line ``select``/``ignore`` applied."""
    where = config.describe_source()
    if select is not None:
        wanted = _expand(select, "--select")
    else:
        wanted = _expand(config.select, where) if config.select is not None else list(ALL_RULES)
    skipped = {rule.code for rule in [*_expand(config.ignore, where), *_expand(ignore, "--ignore")]}
    for entry in config.per_file_ignores:  # checked here, applied per brief by the linter
        _expand(entry.rules, f'{where} (per-file-ignores "{entry.pattern}")')
    settings = _rule_settings(config, where)
    active = []
    for rule in wanted:
        if rule.code in skipped:
            continue
        shared = _shared(rule, config)
        severity, options = settings.get(rule.code) or (None, _options(rule, shared, where))
        if severity == OFF:
            continue
        active.append(ActiveRule(rule, options, severity))  # type: ignore[arg-type]
    return tuple(active)


def _expand(selectors: Iterable[str], where: str) -> list[Rule]:
    found: dict[str, Rule] = {}
    for selector in selectors:
        rules = matching_rules(selector)
        if not rules:
            raise UsageError(
                f'unknown rule "{selector}" ({_origin(where)})',
                did_you_mean(selector.lower(), BY_NAME)
                + "Use a code (RK101), a name (vague-term) or a code prefix (RK1); "
                "`reqkit rules` lists them all.",
            )
        found.update((rule.code, rule) for rule in rules)
    return sorted(found.values(), key=lambda rule: rule.code)


def _origin(where: str) -> str:
    return f"given to {where}" if where.startswith("--") else f"in {where}"


def _rule_settings(config: Config, where: str) -> dict[str, tuple[Any, RuleOptions]]:
    settings: dict[str, tuple[Any, RuleOptions]] = {}
    for selector, table in config.rules.items():
        rule = find_rule(selector)
        if rule is None:
            _expand([selector], where)  # raises with a suggestion
            continue
        values = {snake(key): value for key, value in table.items()}
        severity = _severity(values.pop("severity", None), rule, where)
        settings[rule.code] = (severity, _options(rule, {**_shared(rule, config), **values}, where))
    return settings


def _shared(rule: Rule, config: Config) -> dict[str, Any]:
    """Project-wide settings that the rule takes as defaults for its own options.

    Only settings that differ from the option's own default are passed on, so
    that a project that sets nothing does not pay for validating options.
    """
    defaults = rule.Options.defaults()
    shared = {}
    for name in map(snake, SHARED_SETTINGS):
        if name in defaults and getattr(config, name) != defaults[name]:
            shared[name] = getattr(config, name)
    return shared


def _severity(value: Any, rule: Rule, where: str) -> Severity | str | None:
    if value is None:
        return None
    if value == OFF:
        return OFF
    try:
        return Severity.parse(str(value))
    except ValueError:
        raise UsageError(
            f'rule {rule.name}: severity "{value}" is not valid (in {where})',
            'Use "error", "warning", "info" or "off".',
        ) from None


def _options(rule: Rule, values: dict[str, Any], where: str) -> RuleOptions:
    if not values:
        return rule.Options()  # the defaults need no checking
    valid = [kebab(name) for name in rule.Options.defaults()]
    try:
        return rule.Options(**values)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        option = kebab(str(first["loc"][0])) if first["loc"] else "?"
        listing = ", ".join(["severity", *valid])
        if first["type"] == "extra_forbidden":
            raise UsageError(
                f'rule {rule.name}: unknown option "{option}" (in {where})',
                did_you_mean(option, valid) + f"Options of {rule.name}: {listing}.",
            ) from None
        raise UsageError(
            f"rule {rule.name}: option {option}: {first['msg']} (in {where})",
            f"Options of {rule.name}: {listing}; `reqkit rules {rule.name}` explains them.",
        ) from None

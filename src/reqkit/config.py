"""Project settings: packaged defaults < the closest config file < command-line flags.

A config file is ``.reqkit.toml``, ``reqkit.toml`` or the ``[tool.reqkit]``
table of ``pyproject.toml``; the closest one found walking up from a brief
wins. Keys are written kebab-case as in other Python tools (``fail-on``,
``min-lead-days``). Anything unknown is an error that names what is valid,
because a silently ignored setting is worse than none.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reqkit.errors import UsageError
from reqkit.suggest import did_you_mean

CONFIG_NAMES = (".reqkit.toml", "reqkit.toml", "pyproject.toml")

#: Top-level settings and what they hold; per-rule settings live under ``rules``.
SETTINGS: dict[str, str] = {
    "paths": "briefs and folders `reqkit lint` checks when given none (default: briefs/, else .)",
    "select": "rules to run, by code, name or code prefix (default: all)",
    "ignore": "rules to skip, by code, name or code prefix",
    "fail-on": "least severe finding that makes the exit status 1: error, warning or info",
    "include": "glob patterns of briefs to check when a folder is given",
    "exclude": "glob patterns of files and folders to skip when a folder is given",
    "template-dir": "a folder of templates that override the built-in ones (render)",
    "required-approvers": "sides that must sign before a brief is approved (approve, missing-signoff)",
    "per-file-ignores": "rules to skip in some briefs: a table of glob pattern = [rules]",
    "docs-url": "where the rule documentation lives; SARIF links each rule to it (#rk101)",
    "locale": "how amounts are read where they are ambiguous and how they are shown, e.g. de_DE, for briefs that set no initiative.locale",
    "rules": "per-rule settings: [rules.NAME] with severity and the rule's options",
    "export": "per-format settings of reqkit export: [export.FORMAT], e.g. [export.jira]",
}

DEFAULT_INCLUDE = ("*.yaml", "*.yml")


@dataclass(frozen=True)
class FileIgnore:
    """One entry of ``per-file-ignores``: rules (as written) skipped in matching briefs."""

    pattern: str
    rules: tuple[str, ...]

    def matches(self, file: str, root: Path) -> bool:
        """Whether ``file`` matches, as a path relative to ``root`` or by its name alone."""
        path = Path(file)
        try:
            relative = path.resolve().relative_to(root.resolve()).as_posix()
        except (OSError, ValueError):
            relative = path.as_posix()
        pattern = self.pattern.rstrip("/")
        return fnmatch.fnmatchcase(relative, pattern) or (
            "/" not in pattern and fnmatch.fnmatchcase(path.name, pattern)
        )


@dataclass(frozen=True)
class Config:
    """Settings as read from one file (or the defaults when there is none)."""

    source: Path | None = None
    paths: tuple[str, ...] | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    template_dir: Path | None = None
    required_approvers: tuple[str, ...] = ("marketing", "it")
    docs_url: str | None = None
    per_file_ignores: tuple[FileIgnore, ...] = ()
    locale: str | None = None
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    export: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Settings of ``reqkit export`` per format, as checked by :mod:`reqkit.export.settings`."""

    @property
    def root(self) -> Path:
        """The folder the config file lives in; relative paths in it start here."""
        return self.source.parent if self.source else Path.cwd()

    def describe_source(self) -> str:
        return str(self.source) if self.source else "the defaults"

    def file_ignores_for(self, file: str) -> tuple[FileIgnore, ...]:
        """The ``per-file-ignores`` entries whose pattern matches ``file``."""
        return tuple(entry for entry in self.per_file_ignores if entry.matches(file, self.root))


def find_config_file(start: Path) -> Path | None:
    """The closest config file at or above ``start`` (a file or a folder)."""
    folder = start if start.is_dir() else start.parent
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_reqkit_table(path)):
                return path
    return None


def _has_reqkit_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "[tool.reqkit" in text


def load_config(path: Path | None) -> Config:
    """Read and check one config file; ``None`` gives the defaults."""
    if path is None:
        return Config()
    if sys.version_info >= (3, 11):  # imported here: most runs have no config file
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"config file {path} does not exist", "Check the --config path.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read config file {path}: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise UsageError(
            f"{path}: not valid TOML: {error}",
            'Check quotes and brackets; TOML strings need "double quotes".',
        ) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("reqkit", {})
    return _from_table(data, path)


def _from_table(data: dict[str, Any], path: Path) -> Config:
    unknown = [key for key in data if key not in SETTINGS]
    if unknown:
        raise UsageError(
            f'{path}: unknown setting "{unknown[0]}"',
            did_you_mean(unknown[0], SETTINGS) + "Valid settings: " + ", ".join(SETTINGS) + ".",
        )
    rules = data.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise UsageError(
            f"{path}: [rules] must hold one table per rule",
            'Write e.g. [rules.vague-term] with severity = "error" below it.',
        )
    template_dir = data.get("template-dir")
    return Config(
        source=path,
        paths=_strings(data, "paths", path) if "paths" in data else None,
        select=_strings(data, "select", path) if "select" in data else None,
        ignore=_strings(data, "ignore", path),
        fail_on=_severity(data, "fail-on", path),
        include=_strings(data, "include", path) or DEFAULT_INCLUDE,
        exclude=_strings(data, "exclude", path),
        template_dir=(path.parent / template_dir) if isinstance(template_dir, str) else None,
        required_approvers=_strings(data, "required-approvers", path) or ("marketing", "it"),
        docs_url=_url(data, "docs-url", path),
        per_file_ignores=_file_ignores(data, path),
        locale=_locale(data, path),
        rules={str(name): dict(table) for name, table in rules.items()},
        export=_export(data, path),
    )


def _export(data: dict[str, Any], path: Path) -> dict[str, dict[str, Any]]:
    """The ``[export]`` tables, checked by the export package only when a file has them."""
    if "export" not in data:
        return {}
    from reqkit.export.settings import check_export_table

    return check_export_table(data["export"], path)


def _locale(data: dict[str, Any], path: Path) -> str | None:
    """The ``locale`` setting, checked against the CLDR data (loaded only when it is set)."""
    value = _string(data, "locale", path)
    if value is None:
        return None
    from reqkit.money.locales import is_known, normal_name

    if not is_known(value):
        raise UsageError(
            f'{path}: locale "{value}" is not a locale reqkit knows',
            'Write a language and a region as in the Unicode CLDR, e.g. locale = "de_DE".',
        )
    return normal_name(value)


def default_paths(config: Config, cwd: Path) -> tuple[str, ...]:
    """What ``reqkit lint`` checks when named no path, as ruff and markdownlint do.

    The config's ``paths`` (relative to the config file's folder), else the
    ``briefs`` folder there, else the current folder. Paths are shown
    relative to ``cwd`` where they can be, as if typed there.
    """
    root = config.root
    if config.paths:
        named = [root / name for name in config.paths]
        for path in named:
            if not path.exists():
                raise UsageError(
                    f"{config.source}: paths names {path}, which does not exist",
                    "Correct the paths setting, or name the briefs to check on the command line.",
                )
        return tuple(_shown(path, cwd) for path in named)
    if (root / "briefs").is_dir():
        return (_shown(root / "briefs", cwd),)
    return (".",)


def _shown(path: Path, cwd: Path) -> str:
    import os

    try:
        relative = os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return str(path)
    return relative if not relative.startswith("..") else str(path)


def _strings(data: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{path}: {key} must be a list of strings", f'Write e.g. {key} = ["RK1"].')
    return tuple(value)


def _string(data: dict[str, Any], key: str, path: Path) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise UsageError(f"{path}: {key} must be a string", f'Write e.g. {key} = "warning".')
    return value


def _file_ignores(data: dict[str, Any], path: Path) -> tuple[FileIgnore, ...]:
    table = data.get("per-file-ignores", {})
    example = 'Write e.g. [per-file-ignores] with "archive/*.yaml" = ["RK1"] below it.'
    if not isinstance(table, dict):
        raise UsageError(f"{path}: per-file-ignores must be a table", example)
    entries = []
    for pattern, rules in table.items():
        if isinstance(rules, str):
            rules = [rules]
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            raise UsageError(f'{path}: per-file-ignores "{pattern}" must list rules', example)
        entries.append(FileIgnore(str(pattern), tuple(rules)))
    return tuple(entries)


def _severity(data: dict[str, Any], key: str, path: Path) -> str | None:
    value = _string(data, key, path)
    if value is not None and value.strip().lower() not in ("error", "warning", "info"):
        raise UsageError(
            f'{path}: {key} "{value}" is not a severity', 'Use "error", "warning" or "info".'
        )
    return value


def _url(data: dict[str, Any], key: str, path: Path) -> str | None:
    value = _string(data, key, path)
    if value is not None and not value.startswith(("https://", "http://")):
        raise UsageError(
            f'{path}: {key} "{value}" is not a web address',
            f'Write the full address, e.g. {key} = "https://git.example.com/tools/reqkit#readme".',
        )
    return value


def snake(key: str) -> str:
    """A kebab-case config key as the snake_case name used in code."""
    return key.replace("-", "_")


def kebab(key: str) -> str:
    """A snake_case option name as users write it in a config file."""
    return key.replace("_", "-")

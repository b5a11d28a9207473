"""The jinja2 environments: where templates are found and what they may do.

Templates are looked up in the user's folders first, then in the built-in
ones; ``builtin/NAME`` always reaches the built-in template, so a user's
``brief.html.j2`` can extend the one it replaces and change a single block.
Templates are read only from regular files inside those folders (see
:mod:`reqkit.render.loader`). Every template runs sandboxed and strict: an unknown name is an error that
points at the template and line, never an empty string in the output.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from reqkit.errors import UsageError
from reqkit.render import filters
from reqkit.render.loader import ConfinedLoader, TemplateOutsideFolder
from reqkit.render.markdown import md_finalize
from reqkit.resources import builtin_templates

BUILTIN_PREFIX = "builtin"


class TemplateProblem(UsageError):
    """A template that cannot be loaded or rendered: a typo, a missing name, a syntax error."""


@dataclass(frozen=True)
class Templates:
    """The two environments sharing one search path: HTML (autoescaped) and Markdown."""

    html: SandboxedEnvironment
    markdown: SandboxedEnvironment
    search_path: tuple[Path, ...]

    def render(self, name: str, **context: Any) -> str:
        """Render ``name`` from the environment its extension calls for."""
        environment = self.markdown if ".md" in name else self.html
        try:
            return environment.get_template(name).render(**context)
        except TemplateOutsideFolder:
            raise
        except jinja2.TemplateSyntaxError as error:
            where = _where(error.filename or error.name, error.lineno)
            raise TemplateProblem(f"{where}: {error.message}", _HINT) from None
        except jinja2.TemplateNotFound as error:
            raise TemplateProblem(
                f"template {error.name} not found in {', '.join(map(str, self.search_path))}",
                "Check the name in the template's extends or include line.",
            ) from None
        except Exception as error:  # anything a template can raise while rendering
            filename, line = _template_frame(error.__traceback__)
            where = _where(filename, line) if filename else f"template {name}"
            raise TemplateProblem(f"{where}: {_describe(error)}", _HINT) from None

    def source(self, name: str) -> str:
        """A file from the template folders as it is, not rendered (an inline script)."""
        loader = self.html.loader
        assert loader is not None
        try:
            return loader.get_source(self.html, name)[0]
        except jinja2.TemplateNotFound:
            raise TemplateProblem(
                f"template {name} not found in {', '.join(map(str, self.search_path))}",
                "Restore the file, or remove your copy of it from the template folder.",
            ) from None


_HINT = (
    "Fix the template; names available to templates are `view`, `brief` and `mark` "
    "(see the README section on templates)."
)


def _where(filename: str | None, line: int | None) -> str:
    return f"template {filename}, line {line}" if line else f"template {filename}"


def _describe(error: Exception) -> str:
    if isinstance(error, jinja2.UndefinedError):
        return error.message or "an undefined name is used"
    return f"{type(error).__name__}: {error}"


def _template_frame(traceback: Any) -> tuple[str | None, int | None]:
    """The innermost frame that runs template code.

    jinja2 rewrites those frames to carry the template's file name and line.
    """
    found: tuple[str | None, int | None] = (None, None)
    while traceback is not None:
        frame_globals = traceback.tb_frame.f_globals
        if "__jinja_exception__" in frame_globals:
            found = (traceback.tb_frame.f_code.co_filename, traceback.tb_lineno)
        elif "__jinja_template__" in frame_globals:
            template = frame_globals["__jinja_template__"]
            found = (template.filename, template.get_corresponding_lineno(traceback.tb_lineno))
        traceback = traceback.tb_next
    return found


def make_templates(user_dirs: Sequence[Path] = ()) -> Templates:
    """Environments that search ``user_dirs`` first, then the built-in templates."""
    for folder in user_dirs:
        if not folder.is_dir():
            raise UsageError(
                f"template folder {folder} does not exist",
                "Check --template-dir or the template-dir setting in the config file.",
            )
    builtin = builtin_templates() / "render"
    loader = jinja2.ChoiceLoader(
        [
            jinja2.PrefixLoader({BUILTIN_PREFIX: ConfinedLoader([builtin])}),
            ConfinedLoader(user_dirs),
            ConfinedLoader([builtin]),
        ]
    )
    return Templates(
        html=_environment(
            loader, autoescape=True, finalize=filters.none_as_empty, extra=filters.HTML
        ),
        markdown=_environment(
            loader, autoescape=False, finalize=md_finalize, extra=filters.MARKDOWN
        ),
        search_path=(*user_dirs, builtin),
    )


def _environment(
    loader: jinja2.BaseLoader,
    *,
    autoescape: bool,
    finalize: Callable[[Any], Any],
    extra: dict[str, Callable[..., Any]],
) -> SandboxedEnvironment:
    environment = SandboxedEnvironment(
        loader=loader,
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    environment.filters.update(filters.COMMON)
    environment.filters.update(extra)
    environment.globals.update(filters.GLOBALS)
    return environment

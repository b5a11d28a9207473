"""Template overrides, strictness and the sandbox; review notes from the linter."""

from __future__ import annotations

import io

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app
from reqkit.diagnostics import Diagnostic, Severity
from reqkit.render.command import RenderRequest, run_render

runner = CliRunner()

FOOTER = """{% extends "builtin/brief.html.j2" %}
{% block footer %}
<footer class="doc-footer">Acme Corp · confidential · {{ brief.initiative.id }}</footer>
{% endblock %}
"""


def run(*args):
    return runner.invoke(app, list(map(str, args)), env={"NO_COLOR": "1"})


@pytest.fixture
def brief(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


def test_an_override_extends_the_builtin_template_and_replaces_one_block(brief, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "brief.html.j2").write_text(FOOTER, encoding="utf-8")
    result = run("render", brief, "-f", "html", "--template-dir", folder)
    assert result.exit_code == 0, result.output
    assert "Acme Corp · confidential · MKT-1</footer>" in result.stdout
    assert "Rendered by reqkit" not in result.stdout
    assert '<section id="requirements"' in result.stdout, "the rest of the built-in page is kept"


def test_config_file_names_the_template_folder(brief, tmp_path):
    folder = tmp_path / "house-style"
    folder.mkdir()
    (folder / "brief.html.j2").write_text(FOOTER, encoding="utf-8")
    (tmp_path / ".reqkit.toml").write_text('template-dir = "house-style"\n', encoding="utf-8")
    result = run("render", brief, "-f", "html")
    assert result.exit_code == 0, result.output
    assert "Acme Corp" in result.stdout
    isolated = run("render", brief, "-f", "html", "--isolated")
    assert "Acme Corp" not in isolated.stdout


def test_a_single_section_can_be_replaced_by_its_file(brief, tmp_path):
    folder = tmp_path / "templates"
    (folder / "md").mkdir(parents=True)
    (folder / "md" / "requirements.md.j2").write_text(
        "{% for r in brief.requirements %}* {{ r.id }}: {{ r.statement }}\n{% endfor %}",
        encoding="utf-8",
    )
    result = run("render", brief, "--template-dir", folder)
    assert result.exit_code == 0, result.output
    assert "* REQ-1: The page shall show the event date." in result.stdout


def _templates(tmp_path, markdown: str):
    """A template folder whose brief.md.j2 holds ``markdown``."""
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "brief.md.j2").write_text(markdown, encoding="utf-8")
    return folder


def test_a_typo_in_a_template_names_the_template_and_line(brief, tmp_path):
    folder = _templates(
        tmp_path, "# {{ brief.initiative.title }}\n\n{{ brief.initiative.titel }}\n"
    )
    result = run("render", brief, "--template-dir", folder)
    assert result.exit_code == 2
    assert f"template {folder / 'brief.md.j2'}, line 3" in result.stderr
    assert "titel" in result.stderr
    assert "Traceback" not in result.output


def test_a_syntax_error_names_the_template_and_line(brief, tmp_path):
    result = run("render", brief, "--template-dir", _templates(tmp_path, "line one\n{% if %}\n"))
    assert result.exit_code == 2
    assert "brief.md.j2, line 2" in result.stderr


def test_templates_run_in_a_sandbox(brief, tmp_path):
    result = run(
        "render", brief, "--template-dir", _templates(tmp_path, "{{ brief.__class__.__mro__ }}\n")
    )
    assert result.exit_code == 2
    assert "__class__" in result.stderr or "unsafe" in result.stderr


def test_a_missing_template_folder_is_a_usage_error(brief, tmp_path):
    result = run("render", brief, "--template-dir", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def _stub_findings(loaded, location):
    return [
        Diagnostic(
            file=loaded.file,
            line=7,
            column=5,
            code="RK999",
            name="stub-rule",
            severity=Severity.WARNING,
            message="A <b>stub</b> finding | with a pipe",
            path="requirements[0].statement",
            hint="Write it better.",
        )
    ]


def _render(request: RenderRequest) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run_render(request, out, err, lint=_stub_findings)
    return status, out.getvalue(), err.getvalue()


def test_with_lint_adds_review_notes_linked_to_the_requirement(brief):
    status, html, _ = _render(RenderRequest((str(brief),), output_format="html", with_lint=True))
    assert status == 0
    assert '<section id="review"' in html
    assert '<a href="#req-REQ-1">REQ-1</a>' in html
    assert "A &lt;b&gt;stub&lt;/b&gt; finding | with a pipe" in html
    status, markdown, _ = _render(RenderRequest((str(brief),), with_lint=True))
    assert "| warning | RK999 stub-rule | [REQ-1](#req-REQ-1) (line 7) |" in markdown


def test_without_lint_there_are_no_review_notes(brief):
    _, html, _ = _render(RenderRequest((str(brief),), output_format="html"))
    assert 'id="review"' not in html


def test_index_counts_findings(brief, tmp_path):
    second = tmp_path / "second.yaml"
    second.write_text(MINIMAL.replace("MKT-1", "MKT-2"), encoding="utf-8")
    out = tmp_path / "out"
    status, _, _ = _render(RenderRequest((str(brief), str(second)), output=out))
    assert status == 0
    index = (out / "index.md").read_text(encoding="utf-8")
    assert index.count("| 1 warning |") == 2
    assert "[Spring campaign page](brief.md) (MKT-1)" in index


def test_with_lint_uses_the_real_linter(brief):
    out, err = io.StringIO(), io.StringIO()
    status = run_render(
        RenderRequest((str(brief),), with_lint=True, today=None, isolated=True), out, err
    )
    assert status == 0
    assert '<a id="review"></a>Review notes' in out.getvalue()


def _include_template(tmp_path, target_name: str):
    folder = tmp_path / "house-style"
    folder.mkdir()
    (folder / "brief.md.j2").write_text(
        '{% extends "builtin/brief.md.j2" %}\n'
        '{% block header %}{% include "' + target_name + '" %}{% endblock %}\n',
        encoding="utf-8",
    )
    return folder


def test_a_template_link_out_of_the_folder_is_refused(tmp_path, brief):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("TOP-SECRET-CONTENT\n", encoding="utf-8")
    folder = _include_template(tmp_path, "part.md.j2")
    (folder / "part.md.j2").symlink_to(secret)
    result = run("render", brief, "--template-dir", folder)
    assert result.exit_code == 2
    assert "TOP-SECRET-CONTENT" not in result.output
    assert "outside the template folder" in result.stderr
    assert "Traceback" not in result.output


def test_a_link_to_a_file_inside_the_folder_is_followed(tmp_path, brief):
    folder = _include_template(tmp_path, "part.md.j2")
    (folder / "shared").mkdir()
    (folder / "shared" / "part.md.j2").write_text("HOUSE-HEADER\n", encoding="utf-8")
    (folder / "part.md.j2").symlink_to(folder / "shared" / "part.md.j2")
    result = run("render", brief, "--template-dir", folder)
    assert result.exit_code == 0, result.output
    assert "HOUSE-HEADER" in result.stdout


def test_a_template_folder_linked_out_as_a_whole_is_refused(tmp_path, brief):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "part.md.j2").write_text("TOP-SECRET-CONTENT\n", encoding="utf-8")
    folder = _include_template(tmp_path, "parts/part.md.j2")
    (folder / "parts").symlink_to(outside, target_is_directory=True)
    result = run("render", brief, "--template-dir", folder)
    assert result.exit_code == 2 and "TOP-SECRET-CONTENT" not in result.output


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_as_a_template_is_refused_not_waited_on(tmp_path, brief):
    import os

    folder = _include_template(tmp_path, "part.md.j2")
    os.mkfifo(folder / "part.md.j2")
    result = run("render", brief, "--template-dir", folder)
    assert result.exit_code == 2
    assert "not a regular file" in result.stderr

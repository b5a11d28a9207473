"""The executable's start-up shortcuts change how long it takes, never what it does."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import EXAMPLES


def python(code: str, **environment: str) -> subprocess.CompletedProcess[str]:
    settings = {
        key: value for key, value in os.environ.items() if key != "PYDANTIC_DISABLE_PLUGINS"
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**settings, **environment},
    )


LINT = f"""
import sys
sys.argv = ["reqkit", "lint", "--quiet", {str(EXAMPLES / "crm-migration.yaml")!r}]
from reqkit.cli import main
main()
"""

IMPORTED = """
import os, sys
os._exit = lambda status: (print(sorted(sys.modules), file=sys.stderr), sys.exit(status))
"""


def test_a_lint_run_does_not_look_for_pydantic_plugins():
    done = python(IMPORTED + LINT)
    assert done.returncode == 0, done.stderr
    assert "All clear" in done.stdout
    assert "'importlib.metadata'" not in done.stderr


def test_plugins_set_by_the_user_are_looked_up():
    done = python(IMPORTED + LINT, PYDANTIC_DISABLE_PLUGINS="some-plugin")
    assert done.returncode == 0, done.stderr
    assert "'importlib.metadata'" in done.stderr


def test_the_stand_in_hands_other_names_to_the_real_loader():
    done = python(
        """
from reqkit.startup import skip_pydantic_plugin_lookup
skip_pydantic_plugin_lookup()
from pydantic import BaseModel
class Point(BaseModel):
    x: int
assert Point(x=1).x == 1
from pydantic.plugin._loader import PYDANTIC_ENTRY_POINT_GROUP, get_plugins
assert list(get_plugins()) == []
print(PYDANTIC_ENTRY_POINT_GROUP)
""",
        PYDANTIC_DISABLE_PLUGINS="__all__",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "pydantic"


def test_locale_data_is_loaded_only_for_a_brief_that_sets_a_locale(tmp_path):
    # The example brief has money but no locale: Babel stays out of the run.
    done = python(IMPORTED + LINT)
    assert done.returncode == 0, done.stderr
    assert "'babel'" not in done.stderr
    localised = tmp_path / "brief.yaml"
    text = (EXAMPLES / "crm-migration.yaml").read_text(encoding="utf-8")
    localised.write_text(text.replace("initiative:\n", "initiative:\n  locale: de_DE\n", 1))
    done = python(
        IMPORTED + LINT.replace(repr(str(EXAMPLES / "crm-migration.yaml")), repr(str(localised)))
    )
    assert done.returncode == 0, done.stderr
    assert "'babel'" in done.stderr


def test_a_lint_run_imports_no_export_code():
    done = python(IMPORTED + LINT)
    assert done.returncode == 0, done.stderr
    assert "'reqkit.export'" not in done.stderr
    assert "'icalendar'" not in done.stderr


def test_an_export_imports_only_the_library_of_its_format():
    done = python(
        IMPORTED
        + LINT.replace('"lint", "--quiet"', '"export", "--format", "csv"').replace(
            "from reqkit.cli", "sys.stdout = open(__import__('os').devnull, 'w')\nfrom reqkit.cli"
        )
    )
    assert done.returncode == 0, done.stderr
    assert "'reqkit.export.csv_format'" in done.stderr
    for heavy in ("'icalendar'", "'reqkit.export.reqif_format'", "'openpyxl'", "'lxml'"):
        assert heavy not in done.stderr


def test_a_lint_run_leaves_the_rendering_code_alone():
    done = python(IMPORTED + LINT)
    assert done.returncode == 0, done.stderr
    assert "'reqkit.linter'" in done.stderr  # the list of modules was printed
    for module in (
        "jinja2",
        "reqkit.render.chart_text",
        "reqkit.render.timeline_axis",
        "reqkit.render.timeline_chart",
        "reqkit.render.timeline_legend",
        "reqkit.render.documents",
    ):
        assert f"'{module}'" not in done.stderr, module


def test_a_clean_lint_run_imports_neither_the_fixers_nor_the_file_watcher():
    done = python(IMPORTED + LINT)
    assert done.returncode == 0, done.stderr
    for module in ("'watchfiles'", "'reqkit.fixes.planner'", "'reqkit.watch'"):
        assert module not in done.stderr, module


def test_a_lint_run_leaves_the_language_server_unloaded():
    done = python(IMPORTED + LINT)
    assert done.returncode == 0, done.stderr
    for module in ("'pygls'", "'lsprotocol'", "'reqkit.lsp'"):
        assert module not in done.stderr


def test_a_lint_run_leaves_the_spreadsheet_libraries_alone():
    done = python(IMPORTED + LINT)
    assert done.returncode == 0, done.stderr
    for module in ("'openpyxl'", "'xlsxwriter'", "'reqkit.importing'", "'reqkit.export.xlsx_book'"):
        assert module not in done.stderr, module


def test_the_import_command_loads_openpyxl_but_not_the_workbook_writer(tmp_path):
    sheet = tmp_path / "a.csv"
    sheet.write_text("ID,Statement,Priority\nR1,Text.,must\n", encoding="utf-8")
    run = f"""
import sys
sys.argv = ["reqkit", "import", {str(sheet)!r}, "-o", {str(tmp_path / "a.yaml")!r}]
from reqkit.cli import main
main()
"""
    done = python(IMPORTED + run)
    assert done.returncode == 0, done.stderr
    assert "'xlsxwriter'" not in done.stderr
    assert "'openpyxl'" not in done.stderr  # a CSV file needs no workbook reader


def test_word_and_browser_code_stay_out_of_a_lint_run():
    done = python(IMPORTED + LINT)
    assert done.returncode == 0, done.stderr
    for module in ("'docx'", "'lxml'", "'reqkit.render.docx'", "'reqkit.render.browser'"):
        assert module not in done.stderr, f"{module} is imported by reqkit lint"


def test_an_html_render_does_not_load_the_word_writer(tmp_path):
    render = LINT.replace(
        '"lint", "--quiet"', '"render", "-f", "html", "-o", ' + repr(str(tmp_path / "x.html"))
    )
    done = python(IMPORTED + render)
    assert done.returncode == 0, done.stderr
    assert "'jinja2'" in done.stderr, "the document was rendered"
    assert "'docx'" not in done.stderr and "'lxml'" not in done.stderr

"""Two briefs with the same initiative id: lint reports both, render says so everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from reqkit.cli import app

runner = CliRunner()

BRIEF = """\
initiative:
  id: {id}{comment}
  title: {title}
  owner: Dana Fischer
requirements:
  - id: REQ-001
    statement: The page shall show the date of the spring event.
    priority: must
"""


def _write(folder: Path, name: str, initiative_id: str, comment: str = "") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        BRIEF.format(id=initiative_id, comment=comment, title=name.title()), encoding="utf-8"
    )
    return path


def _clashes(*args: str) -> list[dict]:
    result = runner.invoke(app, ["lint", *args, "--format", "json", "--isolated"])
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "RK614"]


def test_linting_a_folder_reports_each_brief_naming_the_other(tmp_path):
    first = _write(tmp_path, "briefs/spring.yaml", "MKT-7")
    second = _write(tmp_path, "briefs/old/spring-copy.yaml", "MKT-7")
    _write(tmp_path, "briefs/summer.yaml", "MKT-8")
    found = {Path(d["file"]).name: d for d in _clashes(str(tmp_path / "briefs"))}
    assert set(found) == {"spring.yaml", "spring-copy.yaml"}
    assert str(second) in found["spring.yaml"]["message"]
    assert str(first) in found["spring-copy.yaml"]["message"]
    clash = found["spring.yaml"]
    assert (clash["line"], clash["column"], clash["path"]) == (2, 7, "initiative.id")
    assert clash["severity"] == "error" and '"MKT-7"' in clash["message"]


def test_several_files_are_compared_and_three_are_counted(tmp_path):
    paths = [str(_write(tmp_path, f"b{n}.yaml", "MKT-7")) for n in range(3)]
    found = _clashes(*paths)
    assert len(found) == 3
    assert all(d["message"].startswith("2 other briefs give") for d in found)


def test_one_brief_alone_and_distinct_ids_are_clean(tmp_path):
    assert _clashes(str(_write(tmp_path, "a.yaml", "MKT-7"))) == []
    _write(tmp_path, "b.yaml", "MKT-8")
    assert _clashes(str(tmp_path)) == []


def test_an_ignore_comment_or_ignore_option_silences_it(tmp_path):
    _write(tmp_path, "a.yaml", "MKT-7", "  # reqkit: ignore[duplicate-initiative-id]")
    _write(tmp_path, "b.yaml", "MKT-7")
    found = _clashes(str(tmp_path))
    assert [Path(d["file"]).name for d in found] == ["b.yaml"]
    assert "a.yaml" in found[0]["message"]
    assert _clashes(str(tmp_path), "--ignore", "RK614") == []


def test_the_exit_status_fails_on_the_clash(tmp_path):
    _write(tmp_path, "a.yaml", "MKT-7")
    _write(tmp_path, "b.yaml", "MKT-7")
    result = runner.invoke(app, ["lint", str(tmp_path), "--isolated", "--select", "RK614"])
    assert result.exit_code == 1
    assert "RK614" in result.output and "b.yaml" in result.output


def test_render_into_a_folder_reports_the_clash_and_picks_neither(tmp_path):
    _write(tmp_path, "briefs/a.yaml", "MKT-7")
    _write(tmp_path, "briefs/b.yaml", "MKT-7")
    site = tmp_path / "site"
    result = runner.invoke(
        app, ["render", str(tmp_path / "briefs"), "-o", str(site), "-f", "html", "--isolated"]
    )
    assert result.exit_code == 0, result.output
    assert "RK614" in result.stderr and result.stderr.count("same initiative id") == 2
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count("same initiative id &#34;MKT-7&#34;") == 2
    assert 'href="a.html"' in index and 'href="b.html"' in index
    for name, other in (("a", "b.yaml"), ("b", "a.yaml")):
        document = (site / f"{name}.html").read_text(encoding="utf-8")
        assert 'data-rule="RK614"' in document and other in document


def test_render_markdown_index_names_the_clash(tmp_path):
    _write(tmp_path, "a.yaml", "MKT-7")
    _write(tmp_path, "b.yaml", "MKT-7")
    site = tmp_path / "site"
    result = runner.invoke(app, ["render", str(tmp_path), "-o", str(site), "--isolated"])
    assert result.exit_code == 0, result.output
    index = (site / "index.md").read_text(encoding="utf-8")
    assert index.count('⚠ Another brief gives the same initiative id "MKT-7"') == 2


def test_the_installed_command_reports_the_clash(tmp_path):
    _write(tmp_path, "a.yaml", "MKT-7")
    _write(tmp_path, "b.yaml", "MKT-7")
    reqkit = Path(sys.executable).parent / "reqkit"
    run = subprocess.run(
        [str(reqkit), "lint", ".", "--isolated", "--select", "duplicate-initiative-id"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1, run.stderr
    assert "a.yaml:2:7: error RK614" in run.stdout and "b.yaml:2:7: error RK614" in run.stdout


def test_one_file_named_twice_is_no_clash(tmp_path):
    path = _write(tmp_path, "a.yaml", "MKT-7")
    (tmp_path / "link.yaml").symlink_to(path)
    assert _clashes(str(path), str(tmp_path / "link.yaml")) == []
    assert _clashes(str(path), str(tmp_path.parent / tmp_path.name / "a.yaml")) == []


def test_the_other_files_are_named_in_the_order_given(tmp_path):
    paths = [str(_write(tmp_path, f"{name}.yaml", "MKT-7")) for name in ("c", "a", "b")]
    first = next(d for d in _clashes(*paths) if d["file"] == paths[1])
    assert first["message"].endswith(f"{paths[0]}, {paths[2]}")

"""Broken or hostile YAML becomes diagnostics with a line and column, never a crash."""

from __future__ import annotations

import pytest

from conftest import MINIMAL, codes, load, only, where
from reqkit.source import MAX_DEPTH, parse_yaml


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("initiative:\n  title: Launch: phase 2\n", 2, 16, "colon"),
        ("initiative:\n\tid: X\n", 2, 1, "tab"),
        ("initiative:\n  title: 'Spring\n", 2, 10, "never closed"),
        ("initiative:\n  title: @home\n", 2, 10, "'@'"),
        ("initiative:\n  id: X\n title: Y\n", 3, 2, "lined up"),
        ("requirements: [a, b\n", 2, 1, "not closed"),
        ("initiative:\n  title: x\x01\n", 2, 11, "control character"),
        ("initiative:\n  id: *nope\n", 2, 7, "not defined"),
        ('initiative:\n  title: "a \\q"\n', 2, 13, "backslash"),
    ],
)
def test_syntax_errors_are_explained_at_their_position(text, line, column, words):
    loaded = load(text)
    problem = only(loaded, "RK001")
    assert where(problem) == (line, column)
    assert words in problem.message
    assert problem.hint
    assert loaded.brief is None


def test_empty_file():
    problem = only(load(""), "RK003")
    assert problem.message == "The file is empty"
    assert where(problem) == (1, 1)


def test_comment_only_file_counts_as_empty():
    assert only(load("# nothing yet\n"), "RK003").message == "The file is empty"


@pytest.mark.parametrize(
    ("text", "kind"), [("- a\n- b\n", "a list"), ("just words\n", "a single value")]
)
def test_document_that_is_not_a_mapping(text, kind):
    assert kind in only(load(text), "RK003").message


def test_several_documents():
    problem = only(load(MINIMAL + "---\n" + MINIMAL), "RK003")
    assert "more than one YAML document" in problem.message
    assert problem.line == MINIMAL.count("\n") + 1


def test_duplicate_key_points_at_the_second_and_names_the_first():
    loaded = load(
        """\
        initiative:
          id: MKT-1
          title: One
          title: Two
          owner: Dana
        """
    )
    problem = only(loaded, "RK002")
    assert where(problem) == (4, 3)
    assert "first at line 3" in problem.message
    assert problem.path == "initiative.title"


def test_deep_nesting_is_refused_without_crashing():
    depth = 100_000
    loaded = load("initiative: " + "[" * depth + "]" * depth + "\n")
    problem = only(loaded, "RK004")
    assert str(MAX_DEPTH) in problem.message
    assert problem.line == 1


def test_deep_block_sequences_are_refused():
    loaded = load("initiative:\n  " + "- " * 5000 + "x\n")
    assert "RK004" in codes(loaded.diagnostics)


def test_alias_bomb_is_stopped():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    problem = only(load("\n".join(lines) + "\n"), "RK004")
    assert "Aliases" in problem.message


def test_ordinary_aliases_and_merge_keys_work():
    parsed = parse_yaml(
        "base: &base {side: it, role: Developer}\n"
        "people:\n"
        "  - name: Sam\n"
        "    <<: *base\n"
        "    role: Lead\n"
    )
    assert parsed.problems == []
    assert parsed.data["people"][0] == {"name": "Sam", "side": "it", "role": "Lead"}


@pytest.mark.parametrize("tag", ["!!python/object:os.system", "!custom", "!!set"])
def test_tags_are_never_constructed(tag):
    loaded = load(f"initiative:\n  title: {tag} x\n")
    problem = only(loaded, "RK005")
    assert tag.lstrip("!") in problem.message
    assert where(problem) == (2, 10)


def test_list_as_key_is_reported():
    loaded = load("? [a, b]\n: c\n" + MINIMAL)
    assert "RK005" in codes(loaded.diagnostics)


def test_positions_are_kept_for_every_value():
    parsed = parse_yaml(MINIMAL)
    span = parsed.source_map.value_span(("requirements", 0, "statement"))
    assert (span.line, span.column) == (7, 16)
    key = parsed.source_map.key_of(("initiative", "owner"))
    assert (key.line, key.column) == (4, 3)


def test_positions_count_characters_not_bytes():
    parsed = parse_yaml("initiative:\n  title: «Café» — été\n  owner: Zoë\n")
    span = parsed.source_map.value_span(("initiative", "owner"))
    assert (span.line, span.column) == (3, 10)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("v: no", False),
        ("v: On", True),
        ("v: 1.10", 1.1),
        ("v: 010", 8),
        ("v: 1_000", 1000),
        ("v: 1:30", 90),
        ("v: ~", None),
        ("v: '1.10'", "1.10"),
        ("v: !!str 12", "12"),
        ("v: .inf", float("inf")),
        ("v: plain words", "plain words"),
    ],
)
def test_plain_scalars_are_typed_the_way_yaml_readers_type_them(text, value):
    assert parse_yaml(text).data["v"] == value

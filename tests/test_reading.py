"""Input that is not a readable text file never crashes and says why, with exit 2."""

from __future__ import annotations

import pytest

from reqkit.errors import UnreadableInput
from reqkit.reading import MAX_BYTES, read_brief_text


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableInput) as caught:
        read_brief_text(tmp_path / "nope.yaml")
    assert caught.value.message == "no such file"
    assert "spelling" in caught.value.hint


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(UnreadableInput) as caught:
        read_brief_text(tmp_path)
    assert "folder" in caught.value.message


def test_not_utf8_points_at_the_byte(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("initiative:\n  title: Café\n".encode("cp1252"))
    with pytest.raises(UnreadableInput) as caught:
        read_brief_text(path)
    error = caught.value
    assert "not valid UTF-8" in error.message and "0xe9" in error.message
    assert (error.line, error.column) == (2, 13)
    assert error.location.endswith("latin1.yaml:2:13")


def test_binary_file(tmp_path):
    path = tmp_path / "image.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(UnreadableInput) as caught:
        read_brief_text(path)
    assert "binary" in caught.value.message
    assert caught.value.line == 3  # after the PNG signature's two line breaks


def test_utf16_is_named(tmp_path):
    path = tmp_path / "utf16.yaml"
    path.write_bytes("initiative: {}\n".encode("utf-16"))
    with pytest.raises(UnreadableInput) as caught:
        read_brief_text(path)
    assert "UTF-16" in caught.value.message


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(UnreadableInput) as caught:
        read_brief_text(path)
    assert "too big" in caught.value.message


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfinitiative: {}\n")
    assert read_brief_text(path) == "initiative: {}\n"

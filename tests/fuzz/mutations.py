"""Ways to damage a brief, as editors, copy and paste, and careless merges do.

Each operator takes the brief's bytes and a :class:`random.Random` and returns
damaged bytes. They are plain functions so that the Hypothesis test (which
hands them a Random it controls, and so can shrink a failure) and the long
fuzz script (a seeded Random per case) damage briefs the same way.

Besides random damage the operators plant the values that once crashed
reqkit: time-zone offsets of +99 hours, integers of thousands of digits,
money of hundreds of digits, dates in year 1 and 9999, timelines spanning
centuries. A fuzzer that only flips bytes rarely builds such a value.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Mutation = Callable[[bytes, random.Random], bytes]

_VALUE = re.compile(rb"^(\s*(?:-\s+)?[A-Za-z_][\w-]*:[ \t]+)([^\n#|>&*!][^\n]*?)[ \t]*$", re.M)
_KEY = re.compile(rb"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):", re.M)


def _huge_int(rng: random.Random) -> bytes:
    return b"9" * rng.choice((400, 4301, 5000, 20000))


#: Values of every kind YAML can type, and the edge values that broke reqkit.
SCALARS: tuple[Callable[[random.Random], bytes], ...] = (
    lambda r: b"null",
    lambda r: b"~",
    lambda r: b'""',
    lambda r: r.choice((b"yes", b"no", b"on", b"off", b"true")),
    lambda r: str(r.randint(-(10**6), 10**6)).encode(),
    lambda r: r.choice((b"0x1F", b"0b101", b"0777", b"1_000_000", b"1:30:00")),
    lambda r: r.choice((b".inf", b"-.inf", b".nan", b"1e400", b"-1e400", b"1.5e-400")),
    _huge_int,
    lambda r: b"1" + b"0" * r.choice((20, 300, 400, 1000)) + b".5",
    lambda r: r.choice((b"0001-01-01", b"9999-12-31", b"0001-01-02", b"9999-12-30")),
    lambda r: r.choice((b"2027-02-30", b"2027-13-01", b"0000-01-01", b"1970-01-01")),
    lambda r: b"2027-03-01 10:00:00 +%02d:00" % r.choice((0, 14, 24, 99)),
    lambda r: r.choice((b"9999-12-31T23:59:59-14:00", b"0001-01-01T00:00:00+14:00")),
    lambda r: b"[1, 2, [3]]",
    lambda r: b"{a: 1, b: [x]}",
    lambda r: b"'" + b"x" * r.choice((1000, 100_000)) + b"'",
    lambda r: b"A" * r.choice((300, 10_000)) + b" and/or etc.",
    lambda r: b'"\\x00\\x07\\x1b[31m\\u202e\\ufeff"',
    lambda r: r.choice(
        (b"!!binary aGVsbG8=", b"!!int 12", b"!!float x", b"!custom 3", b"!!set {a}")
    ),
    lambda r: r.choice((b"&a value", b"*a", b"*undefined", b"<<: *a")),
    lambda r: b"TBD",
)


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def delete_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    start = rng.randrange(len(lines))
    del lines[start : start + rng.randint(1, 10)]
    return b"\n".join(lines)


def duplicate_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    start = rng.randrange(len(lines))
    chunk = lines[start : start + rng.randint(1, 12)]
    at = rng.randrange(len(lines) + 1)
    return b"\n".join(lines[:at] + chunk + lines[at:])


def reindent(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 5)):
        i = rng.randrange(len(lines))
        shift = rng.choice((-4, -2, -1, 1, 2, 3, 8))
        lines[i] = lines[i][-shift:] if shift < 0 else b" " * shift + lines[i]
    if rng.random() < 0.2:
        lines = [line.replace(b"  ", b"\t", 1) for line in lines]
    return b"\n".join(lines)


def replace_scalar(data: bytes, rng: random.Random) -> bytes:
    matches = list(_VALUE.finditer(data))
    if not matches:
        return data
    for _ in range(rng.randint(1, 3)):
        m = rng.choice(matches)
        value = rng.choice(SCALARS)(rng)
        data = data[: m.start(2)] + value + data[m.end(2) :]
        matches = list(_VALUE.finditer(data))
        if not matches:
            break
    return data


def control_characters(data: bytes, rng: random.Random) -> bytes:
    junk = rng.choice(
        (
            b"\x00",
            b"\x07",
            b"\x1b[2J",
            b"\r",
            b"\x0b",
            b"\x85",
            "\u2028".encode(),
            b"\xc2\x85",
            b"\xe2\x80\xae",
            b"\t",
        )
    )
    at = rng.randrange(len(data) + 1)
    return data[:at] + junk + data[at:]


def tags_and_anchors(data: bytes, rng: random.Random) -> bytes:
    matches = list(_VALUE.finditer(data))
    if not matches:
        return data
    m = rng.choice(matches)
    prefix = rng.choice(
        (
            b"!!str ",
            b"!!int ",
            b"!!timestamp ",
            b"!!map ",
            b"!local ",
            b"&anchor ",
            b"!!python/object:os.system ",
        )
    )
    data = data[: m.start(2)] + prefix + data[m.start(2) :]
    if rng.random() < 0.5:
        later = [x for x in _VALUE.finditer(data) if x.start() > m.end()]
        if later:
            n = rng.choice(later)
            data = data[: n.start(2)] + b"*anchor" + data[n.end(2) :]
    return data


def duplicate_keys(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    keyed = [i for i, line in enumerate(lines) if _KEY.match(line)]
    if not keyed:
        return data
    i = rng.choice(keyed)
    lines.insert(i + 1, lines[i].replace(b"- ", b"  ", 1))
    return b"\n".join(lines)


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice((50, 200, 1000, 5000))
    nested = rng.choice((b"[" * depth + b"]" * depth, b"{a: " * depth + b"1" + b"}" * depth))
    matches = list(_VALUE.finditer(data))
    if not matches:
        return data + b"\nx: " + nested + b"\n"
    m = rng.choice(matches)
    return data[: m.start(2)] + nested + data[m.end(2) :]


def byte_order_mark(data: bytes, rng: random.Random) -> bytes:
    return rng.choice((b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf")) + data


def line_endings(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"\n", rng.choice((b"\r\n", b"\r", b"\n\r")))


def invalid_utf8(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice((b"\xe9", b"\xff\xfe", b"\xc3", b"\xed\xa0\x80")) + data[at:]


def extreme_dates(data: bytes, rng: random.Random) -> bytes:
    """Move every date, or one, to the edge of the calendar or far apart."""
    dates = list(re.finditer(rb"\b\d{4}-\d{2}-\d{2}\b", data))
    if not dates:
        return data
    chosen = dates if rng.random() < 0.3 else [rng.choice(dates)]
    for m in reversed(chosen):
        year = rng.choice((b"0001", b"9999", b"1900", b"2100", b"1970"))
        data = data[: m.start()] + year + data[m.start() + 4 :]
    return data


MUTATIONS: tuple[Mutation, ...] = (
    flip_bytes,
    truncate,
    delete_lines,
    duplicate_lines,
    reindent,
    replace_scalar,
    replace_scalar,
    control_characters,
    tags_and_anchors,
    duplicate_keys,
    deep_nesting,
    byte_order_mark,
    line_endings,
    invalid_utf8,
    extreme_dates,
    extreme_dates,
)


def damage(data: bytes, rng: random.Random, rounds: int | None = None) -> bytes:
    """Apply one to three random mutations (or ``rounds`` of them)."""
    for _ in range(rounds if rounds is not None else rng.randint(1, 3)):
        data = rng.choice(MUTATIONS)(data, rng)
    return data

"""The write lock: taken in turn, never stale, a plain error when another run holds it too long."""

from __future__ import annotations

import os
import sys
import time

import pytest

from reqkit.errors import UsageError
from reqkit.locking import _lock_file, locked


@pytest.fixture
def brief(tmp_path):
    path = tmp_path / "brief.yaml"
    path.write_text("initiative: {}\n", encoding="utf-8")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_held_lock_makes_the_next_run_wait_then_give_up_plainly(brief):
    with locked(brief):
        started = time.monotonic()
        with pytest.raises(UsageError) as caught, locked(brief, wait=0.2):
            pass
        assert time.monotonic() - started >= 0.2
    assert "being changed by another reqkit run" in caught.value.message
    with locked(brief, wait=0.2):  # released on leaving
        pass


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_run_that_waited_locks_the_file_that_replaced_the_old_one(brief, tmp_path):
    """The first run replaces the brief while holding the lock, as a write does."""
    import fcntl
    import threading

    held_new_file = []
    first_inside = threading.Event()

    def second_run():
        first_inside.wait()
        with locked(brief, wait=5), brief.open("rb") as probe:
            try:
                fcntl.flock(probe.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                held_new_file.append(False)
            except BlockingIOError:
                held_new_file.append(True)

    waiting = threading.Thread(target=second_run)
    waiting.start()
    with locked(brief):
        first_inside.set()
        time.sleep(0.2)  # the second run is now waiting on the old file
        replacement = tmp_path / "replacement.yaml"
        replacement.write_text("initiative: {id: X}\n", encoding="utf-8")
        os.replace(replacement, brief)
    waiting.join(timeout=10)
    assert held_new_file == [True]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.yaml"]  # no lock file


def test_the_lock_file_variant_takes_turns_and_cleans_up(brief, tmp_path):
    lock = tmp_path / ".brief.yaml.reqkit-lock"
    with _lock_file(brief, wait=0.2):
        assert lock.exists()
        with pytest.raises(UsageError), _lock_file(brief, wait=0.1):
            pass
    assert not lock.exists()


def test_the_lock_file_of_a_dead_run_is_taken_over(brief, tmp_path):
    lock = tmp_path / ".brief.yaml.reqkit-lock"
    lock.write_text("12345", encoding="utf-8")
    old = time.time() - 3600
    os.utime(lock, (old, old))
    with _lock_file(brief, wait=0.2):
        assert lock.read_text(encoding="ascii") == str(os.getpid())
    assert not lock.exists()

"""reqkit lint --watch: checks again on each save, and Ctrl-C ends it cleanly."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import MINIMAL
from reqkit.cli import app

WATCHING = "Watching for changes"


class Watch:
    """The installed executable watching a brief, its output collected line by line."""

    def __init__(self, *args: str, cwd: Path) -> None:
        executable = str(Path(sys.executable).with_name("reqkit"))
        self.process = subprocess.Popen(
            [executable, "lint", "--isolated", "--watch", *args],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    def wait_for_runs(self, count: int, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while sum(WATCHING in line for line in self.lines) < count:
            assert self.process.poll() is None, self.process.stderr.read()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "".join(self.lines)
            time.sleep(0.05)
        return "".join(self.lines)

    def interrupt(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGINT)
        status = self.process.wait(timeout=10)
        return status, self.process.stderr.read()  # type: ignore[union-attr]


def test_watch_checks_again_after_a_save_and_stops_on_ctrl_c(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL, encoding="utf-8")
    watch = Watch("brief.yaml", cwd=tmp_path)
    try:
        first = watch.wait_for_runs(1)
        assert "RK013" not in first
        broken = MINIMAL.replace("priority: must", "priority: Must")
        brief.write_text(broken, encoding="utf-8")
        after = watch.wait_for_runs(2)[len(first) :]
        assert "brief.yaml changed; checking again" in after
        assert 'RK013 [*] [invalid-value] "Must"' in after
        (tmp_path / "notes.txt").write_text("not a brief")  # ignored: no third run
        time.sleep(0.6)
        assert sum(WATCHING in line for line in watch.lines) == 2
    finally:
        status, errors = watch.interrupt()
    assert status == 0
    assert "Traceback" not in errors and "Stopped watching." in errors
    assert "\x1b[2J" not in "".join(watch.lines)  # no screen clearing into a pipe


runner = CliRunner()


@pytest.mark.parametrize("extra", [["--fix"], ["--diff"], ["-o", "out.txt"]])
def test_watch_refuses_options_that_write(tmp_path, extra):
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL, encoding="utf-8")
    result = runner.invoke(app, ["lint", "--watch", *extra, str(brief)])
    assert result.exit_code == 2
    assert "--watch" in result.stderr


def test_watch_refuses_a_missing_path_plainly(tmp_path):
    result = runner.invoke(app, ["lint", "--watch", str(tmp_path / "missing.yaml")])
    assert result.exit_code == 2
    assert "no such file or folder to watch" in result.stderr

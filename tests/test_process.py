"""The real ``reqkit`` process meets Ctrl-C, closed streams and readers that go away.

Each test runs the installed executable, as a shell would, and checks the
exit status a shell expects and that no traceback reaches the user.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import MINIMAL

EXECUTABLE = shutil.which("reqkit", path=str(Path(sys.executable).parent)) or "reqkit"
SENTENCES = " ".join(
    [
        "The booking form should be user-friendly and fast if possible.",
        "It shall show recipes, videos, reviews etc. as appropriate.",
        "The best page shall send the voucher by e-mail/SMS and update the CRM lead.",
    ]
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and pipes as on POSIX")


@pytest.fixture(scope="module")
def long_brief(tmp_path_factory) -> Path:
    """A brief that takes a few seconds to check and prints megabytes of findings."""
    path = tmp_path_factory.mktemp("long") / "long.yaml"
    statement = " ".join([SENTENCES] * 2500)
    path.write_text(
        MINIMAL.replace("The page shall show the event date.", statement), encoding="utf-8"
    )
    return path


def start(*args: str, **kwargs) -> subprocess.Popen[bytes]:
    return subprocess.Popen([EXECUTABLE, *args], **kwargs)


def test_ctrl_c_during_a_long_lint_ends_with_130_and_no_traceback(long_brief):
    process = start(
        "lint", "--isolated", "-f", "json", str(long_brief),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _, error = process.communicate(timeout=120)
    assert process.returncode == 130
    assert error.decode() == "reqkit: interrupted\n"


def test_ctrl_c_during_start_up_ends_with_130_and_no_traceback(long_brief):
    # Python reports each import as it finishes: interrupt while the
    # command-line library is being imported, well inside start-up.
    process = start(
        "lint", "--isolated", str(long_brief),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"},
    )  # fmt: skip
    assert process.stderr is not None
    lines = []
    for line in process.stderr:
        lines.append(line.decode())
        if "| typer" in lines[-1] or "| pydantic" in lines[-1]:
            process.send_signal(signal.SIGINT)
            break
    rest = process.stderr.read().decode()
    process.wait(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in rest and "KeyboardInterrupt" not in rest
    assert rest.rstrip().endswith("reqkit: interrupted")


def test_a_reader_that_goes_away_ends_the_run_quietly_with_141(long_brief):
    process = start(
        "lint", "--isolated", "-f", "json", str(long_brief),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline() == b"{\n"
    process.stdout.close()  # as `| head -1` does
    error = process.stderr.read().decode()
    process.wait(timeout=120)
    assert process.returncode == 141
    assert error == ""


def test_head_in_a_shell_pipeline_sees_no_traceback(long_brief):
    done = subprocess.run(
        f'"{EXECUTABLE}" lint --isolated -f json "{long_brief}" | head -1; '
        'echo "status=${PIPESTATUS[0]}" >&2',
        shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.stdout == "{\n"
    assert done.stderr == "status=141\n"


def test_closed_standard_output_is_a_plain_error(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL, encoding="utf-8")
    done = subprocess.run(
        f'"{EXECUTABLE}" lint --isolated "{brief}" >&-',
        shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == "reqkit: error: standard output is closed, so nothing could be written\n"


def test_closed_standard_output_does_not_stop_a_report_file(tmp_path):
    brief = tmp_path / "brief.yaml"
    brief.write_text(MINIMAL.replace("shall show", "should show"), encoding="utf-8")
    report = tmp_path / "report.json"
    done = subprocess.run(
        f'"{EXECUTABLE}" lint --isolated --quiet -f json -o "{report}" "{brief}" >&- 2>&-',
        shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "weak-modal" in report.read_text(encoding="utf-8")
    assert done.returncode == 2  # the summary for the terminal could not be printed


def test_closed_standard_input_is_an_unreadable_input():
    done = subprocess.run(
        f'"{EXECUTABLE}" lint --isolated - <&-',
        shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "standard input cannot be read" in done.stderr
    assert "Traceback" not in done.stderr

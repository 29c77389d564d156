"""`pytest --update-golden` regenerates goldens and fails (tests/goldens.py): a tiny golden test, run by pytest in a
subprocess with this suite's option and fixture, through every step a reviewer takes."""

import os
import re
import subprocess
import sys

from tests.conftest import ROOT

TINY_TEST = """\
from pathlib import Path

from tests import goldens


def test_the_output_matches_its_golden(update_golden):
    here = Path(__file__).parent
    made = {here / "golden" / "page.md": (here / "output.txt").read_text()}
    goldens.compare(made, update_golden, folder=here / "golden")
"""


def run(folder, *flags) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *flags],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    return done.returncode, done.stdout


def test_update_mode_writes_what_differs_and_fails_and_the_next_run_passes(tmp_path):
    (tmp_path / "conftest.py").write_text("from tests.conftest import pytest_addoption, update_golden  # noqa: F401\n")
    (tmp_path / "test_tiny.py").write_text(TINY_TEST)
    output, golden = tmp_path / "output.txt", tmp_path / "golden" / "page.md"
    output.write_text("one\n")

    status, out = run(tmp_path)
    assert status == 1 and "no golden file" in out and not golden.exists()

    status, out = run(tmp_path, "--update-golden")
    assert status == 1 and "1 failed" in out, out
    assert "--update-golden: wrote " in out and "page.md" in out and golden.read_text() == "one\n"

    assert run(tmp_path)[0] == 0
    written = golden.stat().st_mtime_ns
    assert run(tmp_path, "--update-golden")[0] == 0, "a golden that is already right passes, and is not written"
    assert golden.stat().st_mtime_ns == written

    output.write_text("two\n")
    status, out = run(tmp_path)
    assert status == 1 and re.search(r"^E +-one\nE +\+two$", out, re.M) and golden.read_text() == "one\n", out

    (tmp_path / "golden" / "old.svg").write_text("<svg/>\n")  # a map the output no longer has
    status, out = run(tmp_path, "--update-golden")
    assert status == 1 and "wrote " in out and "removed " in out and "old.svg" in out, out
    assert golden.read_text() == "two\n" and not (tmp_path / "golden" / "old.svg").exists()
    status, out = run(tmp_path)
    assert status == 0 and "1 passed" in out

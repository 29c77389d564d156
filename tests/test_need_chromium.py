"""`make test` sees to Chromium before any test runs (scripts/need-chromium.sh): nothing to do when it is
there; one line saying what to install, and exit 1, when it is missing and this user may not install it. `make bench`
sees to it the same way, and goes on without it."""

import os
import subprocess

from tests.conftest import ROOT

SCRIPT = ROOT / "scripts" / "need-chromium.sh"


def run(tmp_path, chromium, uid="1000", sudo_works=False, *args):
    """The script with a stand-in `id` and `sudo` first on PATH: it never installs anything here."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (bin_dir / "sudo").write_text('#!/bin/sh\n[ "$1" = -n ] && shift\n' + ('exec "$@"\n' if sudo_works else "exit 1\n"))
    (bin_dir / "apt-get").write_text('#!/bin/sh\necho "apt-get $*" >> "$APT_LOG"\n')
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "CHROMIUM": str(chromium), "APT_LOG": str(tmp_path / "apt.log")}
    return subprocess.run(["sh", str(SCRIPT), *args], env=env, capture_output=True, text=True)


def test_with_chromium_present_it_does_nothing(tmp_path):
    done = run(tmp_path, "/bin/sh")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert not (tmp_path / "apt.log").exists()


def test_without_chromium_and_no_way_to_install_it_says_how_in_one_line(tmp_path):
    done = run(tmp_path, tmp_path / "no-chromium")
    assert done.returncode == 1 and done.stdout == ""
    assert (
        done.stderr
        == "make test: Chromium is missing; install it with: sudo apt-get install chromium fonts-dejavu-core\n"
    )
    assert not (tmp_path / "apt.log").exists()


def test_without_chromium_a_user_who_may_install_gets_it_from_debian(tmp_path):
    # The stand-in apt-get installs nothing, so the script still finds no Chromium afterwards and says so.
    done = run(tmp_path, tmp_path / "no-chromium", sudo_works=True)
    assert (tmp_path / "apt.log").read_text().splitlines() == [
        "apt-get update -qq",
        "apt-get install -y -qq chromium fonts-dejavu-core",
    ]
    assert done.returncode == 1 and "still missing" in done.stderr


def test_make_test_sees_to_chromium_before_pytest_and_ci_runs_make_test_alone():
    dry = subprocess.run(
        ["make", "-n", "--no-print-directory", "-o", ".venv/.installed", "test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "MAKEFLAGS": ""},
    )
    lines = dry.stdout.splitlines()
    assert dry.returncode == 0, dry.stderr
    assert lines.index("sh scripts/need-chromium.sh") < next(i for i, l in enumerate(lines) if "-m pytest" in l)
    ci = [l for l in (ROOT / ".ci" / "run").read_text().splitlines() if l and not l.startswith("#")]
    assert ci == ["set -euo pipefail", 'cd "$(dirname "$0")/.."', "make test"]


def test_the_caller_is_named_in_the_line(tmp_path):
    done = run(tmp_path, tmp_path / "no-chromium", "1000", False, "make bench")
    assert done.returncode == 1
    assert done.stderr.startswith("make bench: Chromium is missing; install it with: sudo apt-get install chromium")


def test_make_bench_sees_to_chromium_first_and_goes_on_without_it():
    dry = subprocess.run(
        ["make", "-n", "--no-print-directory", "-o", ".venv/.installed", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "MAKEFLAGS": ""},
    )
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        'sh scripts/need-chromium.sh "make bench" || true',
        ".venv/bin/python scripts/bench.py",
    ]

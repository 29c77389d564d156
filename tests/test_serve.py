"""`make serve`: the live preview shows a saved edit in Chromium, shows a broken record's problems above the last good
page, and stops on Ctrl-C or SIGTERM leaving no process behind (functional, not timed: `make bench` times it)."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

RECORD = "content/forces/warwickshire.yml"


class MakeServe:
    """`make serve` in a scratch copy of the repository, in a session of its own (as a terminal would run it), at a
    port the system gives it (ADDR=127.0.0.1:0); its output read as it comes."""

    def __init__(self, root: Path, addr: str = "127.0.0.1:0"):
        bin_dir = os.path.dirname(sys.executable)
        stamp = root / "stamp"
        stamp.touch()  # newer than the copied requirements: make installs nothing
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("GITHUB_ACTIONS", None)
        env.pop("SOURCE_DATE_EPOCH", None)  # the Makefile's own: outside git, the newest `last_updated` of the records
        self.make = subprocess.Popen(
            ["make", "--no-print-directory", "serve", f"BIN={bin_dir}", f"STAMP={stamp}", f"ADDR={addr}"],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.output: list[str] = []
        threading.Thread(target=lambda: self.output.extend(self.make.stdout), daemon=True).start()

    def said(self, words: str, after: int = 0, seconds: float = 60) -> str | None:
        """The first line of output (from line `after` on) holding `words`, waiting up to `seconds` for it."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            found = next((line for line in self.output[after:] if words in line), None)
            if found or self.make.poll() is not None:
                return found
            time.sleep(0.05)
        return None

    def stopped(self, seconds: float = 30) -> None:
        """Wait for make to end after a signal; if it has not within `seconds`, fail with where every thread of the
        preview was (the preview prints its threads' stacks on SIGUSR1) and stop it for good."""
        try:
            self.make.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            for pid in self.processes() - {self.make.pid}:
                os.kill(pid, signal.SIGUSR1)
            time.sleep(2)
            os.killpg(self.make.pid, signal.SIGKILL)
            self.make.wait()
            pytest.fail(f"make serve did not stop within {seconds} s; its output:\n" + "".join(self.output))

    def processes(self) -> set[int]:
        """Every live process of the preview's session (Linux /proc): make and what it started."""
        found = set()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(") ", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == self.make.pid and fields[0] != "Z":  # fields[3]: the session; fields[0]: the state
                found.add(int(stat.parent.name))
        return found


def scratch_repository(tmp_path: Path) -> Path:
    for part in ("content", "templates", "static", "overrides"):
        shutil.copytree(ROOT / part, tmp_path / part)
    for name in ("Makefile", "mkdocs.yml", "requirements.txt", "requirements-dev.txt", "requirements-zensical.txt"):
        shutil.copy2(ROOT / name, tmp_path / name)
    return tmp_path


def text_of(page) -> str:
    """The page's text as a reader sees it; '' while it reloads."""
    from playwright.sync_api import Error

    try:
        return page.inner_text("body", timeout=2000)
    except Error:
        return ""


def until(check, seconds: float = 30):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if found := check():
            return found
        time.sleep(0.1)
    return None


@pytest.mark.browser
def test_a_saved_edit_shows_a_broken_record_is_reported_over_the_last_good_page_and_ctrl_c_leaves_nothing(
    tmp_path, browser
):
    root = scratch_repository(tmp_path)
    serve = MakeServe(root)
    try:
        started = serve.said("preview: http://")
        assert started, "".join(serve.output)
        address = started.split()[1]
        first = serve.processes()
        assert serve.make.pid in first and len(first) >= 2, "make serve started no preview"

        page = browser.new_page()
        page.goto(f"{address}forces/warwickshire/")
        assert "Work to seek intelligence" in text_of(page)
        # The preview's search index is built once, when it starts: its search box says so.
        assert "not your latest saves" in page.text_content(".md-search__output")

        record = root / RECORD
        good = record.read_text()
        assert "Work to seek intelligence" in good
        record.write_text(good.replace("Work to seek intelligence", "Edited in the preview: work to seek intelligence"))
        assert until(lambda: "Edited in the preview" in text_of(page)), "the edit did not reach the page"

        seen = len(serve.output)
        edited = record.read_text()
        record.write_text(edited.replace("outcome: plan-commenced", "outcome: excellent", 1))
        problem = serve.said(f"{RECORD}:", after=seen)
        assert problem and "excellent" in problem, "".join(serve.output[seen:])
        assert serve.said("1 error in 1 file", after=seen)
        shown = until(lambda: (text := text_of(page)) and "Not updated: the last save has 1 problem" in text and text)
        assert shown, "the browser does not show the problem"
        assert problem.strip() in shown  # the problem as the terminal says it
        assert "Edited in the preview" in shown  # and below it, the last good page
        assert serve.make.poll() is None

        record.write_text(edited)  # fixed: the page comes back without a restart
        assert until(lambda: (text := text_of(page)) and "Edited in the preview" in text and "Not updated" not in text)
        page.close()
    finally:
        os.killpg(serve.make.pid, signal.SIGINT)  # Ctrl-C: the terminal signals the whole foreground group
        serve.stopped()
    assert serve.said("preview: stopped"), "".join(serve.output)
    assert not serve.processes(), "make serve left processes behind"
    assert not any(Path(f"/proc/{pid}").exists() for pid in first - {serve.make.pid})


def test_sigterm_to_make_serve_stops_the_preview_and_leaves_no_process(tmp_path):
    serve = MakeServe(scratch_repository(tmp_path))
    try:
        assert serve.said("preview: http://"), "".join(serve.output)
        started = serve.processes()
        assert len(started) >= 2
    finally:
        serve.make.terminate()  # SIGTERM to make alone, as a supervisor would send it: make passes it on
        serve.stopped()
    assert serve.said("preview: stopped"), "".join(serve.output)
    assert not serve.processes()
    assert not any(Path(f"/proc/{pid}").exists() for pid in started)


def test_a_preview_whose_port_is_taken_says_so_and_stops(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        serve = MakeServe(scratch_repository(tmp_path), "127.0.0.1:%d" % taken.getsockname()[1])
        serve.stopped(seconds=60)
    assert serve.make.returncode != 0
    assert serve.said("preview: could not start: OSError"), "".join(serve.output)
    assert not serve.said("preview: http://")
    assert not serve.processes()


@pytest.mark.parametrize(
    "path, rebuilds",
    [
        ("/repo/content/forces/kent.yml", True),
        ("/repo/templates/force.md.j2", True),
        ("/repo/content/forces/.kent.yml.swp", False),  # vim's swap file
        ("/repo/content/forces/kent.yml~", False),  # a backup
        ("/repo/content/forces/4913", False),  # vim's test of the folder
        ("/repo/content/forces/#kent.yml#", False),  # emacs' autosave
        ("/repo/content/forces/.goutputstream-X1Y2", False),  # gedit's write, renamed over the record after
    ],
)
def test_the_watcher_rebuilds_for_saved_files_not_for_editors_scratch_files(path, rebuilds):
    from generator.preview import saved

    assert saved(path) is rebuilds


def test_a_generator_that_stops_is_shown_as_a_problem_and_the_last_preview_stays(tmp_path, capsys):
    from generator.preview import Preview

    def stops(earlier):
        raise ValueError("unexpected '}' in force.md.j2, line 3")

    preview = Preview(tmp_path, tmp_path / "docs", stops)
    preview.rebuild()
    assert preview.problems == ["the generator stopped: ValueError: unexpected '}' in force.md.j2, line 3"]
    assert preview.config is None  # nothing was built, so nothing was lost
    out = capsys.readouterr()
    assert "not updated" in out.out and "Traceback" in out.err

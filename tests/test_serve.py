"""`make serve`: the live preview regenerates when a record changes (functional, not timed)."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import ROOT


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


def until(check, seconds: float = 90, then=lambda: None):
    """Poll `check()` until it returns something true (returned) or `seconds` pass (None); `then()` between."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        found = check()
        if found:
            return found
        then()
        time.sleep(0.2)
    return None


def children(pid: int) -> list[int]:
    """The processes `pid` started (Linux /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def listening_port(pid: int) -> int | None:
    """The TCP port `pid` listens on, read from /proc: the engine chose it itself (port 0), so no other
    process can have taken it between choosing and binding."""
    try:
        sockets = {
            os.readlink(fd)[len("socket:[") : -1]
            for fd in Path(f"/proc/{pid}/fd").iterdir()
            if os.readlink(fd).startswith("socket:[")
        }
        table = Path(f"/proc/{pid}/net/tcp").read_text().splitlines()[1:]
    except OSError:
        return None
    for row in table:
        fields = row.split()
        if fields[3] == "0A" and fields[9] in sockets:  # 0A: LISTEN
            return int(fields[1].rsplit(":", 1)[1], 16)
    return None


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


def test_an_edited_record_shows_in_the_preview(copy_repo):
    shutil.copy(ROOT / "mkdocs.yml", copy_repo / "mkdocs.yml")
    # Port 0: the engine (mkdocs serve) binds a port the system gives it, and the test reads which.
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "--root", str(copy_repo), "serve", "--addr", "127.0.0.1:0"],
        cwd=copy_repo,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"},
    )
    record = copy_repo / "content/forces/warwickshire.yml"
    edited = record.read_text().replace("Work to seek intelligence", "Edited: work to seek intelligence", 1)
    written = [0.0]

    def running():
        assert server.poll() is None, "the preview stopped"

    def write_edit():
        # The preview's file watcher gives no sign that it is watching: the edit is written again, the same
        # bytes, every few seconds until the page shows it (a watcher that missed one write sees the next).
        if time.monotonic() - written[0] > 3:
            record.write_text(edited)
            written[0] = time.monotonic()

    engine = None
    try:
        engine = until(lambda: next(iter(children(server.pid)), None), then=running)
        assert engine, "the preview started no engine"
        port = until(lambda: listening_port(engine), then=running)
        assert port, "the engine listens on no port"
        url = f"http://127.0.0.1:{port}/forces/warwickshire/"
        assert until(lambda: "Warwickshire Police" in fetch(url), then=running), "the preview did not start"
        assert until(lambda: "Edited: work to seek intelligence" in fetch(url), then=write_edit), (
            "the edit did not reach the preview"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert engine and not alive(engine), "the mkdocs serve child outlived the preview"

"""`make serve`: the live preview regenerates when a record changes (functional, not timed)."""
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return ""


def wait_for(url: str, text: str, seconds: float = 60) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if text in fetch(url):
            return True
        time.sleep(0.2)
    return False


def test_an_edited_record_shows_in_the_preview(copy_repo):
    shutil.copy(ROOT / "mkdocs.yml", copy_repo / "mkdocs.yml")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(copy_repo), "serve", "--addr", f"127.0.0.1:{port}"],
                              cwd=copy_repo, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"})
    try:
        url = f"http://127.0.0.1:{port}/forces/warwickshire/"
        assert wait_for(url, "Warwickshire Police"), "the preview did not start"
        record = copy_repo / "content/forces/warwickshire.yml"
        record.write_text(record.read_text().replace("Work to seek intelligence", "Edited: work to seek intelligence", 1))
        assert wait_for(url, "Edited: work to seek intelligence"), "the edit did not reach the preview"
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert not [p for p in engines() if str(port) in p], "the mkdocs serve child outlived the preview"


def engines() -> list[str]:
    """Command lines of running `mkdocs serve` processes."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "mkdocs serve" in cmd:
            found.append(cmd)
    return found

"""The benchmark's measurements in real Chromium (/usr/bin/chromium, driven by Playwright).

serve_latency: `python -m generator serve` on a scratch copy of the repository; a force page open
in Chromium; one record edited; seconds until the page shows the new text (live reload included).
page_transfer: a force page of the built site, served by a loopback server that gzips every
response; the bytes sent (headers and gzip bodies) for every request the page makes.
"""
from __future__ import annotations

import functools
import gzip
import http.server
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SEARCH_INDEX = "search/search_index.json"


@contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def largest_force(forces: Path) -> str:
    return max(forces.glob("*.yml"), key=lambda p: p.stat().st_size).stem


def edit(record: Path, marker: str) -> None:
    """Put `marker` at the start of the record's first `summary:` text."""
    text = record.read_text()
    changed = re.sub(r"^(\s+summary: (?:>-?\s+|[\"'])?)", rf"\g<1>{marker} ", text, count=1, flags=re.M)
    record.write_text(changed)


def serve_latency(root: Path, edits: int = 3) -> list[float]:
    """Seconds from saving an edited record to the open page showing it, once per edit."""
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        scratch = Path(tmp)
        for part in ("content", "templates", "static", "overrides"):
            if (root / part).is_dir():
                shutil.copytree(root / part, scratch / part)
        shutil.copy(root / "mkdocs.yml", scratch / "mkdocs.yml")
        force, port = largest_force(scratch / "content" / "forces"), free_port()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        server = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(scratch), "serve", "--addr", f"127.0.0.1:{port}"],
                                  cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            url = f"http://127.0.0.1:{port}/forces/{force}/"
            wait_for(url)
            with chromium() as browser:
                page = browser.new_page()
                page.goto(url)
                time.sleep(1.5)  # let live reload connect
                return [_one_edit(page, scratch / "content" / "forces" / f"{force}.yml", f"Benchedit{k}") for k in range(edits)]
        finally:
            os.killpg(server.pid, signal.SIGINT)  # the serve loop stops its mkdocs child on Ctrl-C
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


def _one_edit(page, record: Path, marker: str, timeout: float = 30) -> float:
    start = time.perf_counter()
    edit(record, marker)
    while time.perf_counter() - start < timeout:
        try:
            if marker in page.inner_text("article", timeout=200):
                elapsed = time.perf_counter() - start
                time.sleep(1)  # let the preview settle before the next edit
                return elapsed
        except Exception:  # the page is reloading  # noqa: BLE001
            pass
        time.sleep(0.02)
    raise SystemExit(f"the edit to {record.name} did not show in the browser within {timeout:.0f} s")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzipped (level 6, as a typical web server) and logs the bytes it sends."""

    sent: list[tuple[str, int]]

    def do_GET(self) -> None:  # noqa: N802
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.sent.append((self.path, len(body) + self._header_bytes))

    def flush_headers(self) -> None:
        self._header_bytes = sum(len(b) for b in getattr(self, "_headers_buffer", []))
        super().flush_headers()

    def log_message(self, *args) -> None:
        pass


def page_transfer(site: Path, settle: float = 2.0) -> tuple[int, list[tuple[str, int]]]:
    """Bytes transferred for the largest force page and everything it requests, search index excluded."""
    force = max((site / "forces").glob("*/index.html"), key=lambda p: p.stat().st_size).parent.name
    sent: list[tuple[str, int]] = []
    handler = functools.partial(type("Handler", (GzipHandler,), {"sent": sent}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with chromium() as browser:
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/forces/{force}/", wait_until="networkidle")
            time.sleep(settle)
    finally:
        server.shutdown()
    counted = [(path, size) for path, size in sent if not path.endswith(SEARCH_INDEX)]
    return sum(size for _, size in counted), counted

"""Shared fixtures: the repository root, a built copy of the real site, a served site, a browser."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import settings

from tests import goldens

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # as scripts/need-chromium.sh reads it
# The flags this machine needs for a quiet headless Chromium (no background traffic).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# Property tests draw the same examples on every run (derandomize) and keep no example database between
# runs: a run's result depends on the code alone, never on an earlier run or on luck. No deadline: a
# loaded machine is not a failure.
settings.register_profile("suite", derandomize=True, database=None, deadline=None)
settings.load_profile("suite")


def pytest_addoption(parser):
    parser.addoption(
        goldens.OPTION,
        action="store_true",
        help="write each golden file in tests/golden/ that differs from the output, and fail: review, then run again",
    )


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


def build_site(root: Path, work: Path) -> Path:
    """Generate and build `root`'s content into `work`, as `make site` does; return the site folder."""
    docs, site = work / "docs", work / "site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1796342400"}  # 2026-12-04, TODAY
    subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), "build", "--out", str(docs)],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
    )
    config = work / "mkdocs.yml"
    # Paths in an inherited config resolve against this file's folder: name the repository's own.
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nsite_dir: {site}\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\n"
    )
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config)],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
    )
    return site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    return build_site(ROOT, tmp_path_factory.mktemp("real"))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # no line on stderr per request
        pass


def serve(directory: Path):
    """Serve a built site on a loopback port the server chose itself (port 0); yields its base URL."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(directory))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def served_site(built_site):
    """The built site on a loopback port; yields its base URL."""
    yield from serve(built_site)


@pytest.fixture(scope="session")
def shapes_site(tmp_path_factory) -> Path:
    """The site built from tests/fixtures/shapes: every shape of record, with the real templates."""
    root = tmp_path_factory.mktemp("shapes")
    shutil.copytree(ROOT / "tests" / "fixtures" / "shapes" / "content", root / "content")
    shutil.copytree(ROOT / "content" / "documents", root / "content" / "documents")  # the documents the project holds
    for name in ("areas.yml", "areas.csv"):  # the council areas (ONS's lookup): the fixture lists the real forces
        shutil.copy(ROOT / "content" / "national" / name, root / "content" / "national" / name)
    for part in ("templates", "static"):
        shutil.copytree(ROOT / part, root / part)
    return build_site(root, root / "work")


@pytest.fixture(scope="session")
def served_shapes(shapes_site):
    yield from serve(shapes_site)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; never a downloaded browser, never a mock."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: `make test` installs it (scripts/need-chromium.sh), or: sudo apt-get install "
            "chromium fonts-dejavu-core"
        )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def copy_repo(tmp_path) -> Path:
    """A scratch copy of content/, templates/, static/ and overrides/ to break or extend."""
    for part in ("content", "templates", "static", "overrides"):
        if (ROOT / part).exists():
            shutil.copytree(ROOT / part, tmp_path / part)
    return tmp_path


TODAY = dt.date(2026, 12, 4)

"""The second engine: Zensical builds the same generated pages; a reader finds what they need (docs/engines.md)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from tests.conftest import ROOT, serve


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory):
    """Generate into a scratch project and build it with Zensical, as `make site-zensical` does."""
    work = tmp_path_factory.mktemp("zensical")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1796342400"}  # 2026-12-04, as build_site
    subprocess.run(
        [sys.executable, "-m", "generator", "build", "--out", str(work / "docs")],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
    )
    # Zensical wants docs_dir, site_dir and custom_dir inside the folder of its config file.
    shutil.copytree(ROOT / "overrides", work / "overrides")
    (work / "mkdocs.yml").write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: docs\nsite_dir: site\n")
    zensical = Path(sys.executable).parent / "zensical"
    run = subprocess.run(
        [str(zensical), "build", "--strict", "-f", str(work / "mkdocs.yml")],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return work


def html(site, path):
    return BeautifulSoup((site / "site" / path).read_text(), "html.parser")


def records():
    from generator.build import check

    content, _ = check(ROOT)
    return content


def test_every_force_page_and_the_national_summary_are_built(zensical_site):
    for force in records().forces:
        assert html(zensical_site, f"forces/{force.id}/index.html").h1.get_text(strip=True) == force.name
    national = html(zensical_site, "national/index.html").get_text(" ")
    assert "Counter-corruption capability and capacity" in national and "Overall" in national


def test_the_downloads_and_feeds_are_published_byte_for_byte(zensical_site):
    docs, site = zensical_site / "docs", zensical_site / "site"
    published = [p.relative_to(docs) for p in docs.rglob("*") if p.is_file() and p.suffix != ".md"]
    assert {"data/forces.json", "data/findings.csv", "data/datapackage.json", "feed.xml"} <= {
        p.as_posix() for p in published
    }
    for rel in published:
        assert (site / rel).read_bytes() == (docs / rel).read_bytes(), rel


def test_the_data_page_links_resolve(zensical_site):
    page = html(zensical_site, "data/index.html")
    links = [a["href"] for a in page.select("article a[href]") if not a["href"].startswith(("http", "#"))]
    assert links
    for href in links:
        assert (zensical_site / "site" / "data" / href.partition("#")[0]).resolve().exists(), href


def test_the_search_index_holds_every_page(zensical_site):
    items = json.loads((zensical_site / "site" / "search.json").read_text())["items"]
    locations = {i["location"] for i in items}
    assert {"", "national/", "data/", *(f"forces/{f.id}/" for f in records().forces)} <= locations
    assert any("COSAIN" in i["text"] for i in items if i["location"].startswith("forces/west-yorkshire/"))


@pytest.mark.browser
def test_searching_cosain_finds_west_yorkshire_in_chromium(zensical_site, browser):
    served = serve(zensical_site / "site")
    base = next(served)
    page = browser.new_page()
    try:
        page.goto(base + "/")
        # Zensical's search is its own interface: a button opens a dialog that lists results in a menu.
        page.locator(".md-search__button").first.click()
        page.keyboard.type("COSAIN")
        dialog = page.locator("dialog[open]").filter(has=page.locator("menu"))
        # Each letter typed is a search of its own, answered in turn: Playwright's assertions wait (up to
        # their timeout) for the answer to the whole word rather than read whichever list is shown first.
        # The systems register also names COSAIN, so there is more than one result; the force page comes first.
        expect(dialog.locator("menu li").first).to_contain_text("West Yorkshire Police")
        expect(dialog).to_contain_text("results")
        expect(dialog).to_contain_text("COSAIN social media monitoring")
    finally:
        page.close()
        next(served, None)

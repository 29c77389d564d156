"""Every page type in real Chromium: axe-core, requests, width, screenshots.

Screenshots of every page type at 375 px and 1280 px are written to test-artifacts/ (gitignored).
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"
# One page of each type; the force page in each shape the content has (full letter, nothing on record,
# secondary sources only, a PCC statement and no outcome).
PAGE_TYPES = {
    "home": "/",
    "forces-index": "/forces/",
    "force": "/forces/west-yorkshire/",
    "force-without-record": "/forces/dyfed-powys/",
    "force-from-secondary-sources": "/forces/derbyshire/",
    "force-with-pcc-statement": "/forces/north-yorkshire/",
    "national": "/national/",
    "data": "/data/",
    "systems": "/systems/",
    "methodology": "/methodology/",
    "about": "/about/",
    "accessibility": "/accessibility/",
    "not-found": "/404.html",
}
# Pages of the fixture site (tests/fixtures/shapes) for the record shapes the real content will have.
SHAPES = {
    "force-from-press-report": "/forces/staffordshire/",
    "force-with-rounds-and-notes": "/forces/north-yorkshire/",
    "national-two-rounds": "/national/",
    "forces-index-with-outcomes": "/forces/",
}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE = Path(__import__("axe_playwright_python").__file__).with_name("axe.min.js")


def open_page(browser, url, width, height=900):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url, wait_until="networkidle")
    return page


def axe_violations(page) -> list[dict]:
    """Inject the real axe-core engine shipped with axe-playwright-python and run the WCAG A/AA rules."""
    page.evaluate(AXE.read_text())
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    result = page.evaluate("options => axe.run(document, options)", options)
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_axe_finds_no_wcag_a_or_aa_violations(browser, served_site, name, width):
    page = open_page(browser, served_site + PAGE_TYPES[name], width)
    violations = axe_violations(page)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{name}-{width}.json").write_text(json.dumps(violations, indent=2))
    page.close()
    assert violations == [], json.dumps(violations, indent=2)


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("name", SHAPES)
def test_axe_finds_no_violations_on_the_record_shapes_to_come(browser, served_shapes, name, width):
    page = open_page(browser, served_shapes + SHAPES[name], width)
    violations = axe_violations(page)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    page.close()
    assert violations == [], json.dumps(violations, indent=2)


def test_axe_engine_reports_a_known_violation(browser):
    # Guards the tests above: the injected engine really runs and really fails a broken page.
    page = browser.new_page()
    page.set_content("<html lang='en'><title>x</title><main><img src='x.png'><button></button></main></html>")
    ids = {v["id"] for v in axe_violations(page)}
    page.close()
    assert {"image-alt", "button-name"} <= ids


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_request_leaves_the_site(browser, served_site, name):
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(served_site + PAGE_TYPES[name], wait_until="networkidle")
    page.keyboard.press("/")  # open search, which loads the search index and worker
    page.keyboard.type("police")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    page.wait_for_load_state("networkidle")
    page.close()
    own = urlsplit(served_site).netloc
    foreign = [u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != own]
    assert len(requests) > 3, requests  # the page, its styles, scripts and the search index were recorded
    assert foreign == []


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_horizontal_scrolling_at_320_pixels(browser, served_site, name):
    page = open_page(browser, served_site + PAGE_TYPES[name], 320, 640)
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    # Nor does any table scroll sideways inside the page (Material wraps wide tables in a scroller).
    sideways = page.eval_on_selector_all(
        "article *", "els => els.filter(e => e.scrollWidth > e.clientWidth + 1 && "
        "['auto', 'scroll'].includes(getComputedStyle(e).overflowX)).map(e => e.className || e.tagName)")
    page.close()
    assert widths[0] <= widths[1], f"page is {widths[0]} px wide in a {widths[1]} px window"
    assert sideways == [], sideways


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_screenshot(browser, served_site, name, width):
    page = open_page(browser, served_site + PAGE_TYPES[name], width)
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"{name}-{width}.png"
    page.screenshot(path=str(target), full_page=True)
    page.close()
    assert target.stat().st_size > 10_000

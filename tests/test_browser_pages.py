"""Every page type in real Chromium: axe-core, what a reader sees at 375 px and 1280 px, requests, 320 px.

Each page type is loaded once per width. In that one visit the layout is measured and a screenshot is
written to test-artifacts/ (gitignored; for people to look at); at 375 px, the phone width most readers
have, axe-core runs its WCAG and best-practice rules (as Lighthouse does); at 1280 px every request is
recorded while search is opened. The tests below then assert on what that visit found.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"
WIDTHS = [1280, 375]
HEIGHT = 900
# One page of each type; the force page in two shapes of the real content (a full letter and later rounds;
# secondary sources only). The fixture site below has the other shapes.
PAGE_TYPES = {
    "home": "/",
    "forces-index": "/forces/",
    "force": "/forces/west-yorkshire/",
    "force-from-secondary-sources": "/forces/derbyshire/",
    "national": "/national/",
    "data": "/data/",
    "systems": "/systems/",
    "methodology": "/methodology/",
    "about": "/about/",
    "accessibility": "/accessibility/",
    "not-found": "/404.html",
    "documents-index": "/documents/",
    "document-letter": "/documents/2017-10-02-hmicfrs-letter-west-yorkshire/",
    "document-pcc-letter": "/documents/2017-11-14-west-yorkshire-pcc-letter-to-home-secretary/",
    "document-panel-report": "/documents/2018-03-09-west-yorkshire-police-and-crime-panel-report/",
}
# Pages of the fixture site (tests/fixtures/shapes) for the record shapes the real content will have.
SHAPES = {
    "force-from-press-report": "/forces/staffordshire/",
    "force-with-rounds-and-notes": "/forces/north-yorkshire/",
    "national-two-rounds": "/national/",
    "forces-index-with-outcomes": "/forces/",
    "force-with-every-round": "/forces/warwickshire/",
    "force-with-one-round": "/forces/gloucestershire/",
    "force-with-no-round": "/forces/dyfed-powys/",
    "force-with-hostile-text": "/forces/kent/",
}
# The forces index hides the side navigation (front matter `hide: navigation`) to give its table the
# width; on a wide screen there is then no menu button either, and the header's title is the way on.
NO_SIDE_NAVIGATION_WHEN_WIDE = {"forces-index", "forces-index-with-outcomes"}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_TAGS = [*WCAG_TAGS, "best-practice"]  # best practice: a named search dialog, unique landmarks, ...
AXE_WIDTH = 375
AXE = Path(__import__("axe_playwright_python").__file__).with_name("axe.min.js")

# What a reader would notice, measured in the page: sideways scrolling, the main heading, text cut off at
# the edge of the window. Visually hidden content (a 1-pixel box that clips, as screen-reader-only table
# headings are) is not seen, so it cannot be cut off.
LAYOUT = """() => {
  const width = innerWidth, height = innerHeight;
  const clipped = el => {
    for (let a = el; a; a = a.parentElement) {
      const r = a.getBoundingClientRect(), s = getComputedStyle(a);
      if ((r.width <= 1 || r.height <= 1) && (s.overflow !== 'visible' || s.clip !== 'auto')) return true;
    }
    return false;
  };
  const text = el => [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  const outside = [...document.querySelectorAll('article *')]
    .filter(el => text(el) && el.checkVisibility({visibilityProperty: true}) && !clipped(el))
    .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > width + 1); })
    .map(el => `${el.tagName.toLowerCase()}: ${el.textContent.trim().slice(0, 40)}`);
  const h1s = [...document.querySelectorAll('article h1')].map(h => {
    const r = h.getBoundingClientRect();
    return {text: h.innerText.trim(), shown: h.checkVisibility({visibilityProperty: true}),
            inside: r.top >= 0 && r.left >= 0 && r.bottom <= height && r.right <= width && r.width > 0};
  });
  return {width, scrollWidth: document.scrollingElement.scrollWidth, outside: outside.slice(0, 10), h1s};
}"""


def settled(page) -> None:
    """Wait until the page is still: two frames drawn (what a click or a scroll set off has begun) and no animation or
    transition running. Material fades the header's title in when the page scrolls past its heading: measured midway,
    the half-faded words fail axe's colour contrast."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


def axe_violations(page) -> list[dict]:
    """Inject the real axe-core engine shipped with axe-playwright-python and run the WCAG A/AA and best-practice
    rules, on the page once it is still."""
    settled(page)
    page.evaluate(AXE.read_text())
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    result = page.evaluate("options => axe.run(document, options)", options)
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def save(path: Path, data: bytes) -> None:
    """Write an artefact whole (another run writing the same name never leaves half a file)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def nav_reachable(page, width: int, name: str, timeout: float = 5_000) -> list[str]:
    """What stops a reader from reaching the site's navigation from this page: [] when nothing does."""
    if width > 1220 and name in NO_SIDE_NAVIGATION_WHEN_WIDE:
        home = page.locator("header a.md-header__button.md-logo")
        return [] if home.is_visible() else ["no side navigation and no link home in the header"]
    # The link named exactly "Forces": a page's own headings (in the drawer's table of contents) may contain the word.
    side = page.locator(".md-nav--primary").get_by_role("link", name="Forces", exact=True).first
    menu = page.locator("button.apsp-drawer-button")  # static/assets/header-buttons.js
    if menu.is_visible():
        menu.click()  # on a narrow screen the navigation is a drawer behind the menu button
    try:
        expect(side).to_be_in_viewport(timeout=timeout)  # waits while the drawer slides in
    except AssertionError:
        return [
            "the navigation's link to the forces is not in the window"
            + (" after opening the menu" if menu.count() else "")
        ]
    return []


def visit(context, base: str, name: str, path: str, width: int, search: bool) -> dict:
    """One load of one page at one width: everything the tests below assert on."""
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base + path)
    found = {"axe": axe_violations(page) if width == AXE_WIDTH else None, "layout": page.evaluate(LAYOUT)}
    shot = page.screenshot(full_page=True)
    save(ARTIFACTS / f"{name}-{width}.png", shot)
    if found["axe"] is not None:
        save(ARTIFACTS / f"axe-{name}-{width}.json", json.dumps(found["axe"], indent=2).encode())
    found["screenshot"] = png_size(shot)
    found["nav"] = nav_reachable(page, width, name)
    if search:
        page.keyboard.press("/")  # open search, which loads the search index and worker
        page.keyboard.type("police")
        page.locator(".md-search-result__item").first.wait_for()
        page.wait_for_load_state("networkidle")
    found["requests"] = requests
    page.close()
    return found


@pytest.fixture(scope="module")
def visited(browser, served_site, served_shapes):
    """(page name, width) -> what its one visit found; each page is loaded once for all the tests below."""
    ARTIFACTS.mkdir(exist_ok=True)
    seen: dict[tuple[str, int], dict] = {}
    narrow = browser.new_context(viewport={"width": WIDTHS[1], "height": HEIGHT})
    wide = browser.new_context(viewport={"width": WIDTHS[0], "height": HEIGHT})

    def look(name: str, width: int) -> dict:
        if (name, width) not in seen:
            base, path = (served_site, PAGE_TYPES[name]) if name in PAGE_TYPES else (served_shapes, SHAPES[name])
            if width == WIDTHS[0] and name in PAGE_TYPES:
                # A context of its own, with an empty cache: every request is recorded, search opened included
                # (the fixture site's shapes share the real site's assets: their requests are not checked).
                with browser.new_context(viewport={"width": width, "height": HEIGHT}) as context:
                    seen[name, width] = visit(context, base, name, path, width, search=True)
            else:
                seen[name, width] = visit(narrow if width == WIDTHS[1] else wide, base, name, path, width, search=False)
        return seen[name, width]

    yield look
    narrow.close()
    wide.close()


ALL_PAGES = [*PAGE_TYPES, *SHAPES]


@pytest.mark.parametrize("name", ALL_PAGES)
def test_axe_finds_no_violations(visited, name):
    violations = visited(name, AXE_WIDTH)["axe"]
    assert violations == [], json.dumps(violations, indent=2)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ALL_PAGES)
def test_a_reader_sees_the_whole_page_its_heading_and_the_way_on(visited, name, width):
    found = visited(name, width)
    layout = found["layout"]
    assert layout["scrollWidth"] <= layout["width"], f"page is {layout['scrollWidth']} px wide in a {width} px window"
    assert found["screenshot"][0] == width, f"the screenshot is {found['screenshot'][0]} px wide, not {width}"
    assert len(layout["h1s"]) == 1, layout["h1s"]
    assert layout["h1s"][0]["text"] and layout["h1s"][0]["shown"] and layout["h1s"][0]["inside"], layout["h1s"]
    assert layout["outside"] == [], f"text beyond the edge of a {width} px window: {layout['outside']}"
    assert found["nav"] == []


def test_the_layout_checks_catch_a_page_a_reader_could_not_read(browser):
    # Guards the tests above: the same measurements on a page that is too wide, whose heading is below the
    # fold and whose text runs off the edge, with no navigation.
    page = browser.new_page(viewport={"width": 375, "height": HEIGHT})
    page.set_content(
        "<html lang='en'><title>x</title><body><article><div style='height:2000px'></div>"
        "<h1>Late</h1><p style='width:900px'>a line of text far too wide</p></article></body></html>"
    )
    layout = page.evaluate(LAYOUT)
    nav = nav_reachable(page, 375, "x", timeout=100)
    page.close()
    assert layout["scrollWidth"] > 375
    assert layout["h1s"] == [{"text": "Late", "shown": True, "inside": False}]
    assert layout["outside"] == ["p: a line of text far too wide"]
    assert nav == ["the navigation's link to the forces is not in the window"]


def test_axe_engine_reports_a_known_violation(browser):
    # Guards the tests above: the injected engine really runs and really fails a broken page.
    page = browser.new_page()
    page.set_content("<html lang='en'><title>x</title><main><img src='x.png'><button></button></main></html>")
    ids = {v["id"] for v in axe_violations(page)}
    page.close()
    assert {"image-alt", "button-name"} <= ids


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_request_leaves_the_site(visited, served_site, name):
    requests = visited(name, WIDTHS[0])["requests"]  # the page, then search opened and a query typed
    own = urlsplit(served_site).netloc
    foreign = [
        u for u in requests if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != own
    ]
    assert len(requests) > 3, requests  # the page, its styles, scripts and the search index were recorded
    assert any(u.endswith("/search/search_index.json") for u in requests), requests
    assert foreign == []


@pytest.fixture(scope="module")
def narrow(browser):
    """One browser context 320 px wide for the pages below."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    yield context
    context.close()


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_horizontal_scrolling_at_320_pixels(narrow, served_site, name):
    page = narrow.new_page()
    page.goto(served_site + PAGE_TYPES[name])
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    # Nor does any table scroll sideways inside the page (Material wraps wide tables in a scroller).
    sideways = page.eval_on_selector_all(
        "article *",
        "els => els.filter(e => e.scrollWidth > e.clientWidth + 1 && "
        "['auto', 'scroll'].includes(getComputedStyle(e).overflowX)).map(e => e.className || e.tagName)",
    )
    page.close()
    assert widths[0] <= widths[1], f"page is {widths[0]} px wide in a {widths[1]} px window"
    assert sideways == [], sideways

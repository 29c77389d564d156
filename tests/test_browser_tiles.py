"""The tile maps in real Chromium: a tile link leads to the force's section, tiles are big enough to tap at
320 px, keyboard focus is visible, axe finds nothing at 320 and 1280 px (375 px: test_browser_pages.py), and in
forced-colours mode the marks still carry the meaning. Screenshots of every map go to test-artifacts/."""

from __future__ import annotations

import json

import pytest

from tests.test_browser_pages import ARTIFACTS, axe_violations, save

pytestmark = pytest.mark.browser

MAP_PAGES = {"home": "/", "national": "/national/", "force": "/forces/west-yorkshire/"}
TILE = ".apsp-tiles a"


def test_a_tile_link_leads_to_the_force_section_for_its_programme(browser, served_site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + "/national/")
    # Its name (its <title>, also its tooltip) starts with what it shows: "Dur".
    name = (
        "Dur, Durham Constabulary. Integrity programme 2024–26, Vetting: inadequate. Covers County Durham and "
        "Darlington."
    )
    tile = page.get_by_role("link", name=name, exact=True)
    assert tile.count() == 1
    tile.click()
    page.wait_for_url("**/forces/durham/#round-assessment-integrity-2024-26")
    heading = page.locator("#round-assessment-integrity-2024-26")
    assert heading.is_visible() and "Integrity programme 2024–26" in heading.inner_text()
    assert (
        page.evaluate("document.getElementById('round-assessment-integrity-2024-26').getBoundingClientRect().top") < 900
    )
    page.close()


@pytest.mark.parametrize("name", ["home", "national"])
def test_every_tile_is_at_least_24_css_pixels_at_320_pixels(browser, served_site, name):
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(served_site + MAP_PAGES[name])
    sizes = page.eval_on_selector_all(
        f"{TILE} > use:first-of-type",
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })",
    )
    wide = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    page.close()
    assert len(sizes) >= 43 and min(min(s) for s in sizes) >= 24, min(min(s) for s in sizes)
    assert wide[0] <= wide[1]


def test_keyboard_focus_on_a_tile_is_visible(browser, served_site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + "/national/")
    first = page.locator(TILE).first
    before = first.evaluate("a => getComputedStyle(a.querySelector('use')).fill")
    first.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
    focused = page.evaluate("document.activeElement.closest('.apsp-tiles') !== null")
    after = page.evaluate(
        "(() => { const u = document.activeElement.querySelector('use'); const s = getComputedStyle(u); return "
        "[s.fill, s.stroke, s.strokeWidth]; })()"
    )
    save(ARTIFACTS / "tile-focus-1280.png", first.evaluate_handle("a => a.closest('figure')").as_element().screenshot())
    page.close()
    assert focused and after[0] == "rgb(255, 221, 0)" and after[0] != before and after[1] == "rgb(11, 12, 12)", (
        before,
        after,
    )


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("name", MAP_PAGES)
def test_axe_finds_no_violations_on_the_map_pages(browser, served_site, name, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(served_site + MAP_PAGES[name])
    violations = axe_violations(page)
    page.close()
    assert violations == [], json.dumps(violations, indent=2)


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("name", MAP_PAGES)
def test_screenshots_of_every_map(browser, served_site, name, width):
    """For people to look at: each map block at both widths, and in forced-colours mode."""
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(served_site + MAP_PAGES[name])
    page.add_style_tag(
        content=".md-header, .md-tabs { position: static !important; }"
    )  # no sticky header over the maps
    blocks = page.locator(".apsp-tilemaps, .apsp-locator")
    assert blocks.count() == {"home": 4, "national": 4, "force": 1}[name]
    for i in range(blocks.count()):
        save(ARTIFACTS / f"tiles-{name}-{width}-{i}.png", blocks.nth(i).screenshot())
    page.emulate_media(forced_colors="active")
    save(ARTIFACTS / f"tiles-{name}-{width}-forced-colors.png", blocks.first.screenshot())
    marks = page.eval_on_selector_all(f"{TILE} > use:nth-of-type(2)", "els => els.map(e => getComputedStyle(e).color)")
    fills = page.eval_on_selector_all(f"{TILE}", "els => new Set(els.map(e => getComputedStyle(e).fill)).size")
    page.close()
    if name != "force":
        assert marks and len(set(marks)) == 1  # every mark drawn in the one text colour: the marks carry the meaning
        assert fills == 1  # no colour is left to carry it


def test_the_force_page_stays_under_60_kb_with_its_locator(built_site):
    sizes = {p.parent.name: p.stat().st_size for p in (built_site / "forces").glob("*/index.html")}
    largest = max(sizes, key=sizes.get)
    assert sizes[largest] <= 60 * 1024, f"{largest}: {sizes[largest]:,} bytes"


@pytest.mark.parametrize("name", ["home", "national"])
def test_every_tile_is_named_by_chromium_with_its_visible_label_first(browser, served_site, name):
    """WCAG 2.5.3, label in name, as the browser computes the name (from the tile's <title>, which is its tooltip too):
    "click Dur" works. Lighthouse's label-in-name audit checks only names given by aria-label, which no tile has."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + MAP_PAGES[name])
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    tiles = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": TILE})["nodeIds"]
    shown = page.eval_on_selector_all(TILE, "els => els.map(a => a.querySelector('text').textContent)")
    named = []
    for node in tiles:
        ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})["nodes"][0]
        named.append((ax["role"]["value"], ax["name"]["value"], ax.get("description", {}).get("value", "")))
    page.close()
    assert len(named) == len(shown) >= 43 * (4 if name == "home" else 11)
    wrong = [
        (label, n) for label, n in zip(shown, named) if n[0] != "link" or not n[1].startswith(f"{label}, ") or n[2]
    ]
    assert wrong == [], wrong[:3]  # a link, named by its label first, with no description repeating the name


def test_maps_side_by_side_stay_in_line_and_a_lone_map_has_the_key_beside_it(browser, served_site):
    """At 1280 px: two maps on a row start at one height though one title wraps (2021/25's), and the third 2024–26 map
    does not sit alone on a half-empty row: its programme's key fills the cell beside it."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + "/national/")
    groups = page.eval_on_selector_all(
        ".apsp-tilemaps__maps",
        """gs => gs.map(g => ({
            maps: [...g.querySelectorAll('svg.apsp-tiles')].map(s => s.getBoundingClientRect())
                .map(r => [r.top, r.left]),
            captions: [...g.querySelectorAll('figcaption')].map(c => c.getBoundingClientRect().height),
            key: (r => [r.top, r.left])(g.querySelector('.apsp-tilemaps__key').getBoundingClientRect())}))""",
    )
    page.close()
    rows = [(a, b) for g in groups for a, b in zip(g["maps"][::2], g["maps"][1::2])]
    assert rows and all(abs(a[0] - b[0]) < 1 and a[1] < b[1] for a, b in rows), rows
    assert any(max(g["captions"]) > min(g["captions"]) for g in groups)  # a title wraps where its neighbour's does not
    third = next(g for g in groups if len(g["maps"]) == 3)
    assert third["key"][1] > third["maps"][2][1] and third["key"][0] < third["maps"][2][0] + 200, third


def test_on_the_home_page_maps_side_by_side_start_in_line_though_one_title_wraps(browser, served_site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + "/")
    found = page.eval_on_selector_all(
        ".apsp-home-maps figure.apsp-tilemap",
        """fs => fs.map(f => {
            const words = document.createRange();
            words.selectNodeContents(f.querySelector('figcaption'));  // its lines, not its (stretched) box
            return [f.querySelector('svg').getBoundingClientRect().top,
                    new Set([...words.getClientRects()].map(r => Math.round(r.bottom))).size];
        })""",
    )
    page.close()
    pairs = list(zip(found[::2], found[1::2]))
    assert len(pairs) == 2 and any(a[1] != b[1] for a, b in pairs)  # a title wraps where its neighbour's does not
    assert all(abs(a[0] - b[0]) < 1 for a, b in pairs), pairs

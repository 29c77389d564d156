"""Text a reader must read, at its smallest (a 320 px screen) in real Chromium: the maps' tile labels, the locator's
label, the national charts' words and the notes in the national tables are at least 12 px as drawn (an SVG's text
is scaled with its map), and the charts and notes are in the page's own font."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

NARROWEST = {"width": 320, "height": 640}
SMALLEST = 12  # px, as drawn
# Each text's size as drawn: its computed size, times its SVG's scale where it is in one; and its font family.
DRAWN = """(selector) => [...document.querySelectorAll(selector)].map(e => {
  const svg = e.ownerSVGElement;
  const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
  const style = getComputedStyle(e);
  return {text: e.textContent.trim().slice(0, 40), px: parseFloat(style.fontSize) * scale, font: style.fontFamily};
})"""
TEXTS = {
    "/": [".apsp-tiles text"],
    "/national/": [
        ".apsp-tiles text",
        ".apsp-bars__label",
        ".apsp-bars__value",
        ".apsp-bars figcaption",
        ".apsp-basis",
    ],
    "/forces/west-midlands/": [".apsp-locator text"],
}


@pytest.mark.parametrize("path", TEXTS)
def test_text_a_reader_must_read_is_at_least_12_pixels_at_320_and_in_the_pages_font(browser, served_site, path):
    page = browser.new_page(viewport=NARROWEST)
    page.goto(served_site + path)
    body = page.evaluate("getComputedStyle(document.querySelector('.md-typeset')).fontFamily")
    found = {selector: page.evaluate(DRAWN, selector) for selector in TEXTS[path]}
    page.close()
    for selector, texts in found.items():
        assert texts, f"no {selector} on {path}"
        small = [(t["text"], round(t["px"], 1)) for t in texts if t["px"] < SMALLEST]
        assert small == [], f"{path} {selector}: {small[:3]}"
        assert {t["font"] for t in texts} == {body}, f"{path} {selector}: not the page's font"

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


def test_the_home_pages_figures_hang_so_wrapped_words_never_run_under_them(browser, served_site):
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(served_site + "/")
    items = page.eval_on_selector_all(
        "ul.apsp-headline li",
        """lis => lis.map(li => {
            const figure = li.querySelector('.apsp-headline__figure').getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(li);
            range.setStartAfter(li.querySelector('.apsp-headline__figure'));
            const lines = [...range.getClientRects()].filter(r => r.width > 0);
            return {right: figure.right, lefts: lines.map(r => r.left), lines: new Set(lines.map(r => r.top)).size};
        })""",
    )
    page.close()
    assert len(items) == 4 and any(i["lines"] > 1 for i in items)  # at 375 px a label wraps
    assert all(min(i["lefts"]) >= i["right"] for i in items), items

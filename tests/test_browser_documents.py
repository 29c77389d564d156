"""A web citation's text fragment in real Chromium: the page opens scrolled to the words quoted, highlighted."""

from __future__ import annotations

import pytest

from generator import citations

pytestmark = pytest.mark.browser

PAGE = "/documents/2018-03-09-west-yorkshire-police-and-crime-panel-report/"
# Words far down the page (its last paragraph), and a paragraph that is on screen with them but not quoted.
WORDS = "HMICFRS have indicated progress against their recommendations will form part of inspections from 2018"
OTHER = "paragraph-3-9"

RECT = """words => {
  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const r = range.getClientRects()[0];
    return {x: r.x, y: r.y, width: r.width, height: r.height};
  }
  return null;
}"""


def test_a_text_fragment_scrolls_to_the_words_and_highlights_them(browser, served_site):
    url = citations.text_fragment(served_site + PAGE, WORDS)
    assert "#:~:text=" in url
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    page.wait_for_function("scrollY > 0", timeout=5_000)  # scrolled, far from the top
    words = page.evaluate(RECT, WORDS)
    assert words and 0 <= words["y"] and words["y"] + words["height"] <= 900, words  # the words are on screen
    other = page.locator(f"#{OTHER} p").first.bounding_box()
    assert other and other["y"] >= 0

    def shots(style: str) -> tuple[bytes, bytes]:
        page.add_style_tag(content=f"::target-text {{ {style} }}")
        page.wait_for_timeout(200)
        return (page.screenshot(clip=words), page.screenshot(clip={**other, "height": min(other["height"], 40)}))

    # The highlight (::target-text) is on the words, and only there: restyling it changes how the words look,
    # and leaves a paragraph that is not quoted as it was.
    quoted_a, unquoted_a = shots("background-color: #ff00ff !important; color: #000000 !important;")
    quoted_b, unquoted_b = shots("background-color: transparent !important; color: inherit !important;")
    page.close()
    assert quoted_a != quoted_b, "the words quoted are not highlighted"
    assert unquoted_a == unquoted_b

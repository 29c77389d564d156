"""What the source says, in real Chromium with no script: behind each citation of a web source, closed until the
reader opens it (by mouse or keyboard), its passages in quotation marks, nothing sideways at 375 px."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"
PAGE = "/forces/lancashire/"
ACTION = "#action-launched-the-crimestoppers-reporting-line"
SAYS = f"{ACTION} ~ ul details.apsp-says"


@pytest.mark.parametrize("width", [375, 1280])
def test_what_the_source_says_is_closed_until_opened_without_script(browser, served_site, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site + PAGE)
    says = page.locator(SAYS).first
    passage = says.locator("li").first
    summary = says.locator("summary")
    assert summary.inner_text() == "What the source says"
    assert says.get_attribute("open") is None and not passage.is_visible()  # closed by default
    summary.click()
    assert says.get_attribute("open") is not None and passage.is_visible()
    # The source's words, in quotation marks (a q element: the browser draws them).
    assert passage.locator("q").inner_text() == "Thursday (March 14)"
    assert passage.locator("q").evaluate("q => getComputedStyle(q, '::before').content") == "open-quote"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    says.scroll_into_view_if_needed()
    page.evaluate("scrollBy(0, 200)")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"what-the-source-says-{width}.png"))
    summary.click()
    assert says.get_attribute("open") is None
    # By keyboard: the summary takes the focus, and Enter opens it.
    summary.focus()
    page.keyboard.press("Enter")
    assert says.get_attribute("open") is not None
    context.close()

"""A reader types into the site's search box, in real Chromium."""
import pytest

pytestmark = pytest.mark.browser


def search(browser, base, query):
    page = browser.new_page()
    page.goto(base + "/")
    page.get_by_label("Search", exact=False).first.click()
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    results = page.locator(".md-search-result__item").all_inner_texts()
    page.close()
    return results


def test_searching_cosain_finds_west_yorkshire(browser, served_site):
    results = search(browser, served_site, "COSAIN")
    assert results and "West Yorkshire Police" in results[0]

"""The keyboard on a phone, in real Chromium at 375 px: no Tab stop lands on something off screen (the closed
navigation drawer's links, the closed search overlay), and the Menu and Search buttons open and close what they
stand for (static/assets/header-buttons.js; the closed drawer's and search's rules in apsp.css)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 800}
STOPS = 30
MENU = "button.apsp-drawer-button"
SEARCH = "button.apsp-search-button"
# Where the focused element is, and whether a reader can see it: its box, and its computed visibility.
FOCUSED = """() => {
  const e = document.activeElement;
  const r = e.getBoundingClientRect();
  const name = (e.getAttribute('aria-label') || e.textContent || e.tagName).trim().slice(0, 60);
  return {name, tag: e.tagName, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
          visible: getComputedStyle(e).visibility === 'visible',
          inDrawer: e.closest('.md-sidebar--primary') !== null,
          inSearch: e.closest('.md-search') !== null};
}"""


def on_screen(box: dict) -> bool:
    return (
        box["visible"]
        and box["right"] > 0
        and box["left"] < PHONE["width"]
        and box["bottom"] > 0
        and box["top"] < PHONE["height"]
        and box["right"] - box["left"] > 0
    )


@pytest.mark.parametrize("path", ["/", "/national/"])
def test_every_one_of_the_first_30_tab_stops_is_on_screen_at_375_pixels(browser, served_site, path):
    page = browser.new_page(viewport=PHONE)
    page.goto(served_site + path)
    stops = []
    for _ in range(STOPS):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUSED))
    page.close()
    off = [(i + 1, s["name"], round(s["left"])) for i, s in enumerate(stops) if not on_screen(s)]
    assert off == [], off
    assert not any(s["inDrawer"] or s["inSearch"] for s in stops)  # the closed drawer and search take no stop at all
    # After "Skip to content": the ways into the navigation and the search, each a real button.
    assert [(s["name"], s["tag"]) for s in stops[1:3]] == [("Menu", "BUTTON"), ("Search", "BUTTON")]


def test_the_menu_button_opens_the_drawer_and_focus_comes_back_when_it_closes(browser, served_site):
    page = browser.new_page(viewport=PHONE)
    page.goto(served_site + "/")
    menu = page.locator(MENU)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["name"] == "Menu" and menu.get_attribute("aria-expanded") == "false"

    page.keyboard.press("Enter")
    page.wait_for_timeout(350)  # the drawer slides in over 0.25 s
    opened = page.evaluate(FOCUSED)
    assert menu.get_attribute("aria-expanded") == "true"
    assert opened["inDrawer"] and on_screen(opened), opened
    page.keyboard.press("Tab")
    inside = page.evaluate(FOCUSED)
    assert inside["inDrawer"] and on_screen(inside) and inside["name"] != opened["name"]

    page.keyboard.press("Escape")
    page.wait_for_timeout(350)
    assert page.evaluate(FOCUSED)["name"] == "Menu" and menu.get_attribute("aria-expanded") == "false"
    links = page.eval_on_selector_all(
        ".md-sidebar--primary a[href]", "els => els.map(a => getComputedStyle(a).visibility)"
    )
    assert links and set(links) == {"hidden"}  # closed again: out of the Tab order

    page.keyboard.press(" ")  # Space opens it too
    page.wait_for_timeout(350)
    assert page.evaluate(FOCUSED)["inDrawer"]
    page.mouse.click(360, 400)  # a tap on the page beside the drawer closes it
    page.wait_for_timeout(350)
    assert page.evaluate(FOCUSED)["name"] == "Menu"
    page.close()


def test_on_a_wide_screen_the_navigation_stays_in_the_tab_order(browser, served_site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + "/")
    stops = []
    for _ in range(8):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUSED))
    page.close()
    assert any(s["inDrawer"] and s["visible"] and s["left"] >= 0 for s in stops)  # the side navigation's links


def test_the_search_button_opens_the_search_and_focus_comes_back_when_it_closes(browser, served_site):
    page = browser.new_page(viewport=PHONE)
    page.goto(served_site + "/national/")
    search = page.locator(SEARCH)
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["name"] == "Search" and search.get_attribute("aria-expanded") == "false"

    page.keyboard.press("Enter")
    opened = page.evaluate(FOCUSED)
    assert opened["inSearch"] and opened["tag"] == "INPUT" and on_screen(opened), opened
    assert search.get_attribute("aria-expanded") == "true"
    page.keyboard.type("Kent")
    page.locator(".md-search-result__item").first.wait_for()

    page.keyboard.press("Escape")
    page.wait_for_timeout(400)  # the overlay fades out over 0.3 s
    assert page.evaluate(FOCUSED)["name"] == "Search" and search.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Tab")  # on to the page: nothing of the closed search is in the way
    after = page.evaluate(FOCUSED)
    assert not after["inSearch"] and on_screen(after), after

    page.keyboard.press("Shift+Tab")
    page.keyboard.press(" ")  # Space opens it too, and Tab out of it goes on to the page
    assert page.evaluate(FOCUSED)["tag"] == "INPUT"
    page.keyboard.press("Tab")
    page.wait_for_timeout(400)
    gone = page.evaluate(FOCUSED)
    assert not gone["inSearch"] and on_screen(gone) and search.get_attribute("aria-expanded") == "false", gone
    page.close()


def test_on_a_wide_screen_tab_goes_from_the_search_box_to_the_page(browser, served_site):
    """Material's search results scroll in a focusable area, kept while the search is closed (0 px high): Tab from
    the search box must go on to the page, not into it."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + "/national/")
    page.locator(".md-search__input").focus()
    page.keyboard.press("Tab")
    after = page.evaluate(FOCUSED)
    page.close()
    assert not after["inSearch"] and after["visible"] and after["bottom"] - after["top"] > 0, after

"""A reader searches the site, in real Chromium."""

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def search(browser, base, query):
    """The search results as (page address, title) pairs, best first, one per page.

    The query comes in the address (`?q=`, as a shared search link does): Material puts it in the search
    box and runs that one search. Typed letter by letter, each letter would be a search of its own,
    answered in turn, and the first list shown could be the answer to the first letters only."""
    page = browser.new_page()
    page.goto(base + "/?q=" + quote(query))
    expect(page.locator(".md-search__input")).to_have_value(query)
    page.locator(".md-search-result__item").first.wait_for()
    results = page.eval_on_selector_all(
        ".md-search-result__list > .md-search-result__item > a:first-child",
        "els => els.map(e => [new URL(e.href).pathname, e.querySelector('h1, h2').innerText])",
    )
    page.close()
    return results


def test_searching_cosain_finds_west_yorkshire_first(browser, served_site):
    results = search(browser, served_site, "COSAIN")
    assert results[0] == ["/forces/west-yorkshire/", "West Yorkshire Police"]
    assert ["/systems/", "Systems register"] in results


def test_searching_cosain_finds_the_pcc_letter_that_names_it(browser, served_site):
    """The documents the project holds are searched too: the PCC's letter names COSAIN in its paragraph 12."""
    results = search(browser, served_site, "COSAIN")
    letter = "/documents/2017-11-14-west-yorkshire-pcc-letter-to-home-secretary/"
    assert letter in [path for path, _ in results], results
    page = browser.new_page()
    page.goto(served_site + letter)
    assert "COSAIN" in page.locator("#paragraph-12").inner_text()
    page.close()


@pytest.mark.parametrize("query", ["Dyfed-Powys", "dyfed powys", "Dyfed–Powys", "Dyfed"])
def test_searching_a_hyphenated_force_name_finds_its_page_first(browser, served_site, query):
    results = search(browser, served_site, query)
    assert results[0] == ["/forces/dyfed-powys/", "Dyfed-Powys Police"]


def test_searching_a_person_named_in_sources_finds_the_force_pages_that_name_him(browser, served_site):
    from generator.build import check
    from tests.conftest import ROOT

    content, _ = check(ROOT)
    signed = {
        f"/forces/{f.id}/" for f in content.forces for r in f.rounds if r.letter and "Cunningham" in r.letter.sender
    }
    named = {f"/forces/{f.id}/" for f in content.forces for r in f.rounds if "Cunningham" in (r.note or "")}
    # The letters the project holds that he signed name him too, on their own pages: as relevant, and may come first.
    letters = {f"/documents/{d.id}/" for d in content.documents if "Cunningham" in (d.author or "")}
    results = search(browser, served_site, "Cunningham")
    top = {path for path, _ in results[: len(signed | named | letters)]}
    assert signed and named and signed | named <= top <= signed | named | letters


def test_search_works_from_the_keyboard_alone_with_visible_focus(browser, served_site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + "/methodology/")
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.md-search__input')"):
            break
    else:
        pytest.fail("the search box cannot be reached with the Tab key")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused search box shows no focus outline"
    page.keyboard.type("Gwent")
    # Every letter typed is a search of its own, answered in turn. The first result's title marks the
    # whole word only once the answer to the whole word is shown: wait for it, then choose that result.
    first = page.locator(".md-search-result__list > .md-search-result__item").first
    expect(first.locator("mark").first).to_have_text("Gwent")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url("**/forces/gwent/**")
    assert page.locator("h1").inner_text() == "Gwent Police"
    page.close()


@pytest.mark.parametrize(
    "query, path, title",
    [
        ("Kent", "/forces/kent/", "Kent Police"),
        ("Merseyside", "/forces/merseyside/", "Merseyside Police"),
        ("thames valley", "/forces/thames-valley/", "Thames Valley Police"),
        ("Logpoint", "/forces/west-yorkshire/", "West Yorkshire Police"),
    ],
)
def test_searching_a_force_or_system_name_shows_the_force_page_first(browser, served_site, query, path, title):
    assert search(browser, served_site, query)[0] == [path, title]


@pytest.mark.parametrize(
    "council, force",
    [
        ("Bristol", "avon-and-somerset"),
        ("Oxford", "thames-valley"),
        ("Cardiff", "south-wales"),
        ("Brighton and Hove", "sussex"),
        ("Isles of Scilly", "devon-and-cornwall"),
        ("Westminster", "metropolitan"),
        ("City of London", "city-of-london"),
        ("Powys", "dyfed-powys"),
    ],
)
def test_searching_a_council_area_finds_its_forces_page_first(browser, served_site, council, force):
    """Each force page names its council areas (from ONS's lookup), so the site's search finds a reader's force."""
    results = search(browser, served_site, council)
    assert results[0][0] == f"/forces/{force}/", results[:3]

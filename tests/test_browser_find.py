"""Find your force, in real Chromium: a reader types a council area on the home page and lands on its force's page,
with JavaScript and without it (the A to Z list of council areas); a name that is no council area is told what to
do next; the form is keyboard-usable, named and announced; axe finds nothing at 375 and 1280 px; no request leaves
the site."""

import json
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.test_browser_pages import ARTIFACTS, axe_violations, save

pytestmark = pytest.mark.browser

# A council area a reader types, and the force whose page they must reach.
COUNCILS = {
    "Bristol": "avon-and-somerset",
    "Oxford": "thames-valley",
    "Cardiff": "south-wales",
    "Brighton and Hove": "sussex",
    "Isles of Scilly": "devon-and-cornwall",
    "Westminster": "metropolitan",
    "City of London": "city-of-london",
    "Powys": "dyfed-powys",
}
# What a reader may type instead: another case, "&" for "and", "City of" left out or added.
TOLERATED = {
    "brighton & hove": "sussex",
    "BRISTOL": "avon-and-somerset",
    "City of Bristol": "avon-and-somerset",
    "Kingston upon Hull": "humberside",
    "City of Westminster": "metropolitan",
    "  isles  of scilly ": "devon-and-cornwall",
}
FIELD = "Your council area"


@pytest.fixture
def home(browser, served_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(served_site + "/")
    page.requests = requests
    yield page
    context.close()


def field(page):
    return page.get_by_role("textbox", name=FIELD)


def lands_on(page, base, force_id):
    expect(page).to_have_url(f"{base}/forces/{force_id}/")
    expect(page.locator("article h1")).to_be_visible()


@pytest.mark.parametrize("typed", [*COUNCILS, *TOLERATED])
def test_typing_a_council_and_pressing_enter_lands_on_its_force(home, served_site, typed):
    field(home).fill(typed)
    field(home).press("Enter")
    lands_on(home, served_site, {**COUNCILS, **TOLERATED}[typed])


def test_matches_are_offered_as_the_reader_types_and_each_leads_to_its_force(home, served_site):
    field(home).press_sequentially("brigh")
    status = home.get_by_role("status")
    expect(status).to_contain_text("1 council area matches")
    matches = home.locator("#find-force-matches a")
    expect(matches).to_have_text(["Brighton and Hove"])
    matches.first.click()
    lands_on(home, served_site, "sussex")


def test_several_matches_are_each_offered_and_enter_does_not_choose_for_the_reader(home, served_site):
    field(home).fill("North")
    field(home).press("Enter")
    expect(home).to_have_url(served_site + "/")
    offered = home.locator("#find-force-matches li")
    expect(offered.first).to_be_visible()
    texts = offered.all_inner_texts()
    assert len(texts) == 8 and all(t.startswith("North") for t in texts), texts  # the first 8, the status says so
    assert len({t.split(" – ")[1] for t in texts}) > 1, texts  # each with its own force
    expect(home.get_by_role("status")).to_contain_text("council areas match")
    expect(home.get_by_role("status")).to_contain_text("The first 8 are listed")


@pytest.mark.parametrize("typed", ["Banbury", "Harrogate"])
def test_a_name_that_is_no_council_area_is_told_what_to_do_next(home, served_site, typed):
    field(home).fill(typed)
    field(home).press("Enter")
    expect(home).to_have_url(served_site + "/")
    status = home.get_by_role("status")
    expect(status).to_contain_text(f"No council area is called “{typed}”")
    police_uk = status.get_by_role("link", name="police.uk")
    assert urlsplit(police_uk.get_attribute("href")).netloc == "www.police.uk"
    status.get_by_role("link", name="all council areas, A to Z").click()
    expect(home.locator("#all-councils")).to_have_attribute("open", "")
    assert [u for u in home.requests if urlsplit(u).netloc != urlsplit(served_site).netloc] == []


def test_the_form_works_from_the_keyboard_alone(home, served_site):
    for _ in range(40):
        home.keyboard.press("Tab")
        if home.evaluate("document.activeElement.id") == "find-force-council":
            break
    else:
        pytest.fail("the council field cannot be reached with the Tab key")
    assert home.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    home.keyboard.type("Cardi")
    expect(home.locator("#find-force-matches a")).to_have_text(["Cardiff"])
    home.keyboard.press("Tab")  # the Find button
    home.keyboard.press("Tab")  # the match
    assert home.evaluate("document.activeElement.textContent") == "Cardiff"
    home.keyboard.press("Enter")
    lands_on(home, served_site, "south-wales")


def test_the_field_is_named_described_and_its_result_announced(home):
    described = field(home).get_attribute("aria-describedby")
    assert "Bristol" in home.locator(f"#{described}").inner_text()
    status = home.get_by_role("status")
    assert status.get_attribute("aria-live") in (None, "polite")  # role=status is polite by itself
    field(home).fill("Powys")
    expect(status).to_have_text("1 council area matches.", use_inner_text=True)  # what is shown, and read out
    expect(home.get_by_role("search", name="Find your force")).to_be_visible()


@pytest.mark.parametrize("typed", list(COUNCILS))
def test_without_javascript_the_a_to_z_list_leads_to_the_force(browser, served_site, typed):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(served_site + "/")
    expect(page.locator("#find-force")).to_be_hidden()  # a form that cannot work is not offered
    page.locator("#all-councils summary").click()
    name = {"Bristol": "City of Bristol"}.get(typed, typed)
    page.locator("#councils").get_by_role("link", name=name, exact=True).click()
    lands_on(page, served_site, COUNCILS[typed])
    context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_axe_finds_nothing_on_find_your_force(browser, served_site, width):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(served_site + "/")
    found = {}
    field(page).fill("North")
    found["matches"] = axe_violations(page)
    field(page).fill("Banbury")
    found["none"] = axe_violations(page)
    page.locator("#all-councils summary").click()
    found["a-to-z"] = axe_violations(page)
    field(page).fill("Bris")
    page.evaluate("document.getElementById('find-your-force').scrollIntoView()")
    save(ARTIFACTS / f"find-your-force-{width}.png", page.screenshot())
    save(ARTIFACTS / f"axe-find-your-force-{width}.json", json.dumps(found, indent=2).encode())
    context.close()
    assert found == {"matches": [], "none": [], "a-to-z": []}

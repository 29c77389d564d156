"""The forces table: filters by outcome, area and country, sort, the address, the keyboard; in Chromium."""
from __future__ import annotations

import pytest

from generator.build import check
from generator.derive import derive
from generator.views import forces_index
from tests.conftest import ROOT, TODAY

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def index():
    content, _ = check(ROOT)
    return forces_index(derive(content, TODAY))


def expected(index, outcome, area="", country=""):
    """The forces the records say should be shown, computed from the records, not from the page."""
    names = []
    for entry in index.forces:
        cells = [c for c in entry.cells if not area or c.area_id == area]
        values = {c.mark.outcome_id if c.mark else "none" for c in cells}
        if (not country or entry.country == country) and (not outcome or outcome in values):
            names.append(entry.name)
    return names


def visible(page) -> list[str]:
    return page.eval_on_selector_all("#forces-table tbody tr:not([hidden]) th", "els => els.map(e => e.innerText.trim())")


def outcome_choices(index):
    return [m.outcome_id for m in index.marks] + ["none"]


def test_without_javascript_the_table_lists_all_43_forces_and_no_form(browser, served_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site + "/forces/")
    assert page.locator("#forces-table tbody tr").count() == 43
    assert not page.locator("#force-filters").is_visible()
    context.close()


@pytest.mark.parametrize("area", ["", "it-monitoring", "overall"])
def test_filtering_by_outcome_shows_exactly_the_forces_with_that_outcome_and_the_address_keeps_it(browser, served_site, index, area):
    context = browser.new_context()
    page, again = context.new_page(), context.new_page()  # `again` opens each shared address afresh
    page.goto(served_site + "/forces/")
    for outcome in outcome_choices(index):
        page.select_option("#filter-area", area)
        page.select_option("#filter-outcome", outcome)
        want = expected(index, outcome, area)
        assert visible(page) == want, (outcome, area)
        assert page.locator("#filter-status").inner_text() == f"Showing {len(want)} of 43 forces"
        shared = page.url
        assert f"outcome={outcome}" in shared and (not area or f"area={area}" in shared)
        again.goto(shared)
        assert visible(again) == want and again.input_value("#filter-outcome") == outcome
    context.close()


def test_some_filter_shows_some_but_not_all_forces(index):
    # Guards the test above against a filter that shows everything or nothing for every choice.
    counts = {len(expected(index, o)) for o in outcome_choices(index)}
    assert any(0 < c < 43 for c in counts)


def test_filtering_by_country_and_sorting_z_to_a_from_the_address(browser, served_site, index):
    page = browser.new_page()
    page.goto(served_site + "/forces/?country=Wales&sort=za")
    want = expected(index, "", "", "Wales")
    assert visible(page) == list(reversed(want)) and len(want) == 4
    page.close()


def test_filters_work_from_the_keyboard_alone_with_visible_focus(browser, served_site, index):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + "/forces/")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "filter-outcome":
            break
    else:
        pytest.fail("the outcome filter cannot be reached with the Tab key")
    style = page.evaluate("(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()")
    assert style[0] != "none" and style[1] != "0px", style
    first = index.marks[0].outcome_id
    page.keyboard.press("ArrowDown")  # a closed select changes value with the arrow keys
    assert page.input_value("#filter-outcome") == first
    assert visible(page) == expected(index, first)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "filter-area"
    page.close()

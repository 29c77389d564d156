"""The forces index in Chromium: one table per programme, filters by programme, area, grade and country, sort,
the address, the keyboard, without JavaScript, no movement as it loads, 320 px, its own assets, axe."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.build import check
from generator.derive import derive
from generator.pages.forces_index import NONE, forces_index
from tests.conftest import ROOT, TODAY

pytestmark = pytest.mark.browser

AXE = Path(__import__("axe_playwright_python").__file__).with_name("axe.min.js")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Cumulative layout shift after load: every shift not caused by the reader, buffered from the first paint.
CLS = """() => new Promise(resolve => {
  let sum = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
    .observe({type: "layout-shift", buffered: true});
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
})"""


@pytest.fixture(scope="module")
def index():
    content, _ = check(ROOT)
    return forces_index(derive(content, TODAY))


def expected(index, programme="", area="", grade="", country="", reverse=False) -> dict[str, list[str]]:
    """Each shown table's forces, as the records say, computed from the view, not from the page."""
    area_programme, _, area_id = area.partition(".")
    tables = {}
    for p in index.programmes:
        pid = p.assessment.id
        if (programme and programme != pid) or (area and area_programme != pid):
            continue
        names = [
            r.name
            for r in p.rows
            if (not country or r.country == country)
            and (not grade or grade in {g for a, g in r.grades if not area_id or a == area_id})
        ]
        tables[pid] = list(reversed(names)) if reverse else names
    return tables


def shown(page) -> dict[str, list[str]]:
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(".apsp-programme")]
      .filter(s => !s.hidden).map(s => [s.dataset.programme,
        [...s.querySelectorAll("tbody tr")].filter(r => !r.hidden).map(r => r.cells[0].innerText.trim())]))""")


def status(tables) -> str:
    return f"Showing {len({n for names in tables.values() for n in names})} of 43 forces"


def choices(page, select) -> list[str]:
    return page.eval_on_selector_all(f"#filter-{select} option:not([value=''])", "os => os.map(o => o.value)")


def test_without_javascript_every_table_and_every_force_is_there_and_no_form(browser, served_site, index):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site + "/forces/")
    assert page.locator(".apsp-programme table.apsp-forces").count() == len(index.programmes) == 4
    assert (
        page.locator(f"#{index.actions.section.anchor} table tbody tr").count() == 43
    )  # what forces did next: every force, not filtered
    for p in index.programmes:
        rows = page.locator(f"#{p.section.anchor} tbody tr")
        assert rows.count() == 43 and rows.first.is_visible()
    assert shown(page) == expected(index)
    assert not page.locator("#force-filters").is_visible()
    assert "apsp-js" not in page.evaluate("document.documentElement.className")
    context.close()


def test_tables_are_newest_first_and_2017_says_no_record_yet(index):
    dates = [p.assessment.sort_date for p in index.programmes]
    assert dates == sorted(dates, reverse=True) and index.programmes[-1].assessment.id == "assessment-2017"
    assert index.programmes[-1].no_round == "No record yet" and index.programmes[0].no_round == "No report known"


def test_every_area_and_grade_together_with_a_country_shows_exactly_the_forces_the_records_say(
    browser, served_site, index
):
    page = browser.new_page()
    page.goto(served_site + "/forces/")
    grades = choices(page, "grade")
    assert grades == [g.value for g in index.grades] and grades[-1] == NONE
    for area in choices(page, "area"):
        page.select_option("#filter-area", area)
        for grade in grades:
            page.select_option("#filter-grade", grade)
            want = expected(index, area=area, grade=grade)
            assert shown(page) == want, (area, grade)
            assert page.locator("#filter-status").inner_text() == status(want)
        page.select_option("#filter-country", "Wales")
        want = expected(index, area=area, grade=grades[-1], country="Wales")
        assert shown(page) == want and page.locator("#filter-status").inner_text() == status(want)
        page.select_option("#filter-country", "")
    page.close()


def test_some_filter_shows_some_but_not_all_forces(index):
    # Guards the test above against filters that show everything or nothing for every choice.
    counts = {len({n for t in expected(index, grade=g.value).values() for n in t}) for g in index.grades}
    assert any(0 < c < 43 for c in counts) and len(counts) > 2


@pytest.mark.parametrize("programme", ["assessment-integrity-2024-26", "assessment-peel-2018-19", "assessment-2017"])
def test_a_programme_hides_the_other_tables_and_only_its_areas_can_be_chosen(browser, served_site, index, programme):
    page = browser.new_page()
    page.goto(served_site + "/forces/")
    newest = choices(page, "area")[0]  # an area of the newest programme
    page.select_option("#filter-area", newest)
    page.select_option("#filter-programme", programme)
    assert list(shown(page)) == [programme]
    enabled = page.eval_on_selector_all("#filter-area optgroup:not([disabled]) option", "os => os.map(o => o.value)")
    assert enabled and all(v.startswith(programme + ".") for v in enabled)
    area = newest if newest.startswith(programme + ".") else ""
    assert page.input_value("#filter-area") == area  # an area of another programme is let go
    page.select_option("#filter-grade", "good")
    page.select_option("#filter-country", "England")
    want = expected(index, programme=programme, area=area, grade="good", country="England")
    assert shown(page) == want and page.locator("#filter-status").inner_text() == status(want)
    page.close()


def test_the_address_keeps_the_filters_and_a_shared_address_shows_the_same(browser, served_site, index):
    page = browser.new_page()
    page.goto(served_site + "/forces/")
    area = "assessment-peel-2018-19.legitimacy"
    page.select_option("#filter-area", area)
    page.select_option("#filter-grade", "good")
    page.select_option("#filter-country", "Wales")
    page.select_option("#filter-sort", "za")
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"area": [area], "grade": ["good"], "country": ["Wales"], "sort": ["za"]}
    want = expected(index, area=area, grade="good", country="Wales", reverse=True)
    assert shown(page) == want and any(want.values())
    again = browser.new_page()
    again.goto(page.url)
    assert shown(again) == want and again.input_value("#filter-grade") == "good"
    assert again.locator("#filter-status").inner_text() == status(want)
    again.select_option("#filter-grade", "")
    assert parse_qs(urlsplit(again.url).query) == {"area": [area], "country": ["Wales"], "sort": ["za"]}
    again.close()
    page.close()


def test_unknown_or_contradictory_values_in_the_address_are_ignored(browser, served_site, index):
    page = browser.new_page()
    page.goto(
        served_site + "/forces/?programme=nope&grade=%3Cscript%3E&country=Wales&area=assessment-2017.it-monitoring"
    )
    assert page.input_value("#filter-programme") == "" and page.input_value("#filter-grade") == ""
    assert shown(page) == expected(index, area="assessment-2017.it-monitoring", country="Wales")
    page.goto(served_site + "/forces/?programme=assessment-peel-2018-19&area=assessment-2017.it-monitoring")
    assert page.input_value("#filter-area") == "" and list(shown(page)) == ["assessment-peel-2018-19"]
    page.goto(served_site + "/forces/?outcome=plan-commenced")  # the grade filter's former name
    assert page.input_value("#filter-grade") == "plan-commenced"
    assert shown(page) == expected(index, grade="plan-commenced")
    page.close()


def test_filters_work_from_the_keyboard_alone_with_visible_focus(browser, served_site, index):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(served_site + "/forces/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "filter-programme":
            break
    else:
        pytest.fail("the programme filter cannot be reached with the Tab key")
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()"
    )
    assert style[0] != "none" and style[1] != "0px", style
    page.keyboard.press("ArrowDown")  # a closed select changes value with the arrow keys
    first = index.programmes[0].assessment.id
    assert page.input_value("#filter-programme") == first and list(shown(page)) == [first]
    for field in ("area", "grade"):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == f"filter-{field}"
    page.keyboard.press("ArrowDown")
    grade = page.input_value("#filter-grade")
    assert grade and shown(page) == expected(index, programme=first, grade=grade)
    page.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_the_index_does_not_move_as_it_loads(browser, served_site, width):
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(served_site + "/forces/", wait_until="networkidle")
    assert page.locator("#force-filters").is_visible()
    assert page.evaluate(CLS) < 0.01
    page.close()


def test_the_layout_shift_measure_sees_a_shift(browser, served_site):
    # Guards the test above: a block pushed in above the tables after load is measured.
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(served_site + "/forces/", wait_until="networkidle")
    page.evaluate("""() => { const d = document.createElement("div"); d.style.height = "300px";
      document.querySelector("article h1").after(d); }""")
    assert page.evaluate(CLS) > 0.01
    page.close()


@pytest.mark.parametrize("address", ["/forces/", "/forces/?programme=assessment-2017&country=Wales"])
def test_no_sideways_scrolling_at_320_pixels(browser, served_site, address):
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(served_site + address)
    page.locator("#filter-status").wait_for()
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], widths
    page.close()


@pytest.mark.parametrize(("address", "loaded"), [("/forces/", True), ("/forces/kent/", False), ("/", False)])
def test_the_filter_script_and_index_styles_load_on_the_index_only(browser, served_site, address, loaded):
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(urlsplit(r.url).path))
    page.goto(served_site + address, wait_until="networkidle")
    page.close()
    assert any(p.endswith("/assets/apsp.css") for p in requested)  # the listener saw the page's assets
    assert any(p.endswith("/assets/forces-filter.js") for p in requested) is loaded
    assert any(p.endswith("/assets/forces-index.css") for p in requested) is loaded


def axe(page, options) -> list[dict]:
    page.evaluate(AXE.read_text())
    result = page.evaluate("options => axe.run(document, options)", {**options, "resultTypes": ["violations"]})
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("address", ["/forces/?area=assessment-2017.overall&grade=none&sort=za"])
def test_axe_finds_no_violation_on_the_filtered_index_best_practice_included(browser, served_site, address, width):
    """The index as filtered from its address (test_browser_pages checks it unfiltered, with every page type)."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(served_site + address, wait_until="networkidle")
    violations = axe(page, {})
    page.close()
    assert violations == [], json.dumps(violations, indent=2)


@pytest.mark.parametrize("address", ["/forces/kent/"])
def test_the_search_dialog_has_an_accessible_name(browser, served_site, address):
    """Every page is checked by test_browser_pages (axe's best-practice rules); this shows the rule bites."""
    page = browser.new_page()
    page.goto(served_site + address, wait_until="networkidle")
    rules = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
    assert axe(page, rules) == []
    dialog = {"runOnly": {"type": "rule", "values": ["aria-dialog-name"]}}
    assert axe(page, dialog) == []
    page.evaluate("document.querySelector('[role=dialog]').removeAttribute('aria-label')")
    assert [v["id"] for v in axe(page, dialog)] == ["aria-dialog-name"]  # the rule really checks the dialog
    page.close()

"""Every shape of record the pages must show, built end to end from tests/fixtures/shapes.

The fixture holds what the full content will hold: findings from press reports (our reading), an
overall-only finding (stated), a round with a note and no letter, `rounds: []`, a force with no file,
a second assessment with findings in words only, and hostile text in every free-text field.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup


@pytest.fixture(scope="module")
def site(shapes_site):
    return shapes_site


def article(site, path) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(), "html.parser").select_one("article")


def words(node) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ")).strip()


def test_a_press_report_reading_says_so_and_says_the_letter_is_not_held(site):
    body = words(article(site, "forces/staffordshire"))
    assert "The inspectorate's letter to this force is not held; what follows rests on the sources named." in body
    assert re.search(
        r"IT systems monitoring Insufficient information to assess plan \(our reading of the source's wording\)", body
    )
    assert re.search(
        r"Source: Staffordshire Police working on plan to prevent abuse of position ?, Burton Mail "
        r"\(6 October 2017\) ?; the inspectorate's letter itself is not held\.",
        body,
    )
    assert re.search(r"Links with organisations that support vulnerable people Not published", body)


def test_an_overall_only_finding_is_shown_as_stated(site):
    body = words(article(site, "forces/cumbria"))
    assert re.search(r"Overall Plan in place but implementation has not yet commenced \(stated by the source\)", body)


def test_rounds_are_a_timeline_newest_first_and_notes_are_shown(site):
    page = article(site, "forces/north-yorkshire")
    assert [words(h) for h in page.find_all("h2")][:3] == [
        "At a glance",
        "2019 inspection",
        "2017 review of forces' plans",
    ]
    assert "No outcome is stated." in words(page)
    assert "No record of this force's" not in words(page)


@pytest.mark.parametrize(
    "force, edit",
    [
        ("dyfed-powys", "edit/main/content/forces/dyfed-powys.yml"),
        ("gwent", "new/main/content/forces?filename=gwent.yml"),
    ],
)
def test_a_force_with_nothing_on_record_says_so_and_invites_a_source(site, force, edit):
    page = article(site, f"forces/{force}")
    assert (
        "No record of this force's letter of 2 October 2017 yet: none of the sources we hold gives its outcome."
        in words(page)
    )
    assert "No report known from the sources we hold." in words(page) and "Sources" not in words(page)
    hrefs = [a["href"] for a in page.find_all("a")]
    assert any("issues/new?template=suggest-a-source.yml&title=Source%3A%20" in h for h in hrefs)
    assert any(h.endswith(edit) for h in hrefs)


def test_the_record_date_comes_from_the_record(site):
    assert "Record last updated 20 November 2026." in words(article(site, "forces/dyfed-powys"))
    assert "There is no record for this force yet." in words(article(site, "forces/gwent"))


def test_home_and_the_force_page_agree_on_which_forces_have_a_record(site):
    """One rule (ForceView.has_record): Dyfed-Powys has a record with no rounds, Gwent none at all."""
    items = article(site, "").select("ul.apsp-force-list li")
    assert len(items) == 43
    said = {}
    for li in items:
        page = words(article(site, li.a["href"].strip("/")))
        said[words(li.a)] = "(no record yet)" in words(li)
        assert said[words(li.a)] == ("There is no record for this force yet." in page), words(li)
    assert not said["Dyfed-Powys Police"] and said["Gwent Police"]


def test_national_page_shows_every_round_newest_first_with_on_record_of_published(site):
    page = article(site, "national")
    assert [words(h) for h in page.find_all("h2")] == [
        "Integrity programme 2024–26",
        "Integrity programme 2021/25",
        "2019 inspection",
        "PEEL 2018/19 legitimacy",
        "2017 review of forces' plans",
        "What forces did next",
    ]
    body = words(page)
    assert "Two-thirds of forces lacked full ICT monitoring." in body
    assert "did not publish outcomes per area for this round" in body
    overall = next(h for h in page.find_all("h3") if words(h) == "Overall").find_next("table")
    rows = {words(tr.td): [words(td) for td in tr.find_all("td")] for tr in overall.tbody.find_all("tr")}
    assert rows["Not assessed (all aspects already in place)"][2] == "2 of 2"
    assert rows["Not assessed (all aspects already in place)"][4] == "none: all on record"
    assert rows["Plan in place but implementation has not yet commenced"][2] == "1 of 15"
    assert "Cumbria Constabulary" in rows["Plan in place but implementation has not yet commenced"][3]


def test_forces_index_marks_readings_and_overall(site):
    tables = {
        t.find_parent("section")["data-programme"]: t
        for t in article(site, "forces").select(".apsp-programme table.apsp-forces")
    }
    assert list(tables) == [
        "assessment-integrity-2024-26",
        "assessment-integrity-2021-25",
        "assessment-peel-2018-19",
        "assessment-2017",
    ]
    rows = {words(tr.th): tr for tr in tables["assessment-2017"].tbody.find_all("tr")}
    assert len(rows) == 43
    assert rows["Cumbria Constabulary"]["data-area-overall"] == "plan-not-commenced"
    assert rows["Staffordshire Police"]["data-area-it-monitoring"] == "insufficient-information"
    assert "our reading" in words(rows["Staffordshire Police"])
    assert rows["Gwent Police"]["data-area-overall"] == "none" and "No record yet" in words(rows["Gwent Police"])
    peel = {words(tr.th): tr for tr in tables["assessment-peel-2018-19"].tbody.find_all("tr")}
    glos = peel["Gloucestershire Constabulary"]
    assert glos.th.a["href"] == "gloucestershire/#round-assessment-peel-2018-19"
    assert glos["data-area-legitimacy"] == "good" and "Not known" in words(glos)
    newest = {words(tr.th): tr for tr in tables["assessment-integrity-2024-26"].tbody.find_all("tr")}
    assert "No report known" in words(newest["Gloucestershire Constabulary"])
    assert newest["Gloucestershire Constabulary"].th.a["href"] == "gloucestershire/"


def test_hostile_text_reaches_the_reader_as_text(site):
    page = article(site, "forces/kent")
    for tag in ("script", "iframe", "img", "b", "span[onclick]"):
        assert not page.select(tag), tag
    assert len(page.find_all("h1")) == 1
    assert not [a for a in page.find_all("a") if a.get("href", "").startswith(("javascript:", "data:"))]
    assert not page.select("[onerror], [onclick]")
    body = words(page)
    for shown in (
        "<script>alert(2)</script>",
        "<img src=x onerror=alert(1)>",
        "{{ 7*7 }}",
        "*not emphasis*",
        "# heading? <span onclick=alert(3)>x</span>",
        "</td></tr></table>",
        "<b>partner</b>",
    ):
        assert shown in body, shown


def test_no_page_shows_markdown_escapes_as_backslashes(site):
    for html in site.rglob("*.html"):
        page = BeautifulSoup(html.read_text(), "html.parser").select_one("article")
        if page is None:
            continue
        text = words(page).replace("a\\b", "")  # the one backslash the hostile fixture really contains
        assert "\\" not in text, html.relative_to(site)
        assert "|---" not in text, f"{html.relative_to(site)}: a Markdown table was not rendered"


def test_the_charts_are_drawn_in_the_page_and_no_chart_file_is_written(site):
    """A chart's words are the national summary's own text (pages/chart.py): no image file of a chart remains."""
    assert not (site / "charts").exists()
    page = BeautifulSoup((site / "national" / "index.html").read_text(), "html.parser")
    charts = page.select("figure.apsp-bars")
    assert len(charts) == 11 and all(c.select_one('[role="img"][aria-label]') for c in charts)
    assert not page.select('img[src*="charts/"]')


def glance(site, force) -> list[tuple[str, str]]:
    """The 'at a glance' list of a force page: (programme, what it shows), newest first."""
    items = article(site, f"forces/{force}").select("ul.apsp-glance > li")
    return [(words(li.select_one(".apsp-glance__title a, .apsp-glance__title strong")), words(li)) for li in items]


def test_a_force_with_every_round_shows_each_judgment_at_a_glance_newest_first_and_says_they_are_not_comparable(site):
    page = article(site, "forces/warwickshire")
    rows = glance(site, "warwickshire")
    assert [title for title, _ in rows] == [
        "Integrity programme 2024–26",
        "Integrity programme 2021/25",
        "PEEL 2018/19 legitimacy",
        "2017 review of forces' plans",
    ]
    assert "Vetting: requires improvement (known only from a press report)" in rows[0][1]
    assert "Vetting, IT monitoring and counter-corruption: adequate" in rows[1][1]
    assert "Legitimacy (the whole pillar): good" in rows[2][1]
    assert (
        "Counter-corruption capability and capacity: Insufficient information to assess plan (our reading)"
        in rows[3][1]
    )
    assert "These judgments are not directly comparable" in words(page)
    ids = {tag["id"] for tag in page.find_all(id=True)}
    links = [a["href"] for a in page.select("ul.apsp-glance a")]
    assert len(links) == 4 and all(href.startswith("#") and href[1:] in ids for href in links)


def test_a_force_with_one_round_says_what_is_not_known_of_the_others(site):
    rows = dict(glance(site, "gloucestershire"))
    assert "Legitimacy (the whole pillar): good" in rows["PEEL 2018/19 legitimacy"]
    assert rows["Integrity programme 2024–26"].endswith("No report known from the sources we hold.")
    assert rows["Integrity programme 2021/25"].endswith("No report known from the sources we hold.")
    assert rows["2017 review of forces' plans"].endswith("No record of this force's letter yet.")
    assert "not directly comparable" not in words(article(site, "forces/gloucestershire"))


def test_a_force_with_no_round_shows_no_judgment(site):
    rows = glance(site, "dyfed-powys")
    assert len(rows) == 4 and not article(site, "forces/dyfed-powys").select("ul.apsp-glance li.apsp-outcome")


def test_a_later_round_shows_its_report_grades_and_findings_without_a_grade(site):
    page = article(site, "forces/warwickshire")
    section = words(page)
    assert (
        "Report: “A report into the effectiveness of vetting and counter-corruption arrangements in Warwickshire "
        "Police”" in section
    )
    assert (
        "Integrity programme 2021/25: grade per area" in section
        and "PEEL 2018/19 legitimacy: findings without a grade" in section
    )
    assert re.search(r"On: IT systems monitoring\. ", section)


def test_hostile_text_in_the_later_fields_reaches_the_reader_as_text(site):
    page = article(site, "forces/kent")
    # The page's own SVG (the locator map) is the only one; no record text made any.
    ours = page.select("figure.apsp-locator > svg")
    assert len(ours) == 1 and not [e for e in page.select("script, img, svg, u, b, i") if e not in ours]
    body = words(page)
    for shown in (
        "<script>alert(5)</script> A report",
        "<img src=x onerror=alert`7`>: adequate",
        "<svg onload=alert(8)> *x* | y",
        "</ul><script>alert(9)</script>",
        "<a href=javascript:alert`6`>link</a> *x*",
    ):
        assert shown in body, shown


def register(site) -> dict[str, list]:
    """The systems register: each system's heading, and the items listed under it (before the next heading)."""
    page = article(site, "systems")
    out = {}
    for h2 in page.find_all("h2"):
        items = []
        for node in h2.find_next_siblings():
            if node.name == "h2":
                break
            items += node.select("li") if node.name == "ul" else []
        out[words(h2)] = items
    return out


def test_the_register_has_one_line_per_force_and_system_from_its_latest_report(site):
    """West Yorkshire names CITSL in the PCC's letter (14 November 2017) and again in a later report (9 March
    2018): one line, from the later report, linking to that action, with the date it was first reported."""
    systems = register(site)
    assert list(systems) == ["CITSL", "COSAIN", "Logpoint", "Fixture system", "The register's sources"]
    (citsl,) = systems["CITSL"]
    assert words(citsl) == (
        "West Yorkshire Police : In place (police and crime panel report, 9 March 2018); "
        "first reported 14 November 2017. Dates as stated: “In use by March 2018”."
    )
    assert citsl.a["href"] == "../forces/west-yorkshire/#action-citsl-audit-of-mobile-data-in-use"
    force = article(site, "forces/west-yorkshire")
    assert force.find(id="action-citsl-audit-of-mobile-data-in-use") is not None
    assert (
        force.find(id="action-citsl-mobile-data-audit-capability") is not None
    )  # the earlier action, still on the force page
    (cosain,) = systems["COSAIN"]  # named once: no "first reported"
    assert words(cosain) == (
        "West Yorkshire Police : In progress (PCC letter, 14 November 2017). Status as stated: "
        "“have now acquired a licence … a 'profile' is being developed”."
    )
    assert systems["Fixture system"] == []
    assert "No force on record reports adopting it yet." in words(article(site, "systems"))

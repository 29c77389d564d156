"""End to end over the real content: all 43 forces, provenance marks, both rounds, reconciliation."""

import re

import yaml
from bs4 import BeautifulSoup

from tests.conftest import ROOT

READING = "(our reading of the source's wording)"


def body(site, path) -> str:
    soup = BeautifulSoup((site / path).read_text(), "html.parser")
    return re.sub(r"\s+", " ", soup.select_one("article").get_text(" "))


def force_ids():
    return [f["id"] for f in yaml.safe_load((ROOT / "content/national/forces.yml").read_text())["forces"]]


def test_all_43_force_pages_exist_and_the_index_links_every_one(built_site):
    ids = force_ids()
    assert len(ids) == 43
    for force_id in ids:
        assert (built_site / "forces" / force_id / "index.html").is_file(), force_id
    index = BeautifulSoup((built_site / "forces/index.html").read_text(), "html.parser")
    linked = {a["href"].strip("./").split("/")[0] for a in index.select("article table a")}
    assert linked == set(ids)


def test_a_force_with_later_rounds_only_says_what_is_missing_and_where_its_date_comes_from(built_site):
    text = body(built_site, "forces/gwent/index.html")
    assert "No record of this force's letter of 2 October 2017 yet" in text
    assert "No report known from the sources we hold." in text  # the integrity programme 2024–26
    assert "Vetting, IT monitoring and counter-corruption: adequate" in text
    assert "published “Friday 16 June”, according to the force's own page: Gwent Police" in text
    assert re.search(r"Inspected: “In December 2022” \( ?according to the inspectorate's report ?\)", text)


def test_a_force_with_only_later_rounds_still_says_its_2017_letter_is_missing(built_site):
    text = body(built_site, "forces/kent/index.html")
    assert "No record of this force's letter of 2 October 2017 yet" in text
    assert "PEEL 2018/19 legitimacy" in text and "Sources" in text


def test_derbyshire_shows_area_readings_and_a_stated_overall_outcome(built_site):
    text = body(built_site, "forces/derbyshire/index.html")
    assert text.count("Not assessed (all aspects already in place) " + READING) == 3
    overall = text.rsplit("Overall", 1)[1]  # the 2017 section's, after the one "at a glance"
    assert overall.lstrip().startswith(
        "Not assessed (all aspects already in place) (stated by the source) The news release"
    )
    assert "inspectorate news release" in text and "police and crime panel report" in text
    assert "letter to this force is not held" in text


def test_staffordshire_shows_a_press_report_reading(built_site):
    text = body(built_site, "forces/staffordshire/index.html")
    assert text.count("Insufficient information to assess plan " + READING) == 3
    assert "did not reflect the national strategy" in text
    assert "(press report, October 2017" in text


def test_north_yorkshire_shows_its_pcc_statement_and_no_outcome(built_site):
    text = body(built_site, "forces/north-yorkshire/index.html")
    assert "No outcome for North Yorkshire Police is on record" in text
    assert "Julia Mulligan" in text and "(PCC statement, 10 October 2017)" in text
    assert READING not in text


def test_the_national_page_shows_each_programmes_national_findings(built_site):
    """The programmes' order is tested once, on the shapes fixture (test_page_shapes)."""
    text = body(built_site, "national/index.html")
    assert "More than 10% of the police workforce did not have up-to-date vetting" in text
    assert "27 September 2019" in text
    assert (
        text.count("The inspectorate published no national count of grades for this programme in the sources we hold.")
        == 3
    )
    assert "The inspectorate inspected 34 forces and published their reports." in text


def test_home_says_what_the_site_covers(built_site):
    text = body(built_site, "index.html")
    assert "for 43 of the 43 territorial police forces" in text
    for programme in ("PEEL 2018/19 legitimacy", "Integrity programme 2021/25", "Integrity programme 2024–26"):
        assert programme in text
    soup = BeautifulSoup((built_site / "index.html").read_text(), "html.parser")
    hrefs = {a["href"] for a in soup.select("article a")}
    assert {"forces/", "national/", "methodology/"} <= hrefs


def test_methodology_explains_the_programmes_and_second_hand_sources(built_site):
    text = body(built_site, "methodology/index.html")
    assert "Why grades from different programmes are not comparable" in text
    assert "When the only source is a press report" in text and "Thames Valley Police" in text
    assert "How a later finding relates to the 2017 areas" in text


def not_yet_on_record(site, heading):
    soup = BeautifulSoup((site / "national/index.html").read_text(), "html.parser")
    table = next(h for h in soup.select("article h3") if h.get_text(strip=True) == heading).find_next("table")
    return {
        tr.find_all("td")[0].get_text(strip=True): tr.find_all("td")[4].get_text(strip=True)
        for tr in table.select("tbody tr")
    }


def test_the_national_page_says_which_categories_are_complete(built_site):
    not_assessed = "Not assessed (all aspects already in place)"
    assert (
        not_yet_on_record(built_site, "Counter-corruption capability and capacity")[not_assessed]
        == "none: all on record"
    )
    assert not_yet_on_record(built_site, "IT systems monitoring")[not_assessed] == "2"
    assert not_yet_on_record(built_site, "Overall")["Plan in place but implementation has not yet commenced"] == "14"

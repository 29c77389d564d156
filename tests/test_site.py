"""End to end: the real content, generated and built by MkDocs; assert what a reader sees in the HTML."""

import json
import re

import pytest
from bs4 import BeautifulSoup


def page(site, path) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(), "html.parser")


def text(soup) -> str:
    return re.sub(r"\s+", " ", soup.select_one("article").get_text(" "))


def test_every_page_is_built(built_site):
    for path in [
        "index.html",
        "forces/index.html",
        "national/index.html",
        "forces/west-yorkshire/index.html",
        "forces/leicestershire/index.html",
        "forces/warwickshire/index.html",
    ]:
        assert (built_site / path).is_file(), path


@pytest.mark.parametrize(
    "area, outcome",
    [
        ("Counter-corruption capability and capacity", "Insufficient information to assess plan"),
        ("IT systems monitoring", "Plan in place but implementation has not yet commenced"),
        ("Links with organisations that support vulnerable people", "Insufficient information to assess plan"),
    ],
)
def test_west_yorkshire_names_each_area_with_its_outcome(built_site, area, outcome):
    body = text(page(built_site, "forces/west-yorkshire/index.html"))
    assert re.search(re.escape(area) + r".{0,200}?" + re.escape(outcome), body), f"{area} -> {outcome}"


# The PCC letter's own words ("as stated"); its date is the heading of the group of actions it reports.
@pytest.mark.parametrize(
    "system, dates, paragraph",
    [
        ("CITSL", "the new system in place prior to Dec 2017", 11),
        ("COSAIN", "have now acquired a licence", 12),
        ("Logpoint", "recently implemented", 13),
    ],
)
def test_west_yorkshire_lists_named_systems_with_dates_and_sources(built_site, system, dates, paragraph):
    article = page(built_site, "forces/west-yorkshire/index.html").select_one("article")
    actions = [a for a in map(action_parts, article.select(".apsp-actions h3")) if system in text_of(a)]
    assert actions, f"{system} is not among the follow-up actions"
    action = actions[0]
    assert dates in text_of(action)
    # its date as its source gives it, the source with what it rests on, and the round it answers
    assert "14 November 2017" in text_of(action[:2])
    # Its publisher, and the paragraph that holds its words (not the first of "paragraphs 8 to 19"); the kind of
    # document said once, by what it rests on.
    assert (
        f"Police and Crime Commissioner for West Yorkshire (14 November 2017, paragraph {paragraph} ) (known only "
        "from a PCC's letter)" in text_of(action)
    )
    assert "Answers: 2017 review of forces' plans" in text_of(action)
    link = next((a for part in action[1:] for a in part.find_all("a", string=system)), None)
    assert link is not None and link["href"].endswith(f"systems/#system-{system.lower()}")


def action_parts(heading) -> list:
    """A follow-up action: its heading and what follows it up to the next action."""
    parts = [heading]
    for sibling in heading.find_next_siblings():
        if sibling.name == "h3":
            break
        parts.append(sibling)
    return parts


def text_of(parts) -> str:
    return re.sub(r"\s+", " ", " ".join(p.get_text(" ") for p in parts))


def national_rows(site, area_heading):
    soup = page(site, "national/index.html")
    heading = next(h for h in soup.select("article h3") if h.get_text(strip=True) == area_heading)
    table = heading.find_next("table")
    return {
        tr.find_all("td")[0].get_text(strip=True): [td.get_text(strip=True) for td in tr.find_all("td")[1:3]]
        for tr in table.select("tbody tr")
    }


# Police and Crime Panel report of 9 March 2018, paragraph 2.6 (the national report's page 19).
PANEL_2_6 = {
    "Counter-corruption capability and capacity": [21, 9, 11, 2],
    "IT systems monitoring": [9, 14, 16, 4],
    "Links with organisations that support vulnerable people": [6, 14, 21, 2],
    "Overall": [11, 15, 15, 2],
}
OUTCOMES = [
    "Insufficient information to assess plan",
    "Plan in place but implementation has not yet commenced",
    "Plans in place and implementation has commenced",
    "Not assessed (all aspects already in place)",
]


@pytest.mark.parametrize("area", PANEL_2_6)
def test_national_published_figures_match_the_panel_report_cell_by_cell(built_site, area):
    rows = national_rows(built_site, area)
    assert [int(rows[o][0]) for o in OUTCOMES] == PANEL_2_6[area]


def test_national_computed_figures_match_the_records(built_site):
    from generator.build import check
    from tests.conftest import ROOT

    content, _ = check(ROOT)
    names = {
        "capability-and-capacity": "Counter-corruption capability and capacity",
        "it-monitoring": "IT systems monitoring",
        "links-with-agencies": "Links with organisations that support vulnerable people",
    }
    labels = dict(zip(["insufficient-information", "plan-not-commenced", "plan-commenced", "not-assessed"], OUTCOMES))
    for area_id, heading in names.items():
        rows = national_rows(built_site, heading)
        for outcome_id, label in labels.items():
            expected = sum(
                1
                for f in content.forces
                for r in f.rounds
                if r.assessment == "assessment-2017"
                for x in r.findings
                if (x.area, x.outcome) == (area_id, outcome_id)
            )
            on_record, published = rows[label][1], rows[label][0]
            assert on_record.startswith(f"{expected} of {published}"), (heading, label, on_record)


def test_national_summary_says_how_many_of_the_43_forces_are_on_record(built_site):
    assert re.search(r"Forces on record here: \d+ of 43", text(page(built_site, "national/index.html")))


def test_home_page_says_what_this_is_in_plain_english(built_site):
    body = text(page(built_site, "index.html"))
    assert "abuse their position" in body and "of the 43 territorial police forces" in body


def test_every_link_between_pages_leads_to_a_page_and_its_anchor(built_site):
    """Links in the raw HTML blocks are written by the generator (render.page_url), not checked by the engine."""
    from urllib.parse import unquote, urlsplit

    ids: dict = {}
    checked = 0
    for html in sorted(built_site.rglob("*.html")):
        for a in page(built_site, html.relative_to(built_site)).select("article a[href]"):
            href = a["href"]
            if re.match(r"^[a-z]+:", href) or href.startswith(("#", "/")):  # other sites; the 404 page
                continue
            parts = urlsplit(href)
            target = (html.parent / unquote(parts.path)).resolve()
            target = target / "index.html" if target.is_dir() else target
            assert target.is_file(), f"{html.relative_to(built_site)}: {href} leads nowhere"
            if parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = {t["id"] for t in BeautifulSoup(target.read_text(), "html.parser").select("[id]")}
                assert parts.fragment in ids[target], f"{html.relative_to(built_site)}: {href} has no such anchor"
            checked += 1
    assert checked > 100


def test_each_area_says_how_many_forces_it_has_on_record(built_site):
    from generator.build import check
    from tests.conftest import ROOT

    content, _ = check(ROOT)
    body = text(page(built_site, "national/index.html"))
    for area in ("capability-and-capacity", "it-monitoring", "links-with-agencies", "overall"):
        on_record = sum(
            1
            for f in content.forces
            for r in f.rounds
            if r.assessment == "assessment-2017"
            for x in r.findings
            if x.area == area
        )
        assert f"Outcomes on record for {on_record} of the 43 forces the published figures cover" in body, area
    with_outcome = sum(1 for f in content.forces for r in f.rounds if r.assessment == "assessment-2017" and r.findings)
    assert f"of 43, {with_outcome} of them with an outcome on record" in body


def test_search_finds_each_named_system_on_every_force_page_that_reports_it(built_site):
    """The search index has, for each force whose action names a system, a section of its page with the name."""
    from generator.build import check
    from generator.derive import derive
    from tests.conftest import ROOT, TODAY

    content, _ = check(ROOT)
    reported = {(a.system.name, v.id) for v in derive(content, TODAY).forces for a in v.actions if a.system}
    assert len({name for name, _ in reported}) >= 5 and len({f for _, f in reported}) >= 4
    docs = json.loads((built_site / "search/search_index.json").read_text())["docs"]
    for name, force_id in sorted(reported):
        assert any(d["location"].startswith(f"forces/{force_id}/#action-") and name in d["text"] for d in docs), (
            name,
            force_id,
        )


def test_search_finds_a_council_on_its_force_page_and_not_in_the_maps(built_site):
    """A tile's name lists its force's council areas; the maps are left out of the search index (data-search-exclude),
    so a reader searching for a council is sent to the force's page, not to every map of the home page and the
    national summary."""
    docs = json.loads((built_site / "search/search_index.json").read_text())["docs"]
    holding = {
        d["location"].split("#")[0] for d in docs if "Wokingham" in d["text"] or "Wokingham" in d.get("tags", [])
    }
    assert "forces/thames-valley/" in holding
    html = (built_site / "national/index.html").read_text()
    assert html.count("Wokingham") >= 4, "the national summary's maps no longer name the council areas in the tiles"
    assert not holding & {"", "national/"}, holding

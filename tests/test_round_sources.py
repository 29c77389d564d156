"""Issue 16's audit: a round's dates name their source and say which date they are; "our reading" travels with a
judgment to the feeds, the national tables and the downloads; the audited records say what their sources say."""

import pytest

from generator import derive as d
from generator import labels
from generator.build import check
from generator.check.sources import ADDED_WORDS
from generator.data import feed_entries
from generator.data.rows import findings_rows
from generator.derive import derive
from generator.pages import home
from generator.pages import national as national_page
from generator.pages.force import force_page
from tests.conftest import ROOT, TODAY


@pytest.fixture(scope="module")
def site():
    content, result = check(ROOT)
    assert result.problems == []
    return derive(content, TODAY)


def entry(site, force_id):
    return force_page(next(f for f in site.forces if f.id == force_id), site.assessments, site.councils_source)


def glance_row(site, force_id, title):
    return next(g for g in entry(site, force_id).glance_rows if g.title == title)


def test_each_round_date_says_which_date_it_is(site):
    peel = glance_row(site, "west-yorkshire", "PEEL 2018/19 legitimacy")
    assert (peel.date, peel.said_by) == ("page last updated 21 January 2020", None)
    letter = glance_row(site, "west-yorkshire", "2017 review of forces' plans")
    assert letter.date == "letter dated 2 October 2017"
    report = glance_row(site, "kent", "Integrity programme 2021/25")
    assert report.date.startswith("published ") and report.said_by is None  # the inspectorate's own page
    forces = {f.id: f for f in site.forces}
    by = {r.assessment.id: r for r in forces["west-yorkshire"].rounds}
    assert by["assessment-peel-2018-19"].dated_by == d.SOURCE_DATE
    assert by["assessment-2017"].dated_by == d.LETTER


@pytest.mark.parametrize(
    "force_id, who, document",
    [
        ("south-yorkshire", "Sheffield Telegraph", "a press report"),
        ("warwickshire", "Police and Crime Commissioner for Warwickshire", "a PCC's page"),
    ],
)
def test_a_publication_date_from_the_press_or_a_pcc_says_where_it_comes_from(site, force_id, who, document):
    row = glance_row(site, force_id, "Integrity programme 2021/25")
    assert row.date.startswith("published ") and (row.said_by.who, row.said_by.document) == (who, document)
    rp = next(r for r in entry(site, force_id).rounds if r.address.anchor == "round-assessment-integrity-2021-25")
    assert rp.published.said_by.who == who and rp.published.words[0].isdigit()  # a day, not the source's words


def test_every_shown_round_date_names_its_source(site):
    for f in site.forces:
        for rp in entry(site, f.id).rounds:
            for fact in (rp.title_fact, rp.published, rp.inspected):
                assert fact is None or fact.said_by is not None, (f.id, rp.title)


def test_no_as_stated_date_carries_an_attribution(site):
    for f in site.content.forces:
        for r in f.rounds:
            for value in (r.published_as_stated, r.inspected_as_stated, *(x.as_stated for x in r.findings)):
                assert value is None or not ADDED_WORDS.search(value), (f.id, value)


def test_our_reading_reaches_the_feed_entries(site):
    forces = {f.id: f for f in site.forces}
    derbyshire = [
        e
        for e in feed_entries.entries_of_force(forces["derbyshire"])
        if e.key.endswith("assessment-integrity-2024-26/findings")
    ]
    assert len(derbyshire) == 1
    title = derbyshire[0].title
    assert "Vetting: adequate (known only from a press report)" in title
    assert "Professional standards: adequate (our reading; known only from a press report)" in title
    gwent = [
        e for e in feed_entries.entries_of_force(forces["gwent"]) if e.key.endswith("assessment-peel-2018-19/findings")
    ]
    assert "Ethical and lawful workforce: requires improvement (our reading)" in gwent[0].title


def test_our_reading_reaches_the_national_tables(site):
    section = next(s for s in national_page.sections(site) if s.address.anchor == "assessment-integrity-2024-26")
    holders = {
        (t.address.anchor, force.id): judgment.notes
        for t in section.tables
        for row in t.rows
        for force, judgment in row.holders
    }
    assert holders[("assessment-integrity-2024-26-vetting", "derbyshire")] == ("known only from a press report",)
    assert holders[("assessment-integrity-2024-26-counter-corruption", "derbyshire")] == (
        labels.OUR_READING,
        "known only from a press report",
    )


def test_our_reading_is_in_the_findings_download(site):
    rows = [
        r
        for r in findings_rows(site)
        if r["force_id"] == "derbyshire" and r["assessment"] == "assessment-integrity-2024-26"
    ]
    assert {r["area"]: r["basis"] for r in rows} == {
        "vetting": "stated",
        "professional-standards": "reading",
        "counter-corruption": "reading",
    }
    sy = next(
        r
        for r in findings_rows(site)
        if r["force_id"] == "south-yorkshire" and r["assessment"] == "assessment-integrity-2021-25"
    )
    assert (sy["report_published_source_kind"], sy["inspected_source_kind"]) == ("press-report", "inspectorate-report")


def test_derbyshire_reads_two_grades_and_says_why(site):
    force = next(f for f in site.content.forces if f.id == "derbyshire")
    rnd = next(r for r in force.rounds if r.assessment == "assessment-integrity-2024-26")
    assert {f.area: f.basis.value for f in rnd.findings} == {
        "vetting": "stated",
        "professional-standards": "reading",
        "counter-corruption": "reading",
    }
    assert "our reading" in rnd.note and "one grade for all three" in rnd.note
    rp = next(r for r in entry(site, "derbyshire").rounds if r.address.anchor == "round-assessment-integrity-2024-26")
    assert [j.basis for j in rp.judgments] == [
        "stated by the source",
        "our reading of the source's wording",
        "our reading of the source's wording",
    ]


def test_national_outcomes_cite_a_source_that_holds_them(site):
    a21 = next(a for a in site.content.assessments if a.id == "assessment-integrity-2021-25")
    kinds = {s.id: s.kind.value for s in a21.sources}
    assert all(
        kinds[x.source] == "inspectorate-report" and x.source != "programme-page" for x in (*a21.outcomes, *a21.areas)
    )
    a24 = next(a for a in site.content.assessments if a.id == "assessment-integrity-2024-26")
    good = next(o for o in a24.outcomes if o.id == "good")
    assert "known only from a press report" in good.meaning and "PCC's page" in good.meaning


def test_every_force_has_a_judgment(site):
    assert home.home(site).forces_with_judgment == 43

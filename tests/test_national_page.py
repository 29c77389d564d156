"""The national summary, home and methodology pages over the real content: grade counts counted again here, straight
from the force records, and compared with what the pages show; published figures beside computed ones; the charts."""

import re
from collections import Counter

import pytest
from bs4 import BeautifulSoup

from generator import labels, marks
from generator.build import check
from generator.derive import derive
from generator.labels import APSP_AREA
from generator.pages import chart, home
from generator.pages import national as national_page
from generator.pages import registry as pages
from generator.render import render
from tests.conftest import ROOT, TODAY

LATER = ("assessment-peel-2018-19", "assessment-integrity-2021-25", "assessment-integrity-2024-26")
NONE_PUBLISHED = "The inspectorate published no national count of grades for this programme in the sources we hold."


@pytest.fixture(scope="module")
def content():
    content, result = check(ROOT)
    assert result.problems == []
    return content


@pytest.fixture(scope="module")
def site(content):
    return derive(content, TODAY)


def charts_of(national_md: str) -> dict[str, str]:
    """Each area's chart on the page, as rendered HTML, by its heading's anchor."""
    return {
        anchor: part[part.index('<figure class="apsp-bars">') : part.index("</figure>")]
        for anchor, part in re.findall(r"^### [^\n]*\{ #([a-z0-9-]+) \}\n(.*?)(?=^##|\Z)", national_md, re.M | re.S)
        if '<figure class="apsp-bars">' in part
    }


def rendered(site, page) -> str:
    return render(ROOT / "templates", page.template, page.context, page.path)


@pytest.fixture(scope="module")
def national_md(site):
    return rendered(site, pages.national_page(site, national_page.sections(site)))


def words(text: str) -> str:
    """The Markdown as a reader reads it: links as their text, no list marks, emphasis or escapes, on one line."""
    text = re.sub(r"^- ", "", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text), flags=re.M)
    return re.sub(r"\s+", " ", BeautifulSoup(text, "html.parser").get_text(" ")).replace("\\", "").replace("**", "")


def tables(md: str) -> dict[str, dict[str, list[str]]]:
    """Each area's table on the page, by its heading's anchor: outcome label -> the row's cells, as text."""
    found = {}
    for anchor, part in re.findall(r"^### [^\n]*\{ #([a-z0-9-]+) \}\n(.*?)(?=^##|\Z)", md, re.M | re.S):
        table = BeautifulSoup(part, "html.parser").find("table")
        if table:
            rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in table.tbody.find_all("tr")]
            found[anchor] = {row[0]: row for row in rows}
    return found


def direct_counts(content) -> Counter:
    """(programme, area, outcome) -> forces, counted from the records themselves, not through derive."""
    return Counter(
        (r.assessment, f.area, f.outcome) for force in content.forces for r in force.rounds for f in r.findings
    )


def test_every_programmes_counts_per_grade_are_the_records_counted_directly(content, site, national_md):
    counts, shown = direct_counts(content), tables(national_md)
    checked = 0
    for n in site.national:
        for area in n.areas:
            table = shown[f"{n.assessment.id}-{area.area.id}"]
            for cell in area.cells:
                expected = counts[(n.assessment.id, area.area.id, cell.outcome.id)]
                assert cell.on_record == expected == len(cell.holders)
                row = next(r for label, r in table.items() if label.startswith(cell.outcome.label))
                assert row[2].split(" of ")[0] == str(expected), (n.assessment.id, area.area.id, cell.outcome.id)
                checked += 1
    assert checked == 4 * 4 + 2 * 4 + 2 * 4 + 3 * 4  # 2017 with overall, PEEL, 2021/25, 2024–26


def test_the_grade_counts_per_programme(site):
    by_id = {n.assessment.id: n for n in site.national}

    def counts(programme, area):
        return {c.outcome.id: c.on_record for c in next(a for a in by_id[programme].areas if a.area.id == area).cells}

    assert counts("assessment-peel-2018-19", "legitimacy") == {
        "inadequate": 1,
        "requires-improvement": 6,
        "good": 34,
        "outstanding": 1,
    }
    assert counts("assessment-integrity-2021-25", "vetting-it-monitoring-counter-corruption") == {
        "requires-improvement": 5,
        "adequate": 5,
        "good": 3,
        "no-graded-judgment": 4,
    }
    assert counts("assessment-integrity-2024-26", "vetting") == {
        "inadequate": 1,
        "requires-improvement": 6,
        "adequate": 3,
        "good": 1,
    }


def test_published_counts_sit_beside_the_count_on_record_with_their_sources(site, national_md):
    n = next(n for n in site.national if n.assessment.id == "assessment-integrity-2021-25")
    assert [(p.count.value, labels.rests_on(p.source)) for p in n.published_counts] == [
        (34, None),
        (12, "known only from a press report"),
    ]
    assert n.forces_on_record == sum(1 for f in site.forces for r in f.rounds if r.assessment.id == n.assessment.id)
    section = (
        words(national_md.split("{ #assessment-integrity-2021-25 }")[1].split("\n## ")[0])
        .replace(" ,", ",")
        .replace(" .", ".")
    )
    assert (
        "The inspectorate inspected 34 forces and published their reports. Source: Police integrity inspection "
        "programme, HMICFRS (inspectorate report)." in section
    )
    # A press report says once what the figure rests on: the kind is not said twice.
    assert "Police Oracle (17 November 2022) (known only from a press report)." in section
    assert "(press report, 17 November 2022)" not in section
    assert (
        f"Beside them, counted from the records here: {n.forces_on_record} of the 43 forces have a round of this "
        "programme on record" in section
    )


def test_a_programme_without_published_figures_says_so_and_its_table_has_no_gap_column(site, national_md):
    for n in site.national:
        assert n.figures_published == (n.assessment.id == "assessment-2017")
    assert words(national_md).count(NONE_PUBLISHED) == len(LATER)
    shown = tables(national_md)
    legitimacy = shown["assessment-peel-2018-19-legitimacy"]
    assert legitimacy["good"][1] == "none by the inspectorate" and len(legitimacy["good"]) == 4
    assert shown["assessment-2017-overall"]["Not assessed (all aspects already in place)"][1:3] == ["2", "2 of 2"]
    no_grade = shown["assessment-integrity-2021-25-vetting-it-monitoring-counter-corruption"]
    assert "no graded judgment (a stated outcome, not a grade)" in no_grade


def test_a_grade_known_only_from_a_press_report_is_marked_in_the_table(national_md):
    row = tables(national_md)["assessment-integrity-2024-26-vetting"]["requires improvement"]
    assert "Sussex Police (known only from a press report)" in row[3]


def test_the_chart_of_a_programme_without_published_figures_shows_the_counts_only_scaled_to_43(site, national_md):
    n = next(n for n in site.national if n.assessment.id == "assessment-peel-2018-19")
    (legitimacy, _) = chart.charts(n)
    bars = {b.label: b for b in legitimacy.bars}
    assert bars["good"].published is None and bars["good"].on_record == 34
    assert bars["good"].on_record_width == round(34 * chart.BAR_WIDTH / 43, 1)
    html = charts_of(national_md)["assessment-peel-2018-19-legitimacy"]
    assert "apsp-bars__published" not in html  # no published outline
    assert ">34 on record<" in html and "not published" not in html and "the inspectorate published no counts" in html


def test_a_stated_outcome_that_is_not_a_grade_is_drawn_apart(site, national_md):
    n = next(n for n in site.national if n.assessment.id == "assessment-integrity-2021-25")
    bar = next(b for c in chart.charts(n) for b in c.bars if not b.graded)
    assert bar.label == "no graded judgment (a stated outcome, not a grade)"
    html = charts_of(national_md)["assessment-integrity-2021-25-vetting-it-monitoring-counter-corruption"]
    assert html.count('class="apsp-bars__ungraded"') == 1 and html.count('class="apsp-bars__graded"') == 3


def test_the_2017_charts_keep_the_published_outline(national_md):
    html = charts_of(national_md)["assessment-2017-capability-and-capacity"]
    assert html.count('class="apsp-bars__published"') == 4 and ">21 (5 on record)<" in html


def test_every_chart_is_in_the_page_one_image_to_a_screen_reader_beside_its_table(national_md):
    """The charts are the page's own text (its font and size), one per area with figures, each named for a screen
    reader as an image whose figures are in the table below it."""
    found = charts_of(national_md)
    assert sorted(found) == sorted(a for a, t in tables(national_md).items() if t)
    for anchor, html in found.items():
        figure = BeautifulSoup(html + "</figure>", "html.parser")
        image = figure.select_one('[role="img"]')
        assert image and image["aria-label"].startswith("Bar chart of ") and "table below" in image["aria-label"]
        assert len(figure.select(".apsp-bars__label")) == len(figure.select("svg")) == len(tables(national_md)[anchor])
        assert figure.select_one("figcaption").get_text().startswith("The whole width of a bar is all ")


def test_the_page_says_programmes_are_not_comparable_and_keeps_their_dates(national_md):
    text = words(national_md)
    assert "Grades from different programmes are not comparable." in text
    assert "Dates: Reports published on 17 November 2022, 16 June 2023 and 21 September 2023" in text
    assert "National report published: 5 October 2017" in text
    assert "The scale in the sources. The full grade scale of this programme is not set out" in text
    ids = re.findall(r"^## .*\{ #([a-z0-9-]+) \}", national_md, re.M)
    assert ids == [
        "assessment-integrity-2024-26",
        "assessment-integrity-2021-25",
        "assessment-2019",
        "assessment-peel-2018-19",
        "assessment-2017",
        "what-forces-did",
    ]  # then what forces did next, across programmes


def test_home_says_what_the_site_covers_and_counts_forces_with_a_judgment(content, site):
    judged = {force.id for force in content.forces for r in force.rounds if r.findings}
    assert home.home(site).forces_with_judgment == len(judged) == 43
    text = words(rendered(site, pages.home_page(site)))
    assert "for 43 of the 43 territorial police forces" in text
    assert (
        "in later inspection programmes: PEEL 2018/19 legitimacy Integrity programme 2021/25 Integrity programme "
        "2024–26" in text
    )
    assert "not covered" not in text and "cannot be compared" in text
    md = rendered(site, pages.home_page(site))
    for target in ("(forces/index.md)", "(national.md)", "(methodology.md)"):
        assert target in md


def test_methodology_sets_out_each_scale_with_its_marks_and_the_rules(site):
    md = rendered(site, pages.methodology_page(site))
    text = words(md)
    for a in site.content.assessments:
        scale = marks.marks_for(a)
        for outcome in a.outcomes:
            assert f'data-fill="{scale[outcome.id].fill}" aria-hidden="true"></span> **{outcome.label}**' in md.replace(
                "\\", ""
            )
    assert "no graded judgment (a stated outcome, not a grade)" in text
    assert '"Adequate" is a grade in the integrity programmes, but not a PEEL 2018/19 grade.' in text
    assert "Thames Valley Police" in text and "the inspectorate's page stands" in text
    assert "It is not the inspectorate's." in text
    for name in site.bears_on.values():
        assert f"- {name}" in md.replace("\\", "")
    assert list(site.bears_on.values())[-1] == APSP_AREA
    assert "not covered" not in text

"""The page views: every listed force, marks that differ by shape, repository links from one setting."""

import pytest

from generator import settings
from generator.build import check
from generator.derive import derive
from generator.marks import UNGRADED, marks_for
from generator.pages.force import force_page
from generator.pages.forces_index import NONE, forces_index
from generator.pages.systems import systems_register
from tests.conftest import ROOT, TODAY


@pytest.fixture(scope="module")
def site():
    content, _ = check(ROOT)
    return derive(content, TODAY)


def test_every_listed_force_has_a_view_sorted_by_name(site):
    forces = site.forces
    assert [f.id for f in forces] == [f.id for f in sorted(forces, key=lambda f: f.name.casefold())]
    assert {f.id for f in forces} == {f.id for f in site.content.force_list.forces}


def test_each_outcome_has_its_own_mark_shape(site):
    marks = marks_for(next(a for a in site.content.assessments if a.id == "assessment-2017"))
    fills = [m.fill for m in marks.values()]
    assert fills == sorted(fills) and len(set(fills)) == len(fills) == 4


def test_repository_links_come_from_the_one_setting(site):
    entry = force_page(next(f for f in site.forces if f.id == "west-yorkshire"), site.assessments, site.councils_source)
    assert entry.edit_url == f"{settings.REPOSITORY}/edit/{settings.BRANCH}/content/forces/west-yorkshire.yml"
    assert entry.report_url.startswith(f"{settings.REPOSITORY}/issues/new?template=report-an-error.yml&title=")
    assert " " not in entry.report_url


def test_the_index_has_a_table_per_programme_newest_first_each_counting_forces_with_a_judgment(site):
    index = forces_index(site)
    programmes = {p.assessment.id: p for p in index.programmes}
    assert list(programmes) == [
        "assessment-integrity-2024-26",
        "assessment-integrity-2021-25",
        "assessment-peel-2018-19",
        "assessment-2017",
    ]
    assert index.total == 43
    # Forces with at least one judgment in the records: Surrey's PEEL round, Bedfordshire's and Leicestershire's
    # 2021/25 rounds and North Yorkshire's 2017 round give none.
    assert {k: p.judged for k, p in programmes.items()} == {
        "assessment-integrity-2024-26": 11,
        "assessment-integrity-2021-25": 22,
        "assessment-peel-2018-19": 42,
        "assessment-2017": 8,
    }
    assert [a.value for a in programmes["assessment-2017"].areas] == [
        "capability-and-capacity",
        "it-monitoring",
        "links-with-agencies",
        "overall",
    ]
    assert [a.value for a in programmes["assessment-2017"].area_choices] == [
        "assessment-2017.capability-and-capacity",
        "assessment-2017.it-monitoring",
        "assessment-2017.links-with-agencies",
        "assessment-2017.overall",
    ]
    assert [a.value for a in programmes["assessment-integrity-2021-25"].areas] == [
        "vetting-it-monitoring-counter-corruption",
        "vetting",
    ]  # no overall: none published, no force has one
    for p in index.programmes:
        assert (
            len(p.rows) == 43
            and p.rows[0].name == "Avon and Somerset Constabulary"
            and p.rows[-1].name == "Wiltshire Police"
        )


def cells(site, assessment_id: str, force_id: str):
    """A force's row in one programme's table: its link target, the filters' values and each cell as
    (column, grade as the inspectorate words it, how full its mark is, our reading?, what it rests on)."""
    programme = next(p for p in forces_index(site).programmes if p.assessment.id == assessment_id)
    row = next(r for r in programme.rows if r.force_id == force_id)
    return (
        row.link.anchor,
        dict(row.grades),
        [
            (
                j.area.name,
                j.mark.label if j.mark else None,
                j.mark.fill if j.mark else None,
                "our reading" in j.notes,
                j.rests_on,
            )
            for j in row.cells
        ],
    )


def test_a_cell_read_from_the_inspectorates_own_letter_is_our_reading_and_rests_on_no_other_document(site):
    anchor, grades, row = cells(site, "assessment-2017", "warwickshire")
    assert anchor == "round-assessment-2017"
    assert grades == {
        "capability-and-capacity": "insufficient-information",
        "it-monitoring": "insufficient-information",
        "links-with-agencies": "plan-commenced",
        "overall": NONE,
    }
    assert row == [
        ("Counter-corruption capability and capacity", "Insufficient information to assess plan", 0, True, None),
        ("IT systems monitoring", "Insufficient information to assess plan", 0, True, None),
        (
            "Links with organisations that support vulnerable people",
            "Plans in place and implementation has commenced",
            3,
            True,
            None,
        ),
        ("Overall", None, None, False, None),
    ]


def test_an_overall_outcome_stated_by_a_press_report_is_known_only_from_it(site):
    _, grades, row = cells(site, "assessment-2017", "cumbria")
    assert grades["overall"] == "plan-not-commenced" and grades["it-monitoring"] == NONE
    assert row == [
        ("Counter-corruption capability and capacity", None, None, False, None),
        ("IT systems monitoring", None, None, False, None),
        ("Links with organisations that support vulnerable people", None, None, False, None),
        (
            "Overall",
            "Plan in place but implementation has not yet commenced",
            1,
            False,
            "known only from a press report",
        ),
    ]


def test_grades_from_a_pccs_page_and_from_an_inspectorate_news_release(site):
    assert cells(site, "assessment-integrity-2024-26", "surrey")[2] == [
        ("Vetting", "requires improvement", 1, False, "known only from a PCC's page"),
        ("Professional standards", "requires improvement", 1, False, "known only from a PCC's page"),
        ("Counter-corruption", "good", 3, False, "known only from a PCC's page"),  # good: 3 quarters in every programme
    ]
    assert cells(site, "assessment-integrity-2024-26", "durham")[2] == [
        ("Vetting", "inadequate", 0, False, None),
        ("Professional standards", "requires improvement", 1, False, None),
        ("Counter-corruption", "inadequate", 0, False, None),
    ]


def test_a_stated_outcome_that_is_not_a_grade_has_the_crossed_mark(site):
    _, grades, row = cells(site, "assessment-integrity-2021-25", "cambridgeshire")
    assert grades == {"vetting-it-monitoring-counter-corruption": "no-graded-judgment", "vetting": NONE}
    assert row[0] == ("Vetting, IT monitoring and counter-corruption", "no graded judgment", UNGRADED, False, None)


def test_a_round_without_a_judgment_links_to_the_round_with_every_cell_not_known(site):
    anchor, grades, row = cells(site, "assessment-peel-2018-19", "surrey")
    assert anchor == "round-assessment-peel-2018-19" and set(grades.values()) == {NONE}
    assert row == [
        ("Legitimacy (the whole pillar)", None, None, False, None),
        ("Ethical and lawful workforce", None, None, False, None),
    ]


def test_a_force_with_no_round_has_no_cells_and_no_link_target(site):
    assert cells(site, "assessment-2017", "gwent") == (
        None,
        {"capability-and-capacity": NONE, "it-monitoring": NONE, "links-with-agencies": NONE, "overall": NONE},
        [],
    )


def test_the_grade_filter_offers_each_outcome_once_graded_first_then_not_graded_then_not_known(site):
    index = forces_index(site)
    assert [(g.value, g.label) for g in index.grades] == [
        ("inadequate", "inadequate"),
        ("requires-improvement", "requires improvement"),
        ("adequate", "adequate"),
        ("good", "good"),
        ("outstanding", "outstanding"),
        ("insufficient-information", "Insufficient information to assess plan"),
        ("plan-not-commenced", "Plan in place but implementation has not yet commenced"),
        ("plan-commenced", "Plans in place and implementation has commenced"),
        ("not-assessed", "Not assessed (all aspects already in place)"),
        ("no-graded-judgment", "no graded judgment"),
        (NONE, "Not known, or no report"),
    ]


def test_the_register_lists_west_yorkshire_for_each_system_it_reports(site):
    adopters = {e.system.id: [a.force for a in e.adoptions] for e in systems_register(site).systems}
    assert adopters["cosain"] == adopters["citsl"] == adopters["logpoint"] == ["West Yorkshire Police"]


def test_the_register_lists_it_monitoring_tools_apart_and_only_the_sources_it_cites(site):
    register = systems_register(site)
    assert {e.system.id for e in register.others} == {"keto", "anonymous"}  # "not an IT-monitoring tool"
    assert not {"keto", "anonymous"} & {e.system.id for e in register.systems}
    entries = [*register.systems, *register.others]
    cited = {e.citation.title for e in entries if e.citation} | {d.citation.title for e in entries for d in e.also}
    assert {c.title for c in register.source_citations} == cited  # nothing listed that the page does not cite
    held = {x.id: x.title for x in site.content.systems.sources}
    assert held["crimestoppers-launch"] not in cited  # the reporting line's source: cited on the national page


def test_repository_links_follow_the_github_actions_repository():
    from generator.settings import PLACEHOLDER, repository

    assert (
        repository({"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "hmi-data/abuse-of-position"})
        == "https://github.com/hmi-data/abuse-of-position"
    )
    assert repository({}) == PLACEHOLDER
    assert repository({"GITHUB_REPOSITORY": "no-slash"}) == PLACEHOLDER
    assert repository({"GITHUB_SERVER_URL": "javascript:alert(1)//", "GITHUB_REPOSITORY": "a/b"}) == PLACEHOLDER


def test_the_site_name_and_the_licence_are_written_once():
    """settings holds them; mkdocs.yml, which the engine reads, repeats the name as `site_name`."""
    import re

    assert re.search(r'^site_name: "(.*)"$', (ROOT / "mkdocs.yml").read_text(), re.M).group(1) == settings.SITE_NAME
    code = [*(ROOT / "generator").rglob("*.py"), *(ROOT / "templates").glob("*.j2")]
    assert [p.name for p in code if settings.SITE_NAME in p.read_text()] == ["settings.py"]
    assert [p.name for p in code if settings.OGL_URL in p.read_text()] == ["settings.py"]

import functools

import pytest

from generator.build import check
from generator.derive import derive
from tests.conftest import ROOT, TODAY


@functools.cache
def site():
    content, _ = check(ROOT)
    return derive(content, TODAY)


def national():
    return next(n for n in site().national if n.assessment.id == "assessment-2017")


def full(area_id):
    area = next(a for a in national().areas if a.area.id == area_id)
    return {
        c.outcome.id: (c.on_record, c.published, c.not_on_record, c.complete, sorted(f.id for f, _ in c.holders))
        for c in area.cells
    }


# Each 2017 area, outcome by outcome: (forces on record, published, not yet on record, complete, which forces),
# from the nine records with a 2017 round and the figures in content/national/assessment-2017.yml.
NOT_ASSESSED = (2, 2, 0, True, ["derbyshire", "merseyside"])
EXPECTED_2017 = {
    "capability-and-capacity": {
        "insufficient-information": (
            5,
            21,
            16,
            False,
            ["cheshire", "leicestershire", "staffordshire", "warwickshire", "west-yorkshire"],
        ),
        "plan-not-commenced": (0, 9, 9, False, []),
        "plan-commenced": (0, 11, 11, False, []),
        "not-assessed": NOT_ASSESSED,
    },
    "it-monitoring": {
        "insufficient-information": (2, 9, 7, False, ["staffordshire", "warwickshire"]),
        "plan-not-commenced": (1, 14, 13, False, ["west-yorkshire"]),
        "plan-commenced": (2, 16, 14, False, ["cheshire", "leicestershire"]),
        "not-assessed": (2, 4, 2, False, ["derbyshire", "merseyside"]),
    },
    "links-with-agencies": {
        "insufficient-information": (3, 6, 3, False, ["leicestershire", "staffordshire", "west-yorkshire"]),
        "plan-not-commenced": (0, 14, 14, False, []),
        "plan-commenced": (2, 21, 19, False, ["cheshire", "warwickshire"]),
        "not-assessed": NOT_ASSESSED,
    },
    "overall": {  # only Cumbria (a press report), Derbyshire and Merseyside have an overall outcome on record
        "insufficient-information": (0, 11, 11, False, []),
        "plan-not-commenced": (1, 15, 14, False, ["cumbria"]),
        "plan-commenced": (0, 15, 15, False, []),
        "not-assessed": NOT_ASSESSED,
    },
}


@pytest.mark.parametrize("area_id", EXPECTED_2017)
def test_each_2017_cell_counts_the_records_against_the_published_figure(area_id):
    assert full(area_id) == EXPECTED_2017[area_id]


def test_a_programme_that_published_no_figures_has_counts_on_record_and_no_cell_complete():
    view = next(n for n in site().national if n.assessment.id == "assessment-integrity-2024-26")
    vetting = next(a for a in view.areas if a.area.id == "vetting")
    assert (vetting.forces_on_record, vetting.published_total, vetting.complete) == (11, None, False)
    assert {
        c.outcome.id: (c.on_record, c.published, c.not_on_record, c.complete, sorted(f.id for f, _ in c.holders))
        for c in vetting.cells
    } == {
        "inadequate": (1, None, None, False, ["durham"]),
        "requires-improvement": (
            6,
            None,
            None,
            False,
            ["avon-and-somerset", "devon-and-cornwall", "hampshire", "surrey", "sussex", "wiltshire"],
        ),
        "adequate": (3, None, None, False, ["derbyshire", "lincolnshire", "thames-valley"]),
        "good": (1, None, None, False, ["north-yorkshire"]),
    }


def test_an_area_counts_its_forces_on_record_against_the_published_total():
    areas = {a.area.id: a for a in national().areas}
    assert {k: (a.forces_on_record, a.published_total, a.complete) for k, a in areas.items()} == {
        "capability-and-capacity": (7, 43, False),
        "it-monitoring": (7, 43, False),
        "links-with-agencies": (7, 43, False),
        "overall": (3, 43, False),
    }


def test_forces_on_record_counts_rounds_and_outcomes_separately():
    view = national()
    # North Yorkshire has a round (its PCC's statement) but no outcome; Northamptonshire a round of follow-up
    # actions only.
    assert (view.forces_on_record, view.forces_with_outcome, view.forces_total) == (10, 8, 43)


def test_an_assessment_with_no_areas_or_outcomes_has_an_empty_summary():
    view = next(n for n in site().national if n.assessment.id == "assessment-2019")
    assert view.areas == () and (view.forces_on_record, view.forces_with_outcome) == (0, 0)
    assert len(view.assessment.key_findings) == 3
    assert [n.assessment.id for n in site().national] == [
        "assessment-integrity-2024-26",
        "assessment-integrity-2021-25",
        "assessment-2019",
        "assessment-peel-2018-19",
        "assessment-2017",
    ]


def test_a_force_without_a_2017_round_is_missing_the_2017_round_only():
    forces = {v.id: v for v in site().forces}
    assert [r.assessment.id for r in forces["gwent"].rounds] == [
        "assessment-integrity-2021-25",
        "assessment-peel-2018-19",
    ]
    assert [a.id for a in forces["gwent"].missing_rounds] == ["assessment-2017"]
    assert [a.id for a in forces["kent"].missing_rounds] == ["assessment-2017"]  # it has later rounds only
    assert forces["north-yorkshire"].missing_rounds == ()


def test_a_new_round_needs_no_change_to_existing_records_and_comes_first(copy_repo):
    path = copy_repo / "content/forces/west-yorkshire.yml"
    before = (copy_repo / "content/forces/leicestershire.yml").read_bytes()
    held = [r.assessment.id for r in next(v for v in site().forces if v.id == "west-yorkshire").rounds]
    path.write_text(
        path.read_text().replace(
            "rounds:\n",
            'rounds:\n  - assessment: assessment-2019\n    note: "Nothing on this force from the 2019 report yet."\n',
            1,
        )
    )
    content, result = check(copy_repo)
    assert result.problems == []
    view = next(v for v in derive(content, TODAY).forces if v.id == "west-yorkshire")
    assert [r.assessment.id for r in view.rounds] == ["assessment-2019", *held]
    assert held[-1] == "assessment-2017"  # newest first: the 2019 report comes before the 2017 review
    assert (copy_repo / "content/forces/leicestershire.yml").read_bytes() == before


def test_responses_are_joined_to_their_sources():
    view = next(v for v in site().forces if v.id == "merseyside")
    (response,) = next(r for r in view.rounds if r.assessment.id == "assessment-2017").responses
    assert response.source.kind.value == "pcc-statement" and response.source.publisher.startswith("Jane Kennedy")


def test_key_findings_are_joined_to_their_sources():
    view = next(n for n in site().national if n.assessment.id == "assessment-2019")
    assert {k.source.url for k in view.key_findings} == {
        "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/shining-a-light-on-betrayal-abuse-of-position-for-a-sexual-purpose/"
    }

"""Every fact names its source and its source's kind; an outcome says whether it is stated or our reading."""
import pytest

from generator.build import check
from tests.conftest import ROOT

AREAS = ("capability-and-capacity", "it-monitoring", "links-with-agencies")
NOT_ASSESSED_EVERYWHERE = {
    **{area: ("not-assessed", "reading", "panel-report") for area in AREAS},
    "overall": ("not-assessed", "stated", "inspectorate-news-release"),
}
# What the sources support, force by force: area -> (outcome, stated or reading, kind of source).
EXPECTED = {
    "derbyshire": NOT_ASSESSED_EVERYWHERE,
    "merseyside": NOT_ASSESSED_EVERYWHERE,
    "cumbria": {"overall": ("plan-not-commenced", "stated", "press-report")},
    "staffordshire": {area: ("insufficient-information", "reading", "press-report") for area in AREAS},
    "north-yorkshire": {},
    "leicestershire": {
        "capability-and-capacity": ("insufficient-information", "reading", "inspectorate-letter"),
        "it-monitoring": ("plan-commenced", "reading", "inspectorate-letter"),
        "links-with-agencies": ("insufficient-information", "reading", "inspectorate-letter"),
    },
    "warwickshire": {
        "capability-and-capacity": ("insufficient-information", "reading", "inspectorate-letter"),
        "it-monitoring": ("insufficient-information", "reading", "inspectorate-letter"),
        "links-with-agencies": ("plan-commenced", "reading", "inspectorate-letter"),
    },
    "west-yorkshire": {
        "capability-and-capacity": ("insufficient-information", "reading", "inspectorate-letter"),
        "it-monitoring": ("plan-not-commenced", "reading", "inspectorate-letter"),
        "links-with-agencies": ("insufficient-information", "reading", "inspectorate-letter"),
    },
}


@pytest.fixture(scope="module")
def forces():
    content, result = check(ROOT)
    assert result.problems == []
    return {f.id: f for f in content.forces}


@pytest.mark.parametrize("force_id", EXPECTED)
def test_a_sourced_force_records_exactly_what_its_sources_support(forces, force_id):
    force = forces[force_id]
    (rnd,) = force.rounds
    assert rnd.assessment == "assessment-2017"
    kinds = {s.id: s.kind.value for s in force.sources}
    found = {f.area: (f.outcome, f.basis.value, kinds[f.source]) for f in rnd.findings}
    assert found == EXPECTED[force_id]


def test_the_forces_with_nothing_on_record_say_so(forces):
    empty = {i for i, f in forces.items() if not f.rounds}
    assert empty == set(forces) - set(EXPECTED) and len(empty) == 35
    assert all(not forces[i].sources for i in empty)


def test_a_round_with_no_outcome_says_why_and_what_was_said(forces):
    (rnd,) = forces["north-yorkshire"].rounds
    assert rnd.findings == [] and rnd.note and "no outcome" in rnd.note.lower()
    (response,) = rnd.responses
    assert "Julia Mulligan" in response.by
    assert {s.id: s.kind.value for s in forces["north-yorkshire"].sources}[response.source] == "pcc-statement"


def test_the_letters_we_hold_are_corroborated_by_press_reports(forces):
    for force_id, paper in [("leicestershire", "Hinckley Times"), ("west-yorkshire", "Huddersfield Examiner")]:
        press = [s for s in forces[force_id].sources if s.kind.value == "press-report"]
        assert [s.publisher for s in press] == [paper]
        assert "corroborates the letter" in press[0].reports_on
    (dcc,) = [r for r in forces["west-yorkshire"].rounds[0].responses if r.source == "examiner"]
    assert "Deputy Chief Constable" in dcc.by and "national strategy" in dcc.summary


def test_every_source_is_dated_and_explains_itself(forces):
    for force in forces.values():
        cited = {f.source for r in force.rounds for f in [*r.findings, *r.actions, *r.responses]}
        cited |= {r.letter.source for r in force.rounds if r.letter}
        cited |= {r.reflects_national_strategy.source for r in force.rounds if r.reflects_national_strategy}
        for source in force.sources:
            assert source.date or source.date_as_stated, (force.id, source.id)
            assert source.document or source.url, (force.id, source.id)
            # A source no fact cites must say why it is there.
            assert source.id in cited or source.reports_on, (force.id, source.id)
            if source.kind.value == "press-report":
                assert source.reports_on, (force.id, source.id)


def test_an_overall_outcome_must_be_stated_by_its_source(copy_repo):
    file = "content/forces/cumbria.yml"
    path = copy_repo / file
    path.write_text(path.read_text().replace("basis: stated", "basis: reading"))
    content, result = check(copy_repo)
    found = [str(p) for p in result.problems]
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "basis: reading" in text)
    assert found == [f"{file}:{line}:16: rounds[0].findings[0].basis: an overall outcome is recorded only where a "
                     "source states it; write `basis: stated` if the source names this outcome, or remove this finding"]


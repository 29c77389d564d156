from generator.build import check
from generator.derive import derive
from tests.conftest import ROOT, TODAY


def national():
    content, _ = check(ROOT)
    site = derive(content, TODAY)
    return next(n for n in site.national if n.assessment.id == "assessment-2017")


def cells(area_id):
    area = next(a for a in national().areas if a.area_id == area_id)
    return {c.outcome.id: (c.published, c.on_record, {f.id for f in c.forces}) for c in area.cells}


def test_counts_on_record_are_computed_from_the_force_records():
    it = cells("it-monitoring")
    assert "warwickshire" in it["insufficient-information"][2]
    assert "west-yorkshire" in it["plan-not-commenced"][2]
    assert "leicestershire" in it["plan-commenced"][2]


def test_published_figures_are_carried_cell_by_cell():
    assert {k: v[0] for k, v in cells("capability-and-capacity").items()} == {
        "insufficient-information": 21, "plan-not-commenced": 9, "plan-commenced": 11, "not-assessed": 2}
    assert {k: v[0] for k, v in cells("overall").items()} == {
        "insufficient-information": 11, "plan-not-commenced": 15, "plan-commenced": 15, "not-assessed": 2}


def test_a_cell_is_complete_only_when_every_published_force_is_on_record():
    for area in national().areas:
        for cell in area.cells:
            assert cell.complete == (cell.published == cell.on_record)
            assert cell.on_record == len(cell.forces)


def test_counts_match_an_independent_count_of_the_records():
    content, _ = check(ROOT)
    expected = {}
    for force in content.forces:
        for rnd in force.rounds:
            if rnd.assessment == "assessment-2017":
                for f in rnd.findings:
                    expected[(f.area, f.outcome)] = expected.get((f.area, f.outcome), 0) + 1
    for area in national().areas:
        for cell in area.cells:
            assert cell.on_record == expected.get((area.area_id, cell.outcome.id), 0)

from generator.build import check
from generator.derive import derive
from tests.conftest import ROOT, TODAY


def national():
    content, _ = check(ROOT)
    site = derive(content, TODAY)
    return next(n for n in site.national if n.assessment.id == "assessment-2017")


def cells(area_id):
    area = next(a for a in national().areas if a.area_id == area_id)
    return {c.outcome.id: (c.published, c.on_record, {f.force.id for f in c.forces}) for c in area.cells}


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


def reconciled(area_id):
    area = next(a for a in national().areas if a.area_id == area_id)
    return {c.outcome.id: (c.on_record, c.published, c.not_on_record, c.complete) for c in area.cells}


def test_not_assessed_is_complete_on_capability_links_and_overall():
    for area_id in ("capability-and-capacity", "links-with-agencies", "overall"):
        assert reconciled(area_id)["not-assessed"] == (2, 2, 0, True), area_id
        assert cells(area_id)["not-assessed"][2] == {"derbyshire", "merseyside"}


def test_the_two_unknown_forces_not_assessed_on_it_monitoring_stay_unknown():
    assert reconciled("it-monitoring")["not-assessed"] == (2, 4, 2, False)
    assert cells("it-monitoring")["not-assessed"][2] == {"derbyshire", "merseyside"}


def test_a_category_with_forces_missing_is_not_complete_and_says_how_many():
    assert reconciled("overall")["plan-not-commenced"] == (1, 15, 14, False)
    assert cells("overall")["plan-not-commenced"][2] == {"cumbria"}
    assert reconciled("capability-and-capacity")["insufficient-information"] == (5, 21, 16, False)


def test_an_area_counts_its_forces_on_record_against_the_published_total():
    areas = {a.area_id: a for a in national().areas}
    assert {k: (a.forces_on_record, a.published_total, a.complete) for k, a in areas.items()} == {
        "capability-and-capacity": (7, 43, False), "it-monitoring": (7, 43, False),
        "links-with-agencies": (7, 43, False), "overall": (3, 43, False)}
    for area in areas.values():
        assert area.forces_on_record == sum(c.on_record for c in area.cells)
        assert all(c.not_on_record == c.published - c.on_record for c in area.cells)


def test_forces_on_record_counts_rounds_and_outcomes_separately():
    view = national()
    # North Yorkshire has a round (its PCC's statement) but no outcome; Northamptonshire a round of follow-up actions only.
    assert (view.forces_on_record, view.forces_with_outcome, view.forces_total) == (10, 8, 43)


def site():
    content, _ = check(ROOT)
    return derive(content, TODAY)


def test_an_assessment_with_no_areas_or_outcomes_has_an_empty_summary():
    view = next(n for n in site().national if n.assessment.id == "assessment-2019")
    assert view.areas == () and (view.forces_on_record, view.forces_with_outcome) == (0, 0)
    assert len(view.assessment.key_findings) == 3
    assert [n.assessment.id for n in site().national] == [
        "assessment-integrity-2024-26", "assessment-integrity-2021-25", "assessment-2019", "assessment-peel-2018-19",
        "assessment-2017"]


def test_a_force_without_a_2017_round_is_missing_the_2017_round_only():
    forces = {v.force.id: v for v in site().forces}
    assert [r.assessment.id for r in forces["gwent"].rounds] == ["assessment-integrity-2021-25"]  # follow-up actions only
    assert [a.id for a in forces["gwent"].missing_rounds] == ["assessment-2017"]
    assert [a.id for a in forces["kent"].missing_rounds] == ["assessment-2017"]  # it has later rounds only
    assert forces["north-yorkshire"].missing_rounds == ()


def test_a_new_round_needs_no_change_to_existing_records_and_comes_first(copy_repo):
    path = copy_repo / "content/forces/west-yorkshire.yml"
    before = (copy_repo / "content/forces/leicestershire.yml").read_bytes()
    held = [r.assessment.id for r in next(v for v in site().forces if v.force.id == "west-yorkshire").rounds]
    path.write_text(path.read_text().replace("rounds:\n", "rounds:\n  - assessment: assessment-2019\n"
                                             "    note: \"Nothing on this force from the 2019 report yet.\"\n", 1))
    content, result = check(copy_repo)
    assert result.problems == []
    view = next(v for v in derive(content, TODAY).forces if v.force.id == "west-yorkshire")
    assert [r.assessment.id for r in view.rounds] == ["assessment-2019", *held]
    assert held[-1] == "assessment-2017"  # newest first: the 2019 report comes before the 2017 review
    assert (copy_repo / "content/forces/leicestershire.yml").read_bytes() == before


def test_responses_are_joined_to_their_sources():
    view = next(v for v in site().forces if v.force.id == "merseyside")
    (response,) = next(r for r in view.rounds if r.assessment.id == "assessment-2017").responses
    assert response.source.kind.value == "pcc-statement" and response.source.publisher.startswith("Jane Kennedy")


def test_key_findings_are_joined_to_their_sources():
    view = next(n for n in site().national if n.assessment.id == "assessment-2019")
    assert {k.source.url for k in view.key_findings} == {
        "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/shining-a-light-on-betrayal-abuse-of-position-for-a-sexual-purpose/"}

"""The page views: every listed force, marks that differ by shape, repository links from one setting."""
import pytest

from generator import labels, settings
from generator.build import check
from generator.derive import derive
from generator.forces_index import NONE
from generator.model import Basis
from generator.systems_register import systems_register
from generator.forces_index import forces_index
from generator.labels import marks_for
from generator.views import force_entries
from tests.conftest import ROOT, TODAY


@pytest.fixture(scope="module")
def site():
    content, _ = check(ROOT)
    return derive(content, TODAY)


def test_every_listed_force_has_an_entry_sorted_by_name(site):
    entries = force_entries(site)
    assert [e.id for e in entries] == [e.id for e in sorted(entries, key=lambda e: e.name.casefold())]
    assert {e.id for e in entries} == {f.id for f in site.content.force_list.forces}


def test_each_outcome_has_its_own_mark_shape(site):
    marks = marks_for(next(a for a in site.content.assessments if a.id == "assessment-2017"))
    fills = [m.fill for m in marks.values()]
    assert fills == sorted(fills) and len(set(fills)) == len(fills) == 4


def test_repository_links_come_from_the_one_setting(site):
    entry = next(e for e in force_entries(site) if e.id == "west-yorkshire")
    assert entry.edit_url == f"{settings.REPOSITORY}/edit/{settings.BRANCH}/content/forces/west-yorkshire.yml"
    assert entry.report_url.startswith(f"{settings.REPOSITORY}/issues/new?template=report-an-error.yml&title=")
    assert " " not in entry.report_url


def test_the_index_has_a_table_per_programme_newest_first_each_counting_forces_with_a_judgment(site):
    index = forces_index(site, force_entries(site))
    assert [p.assessment.id for p in index.programmes] == [
        "assessment-integrity-2024-26", "assessment-integrity-2021-25", "assessment-peel-2018-19", "assessment-2017"]
    assert index.total == 43
    for p in index.programmes:
        judged = {f.id for f in site.content.forces for r in f.rounds if r.assessment == p.assessment.id and r.findings}
        assert p.judged == len(judged) > 0, p.assessment.id
        assert [r.name for r in p.rows] == [e.name for e in force_entries(site)]
        assert p.span == len(p.areas) and all(a.value == f"{p.assessment.id}.{b.value}" for a, b in zip(p.area_choices, p.areas))


def test_each_index_cell_gives_the_grade_its_basis_and_what_it_rests_on_and_links_to_the_round(site):
    index = forces_index(site, force_entries(site))
    by_id = {f.id: f for f in site.content.forces}
    second_hand = 0
    for p in index.programmes:
        for row in p.rows:
            rnd = next((r for r in by_id[row.force_id].rounds if r.assessment == p.assessment.id), None) if row.force_id in by_id else None
            assert row.anchor == (f"round-{p.assessment.id}" if rnd else None)
            assert len(row.cells) == (p.span if rnd else 0) and [a for a, _ in row.grades] == [a.value for a in p.areas]
            found = {f.area: f for f in rnd.findings} if rnd else {}
            sources = {s.id: s for s in by_id[row.force_id].sources} if rnd else {}
            for (area, grade), cell in zip(row.grades, row.cells):
                finding = found.get(area)
                assert grade == (finding.outcome if finding else NONE)
                assert (cell.mark.label if cell.mark else None) == (
                    next(o.label for o in p.assessment.outcomes if o.id == finding.outcome) if finding else None)
                assert cell.our_reading == bool(finding and finding.basis is Basis.reading)
                kind = sources[finding.source].kind if finding else None
                assert cell.rests_on == labels.SECOND_HAND.get(kind)
                second_hand += cell.rests_on is not None
    assert second_hand, "the real records hold judgments known only from a press report"


def test_the_grade_filter_offers_each_outcome_once_graded_first_then_not_known(site):
    index = forces_index(site, force_entries(site))
    outcomes = [o for a in site.content.assessments for o in a.outcomes]
    labels_by_id = {}
    for o in outcomes:
        assert labels_by_id.setdefault(o.id, o.label) == o.label, f"{o.id} has two labels: the filter would show one"
    values = [g.value for g in index.grades]
    assert sorted(values) == sorted({o.id for o in outcomes} | {NONE}) and values[-1] == NONE
    assert values.index("no-graded-judgment") > max(values.index(o.id) for o in outcomes if o.graded)


def test_the_register_lists_west_yorkshire_for_each_system_it_reports(site):
    adopters = {e.system.id: [a.force.id for a in e.adoptions] for e in systems_register(site, force_entries(site))}
    assert adopters["cosain"] == adopters["citsl"] == adopters["logpoint"] == ["west-yorkshire"]


def test_repository_links_follow_the_github_actions_repository():
    from generator.settings import PLACEHOLDER, repository

    assert repository({"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "hmi-data/abuse-of-position"}) == "https://github.com/hmi-data/abuse-of-position"
    assert repository({}) == PLACEHOLDER
    assert repository({"GITHUB_REPOSITORY": "no-slash"}) == PLACEHOLDER
    assert repository({"GITHUB_SERVER_URL": "javascript:alert(1)//", "GITHUB_REPOSITORY": "a/b"}) == PLACEHOLDER


def test_the_register_has_one_line_per_force_and_system_from_its_latest_report(tmp_path):
    """Synthetic forces name each system in several actions: one line each, linked to the latest one."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "scripts/bench_records.py", str(tmp_path), "--forces", "3"], cwd=ROOT, check=True, capture_output=True)
    content, result = check(tmp_path)
    assert not result.problems
    site = derive(content, TODAY)
    entries = force_entries(site)
    several = 0
    for entry in systems_register(site, entries):
        assert len({a.force.id for a in entry.adoptions}) == len(entry.adoptions)
        for adoption in entry.adoptions:
            steps = [s for s in adoption.force.actions if s.view.system and s.view.system.id == entry.system.id]
            dates = sorted(s.view.reported for s in steps)
            assert adoption.latest.view.reported == dates[-1]
            assert adoption.latest in steps and adoption.latest.address.anchor == adoption.latest.anchor
            assert adoption.first_reported == (next(s.date for s in steps if s.view.reported == dates[0]) if dates[0] != dates[-1] else None)
            several += len(steps) > 1
    assert several, "the synthetic records should name a system more than once in a force"

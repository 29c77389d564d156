"""The page views: every listed force, marks that differ by shape, repository links from one setting."""
import pytest

from generator import settings
from generator.build import check
from generator.derive import derive
from generator.systems_register import systems_register
from generator.views import force_entries, forces_index, marks_for
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


def test_the_index_counts_forces_with_a_published_outcome(site):
    index = forces_index(site)
    with_outcome = {f.id for f in site.content.forces for r in f.rounds
                    if r.assessment == index.assessment.id and r.findings}
    assert index.total == 43 and index.with_record == len(with_outcome)


def test_the_register_lists_west_yorkshire_for_each_system_it_reports(site):
    adopters = {e.system.id: [a.force.id for a in e.adoptions] for e in systems_register(site)}
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
            steps = [s for r in adoption.force.rounds for g in r.timeline for s in g.actions
                     if s.view.system and s.view.system.id == entry.system.id]
            dates = sorted(s.view.reported for s in steps)
            assert adoption.latest.reported == dates[-1]
            assert adoption.anchor in {s.anchor for s in steps if s.view is adoption.latest}
            assert adoption.first_reported == (dates[0] if dates[0] != dates[-1] else None)
            several += len(steps) > 1
    assert several, "the synthetic records should name a system more than once in a force"

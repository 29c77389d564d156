from pathlib import Path

import yaml

from generator.build import check
from tests.conftest import ROOT


def problems_after(root: Path, file: str, old: str, new: str) -> list[str]:
    path = root / file
    text = path.read_text()
    assert old in text, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, 1))
    content, result = check(root)
    assert content is None
    return [str(p) for p in result.problems]


def line_of(root: Path, file: str, text: str) -> int:
    return next(i for i, line in enumerate((root / file).read_text().splitlines(), 1) if text in line)


def test_the_real_content_is_valid():
    content, result = check(ROOT)
    assert result.problems == []
    assert {f.id for f in content.forces} >= {"west-yorkshire", "leicestershire", "warwickshire"}


def test_a_wrong_outcome_points_at_its_line(copy_repo):
    file = "content/forces/warwickshire.yml"
    found = problems_after(copy_repo, file, "outcome: plan-commenced", "outcome: excellent")
    line = line_of(copy_repo, file, "outcome: excellent")
    assert found == [
        f"{file}:{line}:18: rounds[0].findings[2].outcome: 'excellent' is not an outcome of this assessment; "
        "use one of: insufficient-information, plan-not-commenced, plan-commenced, not-assessed"
    ]


def test_an_unknown_key_is_an_error_with_a_suggestion(copy_repo):
    file = "content/forces/leicestershire.yml"
    missing, unknown = problems_after(copy_repo, file, "last_updated:", "last_update:")
    assert missing == f"{file}:2:1: last_updated: is missing; add a `last_updated:` line here"
    assert unknown == (
        f"{file}:5:1: last_update: unknown field (did you mean `last_updated`?); "
        "the fields allowed here are: actions, corrections, country, id, last_updated, name, observations, rounds, "
        "sources"
    )


def test_a_source_that_is_not_declared(copy_repo):
    file = "content/forces/leicestershire.yml"
    found = problems_after(copy_repo, file, "        source: letter\n", "        source: lettre\n")
    line = line_of(copy_repo, file, "source: lettre")
    ids = ", ".join(sorted(s["id"] for s in yaml.safe_load((copy_repo / file).read_text())["sources"]))
    assert "hinckley-times, letter" in ids
    assert found == [
        f"{file}:{line}:17: rounds[0].findings[0].source: 'lettre' is not a source of this file; use one of: {ids}"
    ]


def test_a_file_name_that_differs_from_the_id(copy_repo):
    (copy_repo / "content/forces/warwickshire.yml").rename(copy_repo / "content/forces/kent.yml")
    content, result = check(copy_repo)
    line = line_of(copy_repo, "content/forces/kent.yml", "id: warwickshire")
    assert [str(p) for p in result.problems] == [
        f"content/forces/kent.yml:{line}:5: id: 'warwickshire' differs from the file name; rename the file to "
        "warwickshire.yml or set `id: kent`"
    ]


def test_published_figures_must_add_up_to_the_forces_in_scope(copy_repo):
    file = "content/national/assessment-2017.yml"
    found = problems_after(copy_repo, file, "insufficient-information: 21,", "insufficient-information: 22,")
    assert len(found) == 1 and "the counts add up to 44, but forces_in_scope is 43" in found[0]


def test_a_duplicate_key_does_not_hide_the_files_other_problems(copy_repo):
    file = "content/forces/warwickshire.yml"
    path = copy_repo / file
    path.write_text(
        path.read_text()
        .replace("name: Warwickshire Police\n", "name: Warwickshire Police\nname: Warwickshire\n", 1)
        .replace("basis: reading", "basis: maybe", 1)
    )
    found = [str(p) for p in check(copy_repo)[1].problems]
    line = line_of(copy_repo, file, "name: Warwickshire Police")
    assert found[0].startswith(f"{file}:{line + 1}:1: name: duplicate key; `name` is already set on line {line}")
    assert any("basis: 'maybe' is not allowed; must be one of: stated, reading" in p for p in found[1:])


def test_a_correction_date_is_a_date_written_yyyy_mm_dd(copy_repo):
    """Every date in a record is parsed by model.Date: a number is not a date (a plain date field read this one
    as seconds since 1970: 11 October 2017)."""
    file = "content/forces/warwickshire.yml"
    path = copy_repo / file
    path.write_text(
        path.read_text() + "corrections:\n  - date: 1507680000\n    summary: The letter's date was wrong.\n"
    )
    line = line_of(copy_repo, file, "date: 1507680000")
    content, result = check(copy_repo)
    assert content is None
    assert [str(p) for p in result.problems] == [
        f"{file}:{line}:11: corrections[0].date: 1507680000 is not a date; must be a real date written YYYY-MM-DD, for "
        "example 2017-10-02"
    ]

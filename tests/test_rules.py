"""One test per validation rule: each breaks one thing in a small valid record and asserts the whole message.

The record below is written for these tests (Kent's real record may differ); the national files are the
real ones, so the messages list their real areas, outcomes and systems.
"""

import shutil
from pathlib import Path

import pytest
import yaml

from generator.build import check
from tests.conftest import ROOT, TODAY

KENT = "content/forces/kent.yml"
A17 = "content/national/assessment-2017.yml"
RECORD = """\
id: kent
name: Kent Police
country: England
last_updated: 2026-11-25
sources:
  - id: letter
    kind: inspectorate-letter
    title: "[The inspectorate's letter to Kent Police]"
    publisher: HMICFRS
    date: 2017-10-02
  - id: pcc-letter
    kind: pcc-letter
    title: "[Response to the inspectorate]"
    publisher: Police and Crime Commissioner for Kent
    date: 2017-11-14
    url: "https://example.org/response"
rounds:
  - assessment: assessment-2017
    letter:
      date: 2017-10-02
      sender: HM Inspector of Constabulary
      recipient: Chief Constable, Kent Police
      source: letter
    findings:
      - area: capability-and-capacity
        outcome: plan-commenced
        basis: reading
        summary: "Work had started."
        source: letter
      - area: it-monitoring
        outcome: plan-not-commenced
        basis: reading
        summary: "Work had not started."
        source: letter
    actions:
      - title: "Logging"
        areas: [it-monitoring]
        description: "The force put in a logging tool."
        system: logpoint
        status: in-place
        source: pcc-letter
"""


@pytest.fixture
def root(tmp_path) -> Path:
    shutil.copytree(ROOT / "content/national", tmp_path / "content/national")
    shutil.copytree(ROOT / "content/documents", tmp_path / "content/documents")
    (tmp_path / "content/forces").mkdir()
    (tmp_path / KENT).write_text(RECORD)
    return tmp_path


def edit(root: Path, file: str, old: str, new: str) -> None:
    path = root / file
    text = path.read_text()
    assert text.count(old) >= 1, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, 1))


def messages(root: Path, today=None) -> list[str]:
    content, result = check(root, today)
    assert content is None
    return [str(p) for p in result.problems]


def after(root: Path, old: str, new: str, file: str = KENT, today=None) -> list[str]:
    edit(root, file, old, new)
    return messages(root, today)


def line(root: Path, text: str, file: str = KENT) -> int:
    return next(i for i, ln in enumerate((root / file).read_text().splitlines(), 1) if text in ln)


def test_the_sample_record_is_valid(root):
    content, result = check(root, TODAY)
    assert result.problems == [] and [f.id for f in content.forces] == ["kent"]


ONE_OF_AREAS = "use one of: capability-and-capacity, it-monitoring, links-with-agencies"
ONE_OF_OUTCOMES = "use one of: insufficient-information, plan-not-commenced, plan-commenced, not-assessed"
NOT_A_DATE = "must be a real date written YYYY-MM-DD, for example 2017-10-02"
NEEDS_SOURCE = (
    "is missing; every fact names its document: add a `source:` line with the id of one of the file's `sources:`"
)
NOT_HTTP = "must be a web address starting with https:// (or http://), with no spaces"


def test_a_wrong_outcome(root):
    found = after(root, "outcome: plan-commenced", "outcome: excellent")
    assert found == [
        f"{KENT}:26:18: rounds[0].findings[0].outcome: 'excellent' is not an outcome of this assessment; "
        f"{ONE_OF_OUTCOMES}"
    ]


def test_an_area_the_assessment_does_not_have(root):
    found = after(root, "      - area: it-monitoring", "      - area: it-systems")
    assert found == [
        f"{KENT}:30:15: rounds[0].findings[1].area: 'it-systems' is not an area of this assessment; {ONE_OF_AREAS}, "
        "overall"
    ]


def test_an_action_for_an_area_the_assessment_does_not_have(root):
    found = after(root, "        areas: [it-monitoring]", "        areas: [it-monitoring, it]")
    assert found == [
        f"{KENT}:37:32: rounds[0].actions[0].areas[1]: 'it' is not an area of assessment-2017; {ONE_OF_AREAS}, "
        "abuse-of-position"
    ]


def test_a_force_action_for_an_area_that_does_not_exist(root):
    found = after(
        root,
        "rounds:\n",
        "actions:\n  - {title: T, areas: [vetting], description: D, status: done, source: letter}\nrounds:\n",
    )
    assert found[0].startswith(
        f"{KENT}:18:24: actions[0].areas[0]: 'vetting' is not an area of the assessments later programmes follow up; "
        f"{ONE_OF_AREAS}, abuse-of-position"
    )


def test_an_action_without_a_source_or_a_figure_without_a_unit(root):
    found = after(root, "        source: pcc-letter\n", "        figures: [{text: Ten, value: 10}]\n")
    assert found == [
        f"{KENT}:36:9: rounds[0].actions[0].source: is missing; every fact names its document: add a `source:` line "
        "with the id of one of the file's `sources:`",
        f"{KENT}:41:19: rounds[0].actions[0].figures[0].unit: is missing; add a `unit:` line here",
    ]


def test_a_service_not_in_the_register(root):
    found = after(root, "system: logpoint", "service: newsline")
    assert found == [
        f"{KENT}:39:18: rounds[0].actions[0].service: 'newsline' is not a service in content/national/systems.yml; use "
        "one of: crimestoppers-reporting-service"
    ]


def test_an_assessment_that_does_not_exist(root):
    assessments = ", ".join(sorted(p.stem for p in (ROOT / "content/national").glob("assessment-*.yml")))
    found = after(root, "assessment: assessment-2017", "assessment: assessment-2016")
    assert found == [
        f"{KENT}:18:17: rounds[0].assessment: 'assessment-2016' is not a national assessment; use one of: {assessments}"
    ]


def test_a_system_not_in_the_register(root):
    systems = ", ".join(
        sorted(s["id"] for s in yaml.safe_load((ROOT / "content/national/systems.yml").read_text())["systems"])
    )
    found = after(root, "system: logpoint", "system: tracker")
    assert found == [
        f"{KENT}:39:17: rounds[0].actions[0].system: 'tracker' is not a system in content/national/systems.yml; use "
        f"one of: {systems}, or leave `system:` out where the source names none"
    ]


def test_two_findings_for_one_area(root):
    found = after(root, "      - area: it-monitoring", "      - area: capability-and-capacity")
    assert found == [
        f"{KENT}:30:15: rounds[0].findings[1].area: 'capability-and-capacity' has two findings in this round; keep one"
    ]


def test_two_rounds_for_one_assessment(root):
    found = after(root, "rounds:\n", "rounds:\n  - assessment: assessment-2017\n")
    assert found == [
        f"{KENT}:19:17: rounds[1].assessment: a second round for 'assessment-2017' (the first is on line 18); "
        "put all of one assessment's findings and actions in one round"
    ]


def test_a_malformed_date(root):
    found = after(root, "last_updated: 2026-11-25", "last_updated: 25/11/2026")
    assert found == [f"{KENT}:4:15: last_updated: '25/11/2026' is not a date; {NOT_A_DATE}"]


def test_a_date_with_a_time_is_not_a_date(root):
    found = after(root, "last_updated: 2026-11-25", "last_updated: 2026-11-25T10:00:00")
    assert found == [f"{KENT}:4:15: last_updated: '2026-11-25T10:00:00' is not a date; {NOT_A_DATE}"]


def test_an_impossible_date(root):
    found = after(root, "      date: 2017-10-02", "      date: 2017-09-31")
    assert found == [
        f"{KENT}:20:13: rounds[0].letter.date: '2017-09-31' is not a real day of the calendar; check the day and the "
        "month against the source"
    ]


def test_a_number_is_not_a_date(root):
    found = after(root, "last_updated: 2026-11-25", "last_updated: 1506902400")
    assert found == [f"{KENT}:4:15: last_updated: 1506902400 is not a date; {NOT_A_DATE}"]


def test_a_date_in_the_future(root):
    found = after(root, "last_updated: 2026-11-25", "last_updated: 2026-12-05", today=TODAY)
    assert found == [
        f"{KENT}:4:15: last_updated: 2026-12-05 is in the future (today is 2026-12-04); write the date the document "
        "bears, or the day of the edit"
    ]
    assert check(root, TODAY.replace(day=26))[1].problems == []


def test_a_source_dated_in_the_future(root):
    found = after(root, "    date: 2017-11-14", "    date: 2027-11-14", today=TODAY)
    assert found == [
        f"{KENT}:15:11: sources[1].date: 2027-11-14 is in the future (today is 2026-12-04); write the date the "
        "document bears, or the day of the edit"
    ]


def test_a_letter_before_the_review_started(root):
    found = after(root, "      date: 2017-10-02", "      date: 2017-05-31")
    assert found == [
        f"{KENT}:20:13: rounds[0].letter.date: 2017-05-31 is before the review started on 2017-06-01 ({A17}); check "
        "the date on the letter"
    ]


def test_letters_before_the_review_started(root):
    found = after(root, "letters_date: 2017-10-02", "letters_date: 2017-05-02", file=A17)
    at = line(root, "letters_date:", A17)
    assert found == [
        f"{A17}:{at}:15: letters_date: 2017-05-02 is before review_started (2017-06-01); the letters were written "
        "after the review began: check both dates"
    ]


def test_a_follow_up_dated_before_the_letter(root):
    found = after(root, "date: 2017-11-14", "date: 2017-10-01")
    assert found == [
        f"{KENT}:15:11: sources[1].date: 2017-10-01 is before the letter of 2017-10-02, but follow-up actions in "
        "rounds[0] cite 'pcc-letter'; "
        "a follow-up comes after the letter: check this date, or cite the right source"
    ]


def test_a_duplicate_source_id(root):
    found = after(root, "  - id: pcc-letter", "  - id: letter")
    assert (
        found[0] == f"{KENT}:11:9: sources[1].id: duplicate source id 'letter', already used at {KENT}:6; "
        "give each source its own id"
    )


def test_a_duplicate_force_in_the_list(root):
    file = "content/national/forces.yml"
    found = after(root, "{id: bedfordshire,", "{id: avon-and-somerset,", file=file)
    first, second = (
        line(root, "{id: avon-and-somerset,", file),
        line(root, '{id: avon-and-somerset, name: "Bedfordshire', file),
    )
    assert found == [
        f"{file}:{second}:10: forces[1].id: duplicate force id 'avon-and-somerset', already used at {file}:{first}; "
        "give each force its own id"
    ]


def test_a_file_name_that_differs_from_the_id(root):
    (root / KENT).rename(root / "content/forces/kent-police.yml")
    assert messages(root) == [
        "content/forces/kent-police.yml:1:5: id: 'kent' differs from the file name; rename the file to kent.yml or set "
        "`id: kent-police`"
    ]


def test_two_records_with_one_id(root):
    shutil.copy(root / KENT, root / "content/forces/kent-copy.yml")
    assert messages(root) == [
        "content/forces/kent-copy.yml:1:5: id: 'kent' differs from the file name; rename the file to kent.yml or set "
        "`id: kent-copy`",
        f"{KENT}:1:5: id: duplicate force id 'kent', already used at content/forces/kent-copy.yml:1; give each force "
        "its own id",
    ]


def test_a_finding_without_a_source(root):
    found = after(
        root, '        summary: "Work had started."\n        source: letter\n', '        summary: "Work had started."\n'
    )
    assert found == [f"{KENT}:25:9: rounds[0].findings[0].source: {NEEDS_SOURCE}"]


def test_an_action_without_a_source(root):
    found = after(root, "        source: pcc-letter\n", "")
    assert found == [f"{KENT}:36:9: rounds[0].actions[0].source: {NEEDS_SOURCE}"]


def test_a_source_that_is_not_declared(root):
    found = after(root, "        source: pcc-letter\n", "        source: pcc-leter\n")
    assert found == [
        f"{KENT}:11:9: sources[1].id: 'pcc-letter' {UNCITED}",
        f"{KENT}:41:17: rounds[0].actions[0].source: 'pcc-leter' is not a source of this file; use one of: letter, "
        "pcc-letter",
    ]


UNCITED = (
    "is cited by no fact; cite it where a fact comes from it (`source:`, or a round's `report_source:`, "
    "`published_source:`, `inspected_source:`, `note_sources:`), or remove it"
)
NOT_THEIR_WORDS = (
    "is not the source's words; an as-stated field holds the source's words only: name where it comes from in "
    "the `…_source:` field, and put a year or remark of ours in `note:`"
)
LATER_ROUND = """\
  - assessment: assessment-integrity-2021-25
    report_title: "A report into the effectiveness of vetting and counter-corruption arrangements in Kent Police"
    report_source: pcc-letter
    published_as_stated: "17 November"
    published_source: pcc-letter
    inspected_as_stated: "Between 31 January and 11 February"
    inspected_source: pcc-letter
"""


# The passage the later round quotes, held by its source: one line more above the round.
PASSAGE = (
    '    url: "https://example.org/response"\n',
    '    url: "https://example.org/response"\n    excerpts: [{text: "A report into the effectiveness of vetting and '
    "counter-corruption arrangements in Kent Police, published on 17 November, inspected Between 31 January and 11 "
    'February"}]\n',
)


def with_later_round(root: Path, later: str = LATER_ROUND) -> None:
    edit(root, KENT, *PASSAGE)
    (root / KENT).write_text((root / KENT).read_text() + later)


def test_a_later_round_whose_facts_name_their_sources_passes(root):
    with_later_round(root)
    assert check(root)[1].problems == []


@pytest.mark.parametrize("field, line", [("report_source", 44), ("published_source", 46), ("inspected_source", 48)])
def test_a_round_fact_without_its_source(root, field, line):
    with_later_round(root, LATER_ROUND.replace(f"    {field}: pcc-letter\n", ""))
    fact = {
        "report_source": ("report_title", "the report's title"),
        "published_source": ("published_as_stated", "the publication date"),
        "inspected_source": ("inspected_as_stated", "when the inspection took place"),
    }[field]
    assert messages(root) == [
        f"{KENT}:{line}:{26 if field != 'report_source' else 19}: rounds[1].{fact[0]}: {fact[1]} names no source; "
        f"every fact names its document: add `{field}:` with the id of the source that gives it"
    ]


@pytest.mark.parametrize(
    "quoted, added",
    [
        ("17 November (according to Hemel Today)", "(according to Hemel Today)"),
        ("17 November; year not known", "not known"),
        ("17 November [2022]", "[2022]"),
        ("17 November, according to the BBC", "according to the BBC"),
        ("2025/10/30, from the article's address", "from the article's address"),
    ],
)
def test_words_added_to_an_as_stated_field(root, quoted, added):
    with_later_round(root, LATER_ROUND.replace('"17 November"', f'"{quoted}"'))
    assert messages(root) == [f"{KENT}:46:26: rounds[1].published_as_stated: '{added}' {NOT_THEIR_WORDS}"]


def test_words_added_to_a_grade_as_stated(root):
    edit(
        root,
        KENT,
        '        summary: "Work had started."\n',
        '        as_stated: "Plans in place (our reading)"\n        summary: "Work had started."\n',
    )
    assert messages(root) == [f"{KENT}:28:20: rounds[0].findings[0].as_stated: '(our reading)' {NOT_THEIR_WORDS}"]


def test_a_source_no_fact_cites(root):
    edit(root, KENT, "        source: pcc-letter\n", "        source: letter\n")
    assert messages(root) == [f"{KENT}:11:9: sources[1].id: 'pcc-letter' {UNCITED}"]


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "ftp://example.org/x",
        "https:///etc/passwd",
        "https://exa mple.org",
        "//example.org",
    ],
)
def test_a_link_that_is_not_http(root, link):
    found = after(root, 'url: "https://example.org/response"', f"url: {link!r}")
    shown = f"'{link}'" if len(link) < 58 else link
    assert found == [f"{KENT}:16:10: sources[1].url: {shown} {NOT_HTTP}"]


def test_a_force_that_is_not_one_of_the_43(root):
    (root / KENT).rename(root / "content/forces/police-scotland.yml")
    edit(root, "content/forces/police-scotland.yml", "id: kent", "id: police-scotland")
    assert messages(root) == [
        "content/forces/police-scotland.yml:1:5: id: 'police-scotland' is not one of the 43 territorial forces "
        "in content/national/forces.yml; use the police open-data identifier"
    ]


def test_a_name_or_country_that_differs_from_the_force_list(root):
    edit(root, KENT, "country: England", "country: Wales")
    assert after(root, "name: Kent Police", "name: Kent Constabulary") == [
        f"{KENT}:2:7: name: 'Kent Constabulary' differs from the force list; write 'Kent Police'",
        f"{KENT}:3:10: country: 'Wales' differs from the force list; write 'England'",
    ]


def test_published_figures_must_add_up_to_the_forces_in_scope(root):
    found = after(root, "insufficient-information: 21,", "insufficient-information: 22,", file=A17)
    at = line(root, "insufficient-information: 22,", A17)
    assert found == [
        f"{A17}:{at}:13: published_figures[0].counts: the counts add up to 44, but forces_in_scope is 43; check the "
        "figures against the source"
    ]


def test_counts_on_record_cannot_exceed_the_published_figures(tmp_path):
    """Published: 2 forces 'not assessed' for capability and capacity. A third on record is an error, at its line."""
    shutil.copytree(ROOT / "content/national", tmp_path / "content/national")
    shutil.copytree(ROOT / "content/documents", tmp_path / "content/documents")
    (tmp_path / "content/forces").mkdir()
    listed = yaml.safe_load((ROOT / "content/national/forces.yml").read_text())["forces"][:3]
    for entry in listed:
        record = {
            "id": entry["id"],
            "name": entry["name"],
            "country": entry["country"],
            "last_updated": "2026-11-25",
            "sources": [
                {
                    "id": "letter",
                    "kind": "inspectorate-letter",
                    "title": "[Letter]",
                    "publisher": "HMICFRS",
                    "date": "2017-10-02",
                }
            ],
            "rounds": [
                {
                    "assessment": "assessment-2017",
                    "findings": [
                        {
                            "area": "capability-and-capacity",
                            "outcome": "not-assessed",
                            "basis": "reading",
                            "summary": "Already in place.",
                            "source": "letter",
                        }
                    ],
                }
            ],
        }
        (tmp_path / f"content/forces/{entry['id']}.yml").write_text(yaml.safe_dump(record, sort_keys=False))
    third = f"content/forces/{sorted(e['id'] for e in listed)[2]}.yml"
    at = line(tmp_path, "outcome: not-assessed", third)
    assert messages(tmp_path) == [
        f"{third}:{at}:14: rounds[0].findings[0].outcome: more forces have 'not-assessed' for "
        "'capability-and-capacity' "
        "than assessment-2017 published: on record 3, published 2; check this finding against its letter, and the "
        f"published figures in {A17}"
    ]


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "recipient: Chief Constable, Kent Police",
            "recipient:",
            "22:17: rounds[0].letter.recipient: is empty; it must be text",
        ),
        (
            'title: "Logging"',
            "title: 2017",
            "36:16: rounds[0].actions[0].title: 2017 is the wrong kind of value; it must be text (put it in quotes)",
        ),
        (
            "status: in-place",
            "status:",
            "40:16: rounds[0].actions[0].status: is empty; must be one of: requested, under-consideration, planned, "
            "in-progress, in-place, ongoing, done, not-accepted, not-stated (did you mean `done`?)",
        ),
        (
            "status: in-place",
            "status: finished",
            "40:17: rounds[0].actions[0].status: 'finished' is not allowed; must be one of: requested, "
            "under-consideration, planned, in-progress, in-place, ongoing, done, not-accepted, not-stated",
        ),
        (
            "status: in-place",
            'status: in-place\n        figures: [{text: "Ten", value: 10, unit: kg}]',
            "41:50: rounds[0].actions[0].figures[0].unit: 'kg' is not allowed; must be one of: percent, people, "
            "count, pounds",
        ),
        (
            "status: in-place",
            'status: in-place\n        figures: [{text: "Ten", value: .nan, unit: count}]',
            "41:40: rounds[0].actions[0].figures[0].value: nan is not a finite number; write the number the source "
            "gives",
        ),
        (
            "status: in-place",
            "status: in-place\n        partners: Kent County Council",
            "41:19: rounds[0].actions[0].partners: 'Kent County Council' is the wrong kind of value; it must be a "
            "list of `- ` items",
        ),
        (
            "system: logpoint",
            "system: logpoint\n        colour: red",
            "40:9: rounds[0].actions[0].colour: unknown field; the fields allowed here are: areas, dates_as_stated, "
            "description, figures, "
            "partners, service, source, status, status_as_stated, system, title",
        ),
        (
            "    letter:\n",
            "    leter:\n",
            "19:5: rounds[0].leter: unknown field (did you mean `letter`?); the fields allowed here are: actions, "
            "assessment, "
            "findings, inspected_as_stated, inspected_in, inspected_source, letter, note, note_sources, observations, "
            "published, published_as_stated, published_in, published_source, reflects_national_strategy, "
            "report_source, report_title, responses",
        ),
        (
            "last_updated: 2026-11-25",
            "last_updated: 2026-11-25\nlast_updated: 2026-11-21",
            "5:1: last_updated: duplicate key; `last_updated` is already set on line 4: keep one",
        ),
    ],
)
def test_field_messages(root, old, new, expected):
    assert after(root, old, new) == [f"{KENT}:{expected}"]


def test_out_of_range_and_empty_lists_in_national_files(root):
    edit(root, A17, "forces_in_scope: 43", "forces_in_scope: 0")
    found = after(root, "forces:\n", "forces: []\nold_forces:\n", file="content/national/forces.yml")
    at = line(root, "forces_in_scope:", A17)
    listed = line(root, "forces: []", "content/national/forces.yml")
    assert found[:2] == [
        f"{A17}:{at}:18: forces_in_scope: 0 is out of range; it must be at least 1",
        f"content/national/forces.yml:{listed}:9: forces: has 0 items; it must have at least 1",
    ]


def test_a_broken_national_file_does_not_cascade_into_every_record(root):
    """Records that refer to assessment-2017 are not also blamed while assessment-2017.yml itself is broken."""
    assert after(root, "forces_in_scope: 43", "forces_in_scope: lots", file=A17) == [
        f"{A17}:{line(root, 'forces_in_scope:', A17)}:18: forces_in_scope: 'lots' is the wrong kind of value; it must "
        "be a whole number"
    ]

"""Deliberately broken records (tests/fixtures/zz-*.yml) and the complete list of messages each must produce.

`zz-` is reserved for fixtures: no police force's identifier starts with it. Each record is checked next to
the real national files, alone, so the list does not change when other forces' records change.
"""

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, TODAY

FIXTURES = Path(__file__).parent / "fixtures"
A17 = "content/national/assessment-2017.yml"

EXPECTED = {
    "zz-broken-example": """\
content/forces/zz-broken-example.yml:5:5: id: 'zz-broken-example' is not one of the 43 territorial forces in content/national/forces.yml; use the police open-data identifier
content/forces/zz-broken-example.yml:8:15: last_updated: 2099-01-01 is in the future (today is 2026-12-03); write the date the document bears, or the day of the edit
content/forces/zz-broken-example.yml:19:11: sources[1].date: 2017-04-01 is before the letter of 2017-05-01, but follow-up actions in rounds[0] cite 'pcc-letter'; a follow-up comes after the letter: check this date, or cite the right source
content/forces/zz-broken-example.yml:20:9: sources[2].id: duplicate source id 'letter', already used at content/forces/zz-broken-example.yml:10; give each source its own id
content/forces/zz-broken-example.yml:28:13: rounds[0].letter.date: 2017-05-01 is before the review started on 2017-06-01 (content/national/assessment-2017.yml); check the date on the letter
content/forces/zz-broken-example.yml:33:15: rounds[0].findings[0].area: 'it-systems' is not an area of this assessment; use one of: capability-and-capacity, it-monitoring, links-with-agencies, overall
content/forces/zz-broken-example.yml:39:18: rounds[0].findings[1].outcome: 'excellent' is not an outcome of this assessment; use one of: insufficient-information, plan-not-commenced, plan-commenced, not-assessed
content/forces/zz-broken-example.yml:43:15: rounds[0].findings[2].area: 'it-monitoring' has two findings in this round; keep one
content/forces/zz-broken-example.yml:47:17: rounds[0].findings[2].source: 'lettre' is not a source of this file; use one of: letter, pcc-letter
content/forces/zz-broken-example.yml:51:17: rounds[0].actions[0].system: 'spyglass' is not a system in content/national/systems.yml; use one of: anonymous, citsl, clue, cosain, keto, logpoint, niche, splunk, veriato, vigilancepro, or leave `system:` out where the source names none
content/forces/zz-broken-example.yml:54:17: rounds[1].assessment: a second round for 'assessment-2017' (the first is on line 26); put all of one assessment's findings and actions in one round
content/forces/zz-broken-example.yml:55:17: rounds[2].assessment: 'assessment-2016' is not a national assessment; use one of: {assessments}
12 errors in 1 file
""",
    "zz-broken-fields": """\
content/forces/zz-broken-fields.yml:7:10: country: 'Scotland' is not allowed; must be one of: England, Wales
content/forces/zz-broken-fields.yml:8:15: last_updated: '2017-02-30' is not a real day of the calendar; check the day and the month against the source
content/forces/zz-broken-fields.yml:10:9: sources[0].id: 'Letter One' must be lower-case words joined by hyphens, for example `west-yorkshire`
content/forces/zz-broken-fields.yml:11:11: sources[0].kind: 'letter' is not allowed; must be one of: inspectorate-letter, inspectorate-report, inspectorate-news-release, force-statement, pcc-letter, pcc-statement, panel-report, press-report, parliament-record, reference-data, iopc-page, other-organisation (did you mean `pcc-letter`?)
content/forces/zz-broken-fields.yml:14:11: sources[0].date: '02/10/2017' is not a date; must be a real date written YYYY-MM-DD, for example 2017-10-02
content/forces/zz-broken-fields.yml:15:10: sources[0].url: 'javascript:alert(1)' must be a web address starting with https:// (or http://), with no spaces
content/forces/zz-broken-fields.yml:18:12: sources[1].title: is empty; write some text or remove the line
content/forces/zz-broken-fields.yml:20:11: sources[1].date: 20171002 is not a date; must be a real date written YYYY-MM-DD, for example 2017-10-02
content/forces/zz-broken-fields.yml:21:10: sources[1].url: 'ftp://example.org/report.pdf' must be a web address starting with https:// (or http://), with no spaces
content/forces/zz-broken-fields.yml:25:9: rounds[0].findings[0].source: is missing; every fact names its document: add a `source:` line with the id of one of the file's `sources:`
content/forces/zz-broken-fields.yml:27:16: rounds[0].findings[0].basis: 'guess' is not allowed; must be one of: stated, reading
content/forces/zz-broken-fields.yml:31:9: rounds[0].actions[0].source: is missing; every fact names its document: add a `source:` line with the id of one of the file's `sources:`
content/forces/zz-broken-fields.yml:33:17: rounds[0].actions[0].status: 'finished' is not allowed; must be one of: planned, in-progress, in-place, ongoing, done, not-accepted, not-stated
content/forces/zz-broken-fields.yml:34:9: rounds[0].actions[0].colour: unknown field; the fields allowed here are: areas, dates_as_stated, description, figures, partners, service, source, status, status_as_stated, system, title
content/forces/zz-broken-fields.yml:36:13: rounds[0].actions[0].figures[0].unit: is missing; add a `unit:` line here
15 errors in 1 file
""",
    "zz-broken-actions": """\
content/forces/zz-broken-actions.yml:6:5: id: 'zz-broken-actions' is not one of the 43 territorial forces in content/national/forces.yml; use the police open-data identifier
content/forces/zz-broken-actions.yml:21:32: rounds[0].actions[0].areas[1]: 'vetting' is not an area of assessment-2017; use one of: capability-and-capacity, it-monitoring, links-with-agencies, abuse-of-position
content/forces/zz-broken-actions.yml:23:17: rounds[0].actions[0].system: 'spyglass' is not a system in content/national/systems.yml; use one of: anonymous, citsl, clue, cosain, keto, logpoint, niche, splunk, veriato, vigilancepro, or leave `system:` out where the source names none
content/forces/zz-broken-actions.yml:35:13: actions[1].areas[0]: 'it-systems' is not an area of the assessments later programmes follow up; use one of: capability-and-capacity, it-monitoring, links-with-agencies, abuse-of-position
content/forces/zz-broken-actions.yml:37:14: actions[1].service: 'hotline' is not a service in content/national/systems.yml; use one of: crimestoppers-reporting-service
5 errors in 1 file
""",
    "zz-broken-later": """\
content/forces/zz-broken-later.yml:3:5: id: 'zz-broken-later' is not one of the 43 territorial forces in content/national/forces.yml; use the police open-data identifier
content/forces/zz-broken-later.yml:12:11: sources[0].date: 2017-05-01 is before assessment-peel-2018-19 began (2018), but rounds[0] cites 'peel-page'; check this date, or cite the right source
content/forces/zz-broken-later.yml:22:18: rounds[0].findings[0].outcome: 'adequate' is not an outcome of this assessment; use one of: inadequate, requires-improvement, good, outstanding
content/forces/zz-broken-later.yml:27:35: rounds[0].observations[0].bears_on[1]: 'vetting' is not an area of assessment-2017; use one of: capability-and-capacity, it-monitoring, links-with-agencies, abuse-of-position
content/forces/zz-broken-later.yml:31:16: rounds[1].published: 2023-12-31 is before the programme began (2024, content/national/assessment-integrity-2024-26.yml); check the date against the source, or the round's `assessment:`
content/forces/zz-broken-later.yml:34:15: rounds[1].findings[0].area: 'vetting-it-monitoring-counter-corruption' is not an area of this assessment; use one of: vetting, professional-standards, counter-corruption, overall
content/forces/zz-broken-later.yml:40:18: rounds[1].findings[1].outcome: 'no-graded-judgment' is not an outcome of this assessment; use one of: inadequate, requires-improvement, adequate, good
7 errors in 1 file
""",
    "zz-broken-later-fields": """\
content/forces/zz-broken-later-fields.yml:8:11: sources[0].kind: 'press-weekly' is not allowed; must be one of: inspectorate-letter, inspectorate-report, inspectorate-news-release, force-statement, pcc-letter, pcc-statement, panel-report, press-report, parliament-record, reference-data, iopc-page, other-organisation
content/forces/zz-broken-later-fields.yml:13:16: rounds[0].published: '17 November 2022' is not a date; must be a real date written YYYY-MM-DD, for example 2017-10-02
content/forces/zz-broken-later-fields.yml:18:9: rounds[0].findings[0].grade: unknown field; the fields allowed here are: area, as_stated, basis, outcome, source, summary
content/forces/zz-broken-later-fields.yml:22:19: rounds[0].observations[0].bears_on: 'it-monitoring' is the wrong kind of value; it must be a list of `- ` items
content/forces/zz-broken-later-fields.yml:25:15: rounds[0].observations[1].text: is empty; write some text or remove the line
content/forces/zz-broken-later-fields.yml:28:11: corrections[0].date: 20221117 is not a date; must be a real date written YYYY-MM-DD, for example 2017-10-02
6 errors in 1 file
""",
    "zz-broken-sources": """\
content/forces/zz-broken-sources.yml:3:5: id: 'zz-broken-sources' is not one of the 43 territorial forces in content/national/forces.yml; use the police open-data identifier
content/forces/zz-broken-sources.yml:16:21: sources[1].date_as_stated: '(from the article's address)' is not the source's words; an as-stated field holds the source's words only: name where it comes from in the `…_source:` field, and put a year or remark of ours in `note:`
content/forces/zz-broken-sources.yml:17:9: sources[2].id: 'unused-radio' is cited by no fact; cite it where a fact comes from it (`source:`, or a round's `report_source:`, `published_source:`, `inspected_source:`, `note_sources:`), or remove it
content/forces/zz-broken-sources.yml:23:19: rounds[0].report_title: the report's title names no source; every fact names its document: add `report_source:` with the id of the source that gives it
content/forces/zz-broken-sources.yml:24:16: rounds[0].published: the publication date names no source; every fact names its document: add `published_source:` with the id of the source that gives it
content/forces/zz-broken-sources.yml:25:26: rounds[0].published_as_stated: '(according to the local paper)' is not the source's words; an as-stated field holds the source's words only: name where it comes from in the `…_source:` field, and put a year or remark of ours in `note:`
content/forces/zz-broken-sources.yml:27:23: rounds[0].inspected_source: 'local-papr' is not a source of this file; use one of: local-paper, report, unused-radio
content/forces/zz-broken-sources.yml:29:33: rounds[0].note_sources[1]: 'reprot' is not a source of this file; use one of: local-paper, report, unused-radio
content/forces/zz-broken-sources.yml:34:20: rounds[0].findings[0].as_stated: '[2025]' is not the source's words; an as-stated field holds the source's words only: name where it comes from in the `…_source:` field, and put a year or remark of ours in `note:`
9 errors in 1 file
""",
    "zz-broken-documents": """\
content/forces/zz-broken-documents.yml:2:5: id: 'zz-broken-documents' is not one of the 43 territorial forces in content/national/forces.yml; use the police open-data identifier
content/forces/zz-broken-documents.yml:12:15: sources[0].document: '2017-10-02-hmicfrs-letter-zz-broken' is not a document the project holds; use the id of one in content/documents/ (did you mean `2017-10-02-hmicfrs-letter-warwickshire`?), or leave `document:` out
content/forces/zz-broken-documents.yml:19:14: sources[1].locator: paragraph 42 is not a paragraph of 2017-11-14-west-yorkshire-pcc-letter-to-home-secretary; its paragraphs are: 1 to 20
content/forces/zz-broken-documents.yml:26:14: sources[2].locator: 'section 3' names no paragraph; for a held document write `paragraph N` or `paragraphs N to M`, for example `paragraph 1.0`
content/forces/zz-broken-documents.yml:33:27: rounds[0].actions[0].status_as_stated: 'Licence acquired' is not in 2017-11-14-west-yorkshire-pcc-letter-to-home-secretary; the nearest passage is 'PSD have now acquired a licence': quote the document word for word (… marks words left out), and put anything else in a note
5 errors in 1 file
""",
}


@pytest.mark.parametrize("name", EXPECTED)
def test_a_broken_record_gets_exactly_these_messages(tmp_path, name, capsys, monkeypatch):
    from generator import cli

    shutil.copytree(ROOT / "content/national", tmp_path / "content/national")

    shutil.copytree(ROOT / "content/documents", tmp_path / "content/documents")
    (tmp_path / "content/forces").mkdir()
    shutil.copy(FIXTURES / f"{name}.yml", tmp_path / "content/forces")
    monkeypatch.setattr(cli, "today", lambda: TODAY)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assessments = ", ".join(sorted(p.stem for p in (ROOT / "content/national").glob("assessment-*.yml")))
    expected = EXPECTED[name].replace("{assessments}", assessments)
    assert cli.main(["--root", str(tmp_path), "check"]) == 1
    assert capsys.readouterr().out == expected


TILES = "content/national/tiles.yml"
AREAS, LOOKUP = "content/national/areas.yml", "content/national/areas.csv"
# Each broken national fixture: the files it puts in place of the real ones (fixture file -> target), and its messages.
EXPECTED_NATIONAL = {
    "zz-broken-tiles": (
        {"zz-broken-tiles.yml": TILES},
        f"""\
{TILES}:4:1: hexes: 'sussex' of content/national/forces.yml has no tile; add a line `sussex: {{q: , r: , label: }}` in a free cell next to its neighbours
{TILES}:55:3: hexes.surrey: 'surrey' is in the same cell (q 4, r 1) as 'hampshire' on line 54; move one of them to a free cell
{TILES}:57:3: hexes.kent: duplicate key; `kent` is already set on line 56: keep one
{TILES}:59:3: hexes.police-scotland: 'police-scotland' is not one of the forces in content/national/forces.yml; key each tile by a listed force's id, or remove it
{TILES}:60:3: hexes.sussex-police: 'sussex-police' is not one of the forces in content/national/forces.yml; key each tile by a listed force's id, or remove it
5 errors in 1 file
""",
    ),
    "zz-broken-areas": (
        {"zz-broken-areas.yml": AREAS, "zz-broken-areas.csv": LOOKUP},
        f"""\
{LOOKUP}:4:1: LAD23CD: 'S12000033' is not the code of a district of England or Wales; ONS's district codes are E06, E07, E08, E09 or W06 followed by six digits: copy the row from ONS's lookup, or remove it
{LOOKUP}:4:49: PFA23CD: 'S23000009' (North East), the police force area of Aberdeen City, is not matched to a force in {AREAS}; add `S23000009: <force id>` under `force_areas:`, or correct the code
{LOOKUP}:26:59: PFA23CD: Bristol, City of (E06000023) is in 'E23000037' here but in 'E23000036' on line 25; a district is in one police force area: correct one of the lines
{LOOKUP}:336:41: PFA23CD: 'E23000099' (Testshire), the police force area of Testshire, is not matched to a force in {AREAS}; add `E23000099: <force id>` under `force_areas:`, or correct the code
{AREAS}:38:1: force_areas: 'dorset' of content/national/forces.yml has no district: no police force area is matched to it; add a line `<code>: dorset` with the code of its area in areas.csv
{AREAS}:38:1: force_areas: 'thames-valley' of content/national/forces.yml has no district: no police force area is matched to it; add a line `<code>: thames-valley` with the code of its area in areas.csv
{AREAS}:55:14: force_areas.E23000030: 'hampshire' is already matched to 'E23000039' on line 48; each police force area has its own force: check both lines against ONS's names in the comments
{AREAS}:76:14: force_areas.E23000029: 'thames-valey' is not one of the forces in content/national/forces.yml; write the id of the force that polices this area
8 errors in 2 files
""",
    ),
}


@pytest.mark.parametrize("name", EXPECTED_NATIONAL)
def test_a_broken_national_file_gets_exactly_these_messages(tmp_path, name, capsys, monkeypatch):
    """Broken national files (the tile layout; the council areas) in place of the real ones, beside every real
    record."""
    from generator import cli

    targets, expected = EXPECTED_NATIONAL[name]
    shutil.copytree(ROOT / "content", tmp_path / "content")
    for fixture, target in targets.items():
        shutil.copy(FIXTURES / fixture, tmp_path / target)
    monkeypatch.setattr(cli, "today", lambda: TODAY)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert cli.main(["--root", str(tmp_path), "check"]) == 1
    assert capsys.readouterr().out == expected


def test_fixture_identifiers_cannot_collide_with_a_real_force():
    import yaml

    listed = yaml.safe_load((ROOT / "content/national/forces.yml").read_text())["forces"]
    assert len(listed) == 43 and not any(f["id"].startswith("zz-") for f in listed)
    assert not any(p.stem.startswith("zz-") for p in (ROOT / "content/forces").glob("*.yml"))


def explained(heading: str, expected: str, skip: int = 0) -> list[str]:
    """The messages of a fixture's expected output that have no row in a CONTRIBUTING.md table from `heading` on.
    A row is the message with its values written as x, y, N and … (the placeholders): its fixed words must all be in
    the message. The first `skip` messages are left out (explained in another table)."""
    guide = (ROOT / "CONTRIBUTING.md").read_text()
    section = guide[guide.index(heading) :]
    rows = [line.split("` | ")[0].removeprefix("| `") for line in section.splitlines() if line.startswith("| `")]
    return [
        message
        for message in (line.split(": ", 2)[2] for line in expected.splitlines()[skip:-1])
        if not any(
            all(
                piece.strip(" ;:,()") in message
                for piece in re.split(r"'[^']*'|\b(?:x|y|z|w|N)\b|…|\d+|`[^`]*`", row)
                if piece.strip(" ;:,()")
            )
            for row in rows
        )
    ]


def test_contributing_explains_each_message_about_held_documents():
    """Each message of the held-documents fixture has its row in CONTRIBUTING.md's table of messages."""
    assert explained("### Problems with held documents and quotations", EXPECTED["zz-broken-documents"], skip=1) == []


def test_contributing_explains_each_message_about_council_areas():
    """Each message of the council areas' fixture has its row in CONTRIBUTING.md's tables of messages."""
    assert explained("### Problems with the file itself", EXPECTED_NATIONAL["zz-broken-areas"][1]) == []

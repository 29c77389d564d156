"""Every validation rule as one row of one table: a broken input, and the complete list of messages it must produce.

Most rows break one thing in a small valid record (RECORD below, Kent's, written for these tests: the real
record may differ), checked beside the real national files and held documents, so the messages list their real
areas, outcomes and systems. Rows made with `real=True` break a real file beside every other real record.
A row with no message is valid input: the table shows what passes as well as what fails.

Where a message's line is in a real file, which editors change, the row writes it `«text»`: the number of the
first line of that message's file that contains `text`, after the change.
"""

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from generator.build import check
from tests.conftest import ROOT, TODAY

KENT = "content/forces/kent.yml"
A17 = "content/national/assessment-2017.yml"
FORCES = "content/national/forces.yml"
WARWICKSHIRE = "content/forces/warwickshire.yml"
LEICESTERSHIRE = "content/forces/leicestershire.yml"
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
# A later-programme round whose facts all name their sources, to append to RECORD.
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


def national(name: str) -> dict:
    return yaml.safe_load((ROOT / "content/national" / name).read_text())


# What the messages list, read from the real national files.
ASSESSMENTS = ", ".join(sorted(p.stem for p in (ROOT / "content/national").glob("assessment-*.yml")))
SYSTEMS = ", ".join(sorted(s["id"] for s in national("systems.yml")["systems"]))
FIRST_TWO_FORCES = national("forces.yml")["forces"][:2]  # listed before Kent
LEICESTERSHIRE_SOURCES = ", ".join(
    sorted(s["id"] for s in yaml.safe_load((ROOT / LEICESTERSHIRE).read_text())["sources"])
)

ONE_OF_AREAS = "use one of: capability-and-capacity, it-monitoring, links-with-agencies"
ONE_OF_OUTCOMES = "use one of: insufficient-information, plan-not-commenced, plan-commenced, not-assessed"
NOT_A_DATE = "must be a real date written YYYY-MM-DD, for example 2017-10-02"
NEEDS_SOURCE = (
    "is missing; every fact names its document: add a `source:` line with the id of one of the file's `sources:`"
)
NOT_HTTP = "must be a web address starting with https:// (or http://), with no spaces"
UNCITED = (
    "is cited by no fact; cite it where a fact comes from it (`source:`, or a round's `report_source:`, "
    "`published_source:`, `inspected_source:`, `note_sources:`), or remove it"
)
NOT_THEIR_WORDS = (
    "is not the source's words; an as-stated field holds the source's words only: name where it comes from in "
    "the `…_source:` field, and put a year or remark of ours in `note:`"
)
IN_THE_FUTURE = "is in the future (today is 2026-12-04); write the date the document bears, or the day of the edit"
ACTION_FIELDS = (
    "areas, dates_as_stated, description, figures, partners, service, source, status, status_as_stated, system, title"
)
ROUND_FIELDS = (
    "actions, assessment, findings, inspected_as_stated, inspected_in, inspected_source, letter, note, note_sources, "
    "observations, published, published_as_stated, published_in, published_source, reflects_national_strategy, "
    "report_source, report_title, responses"
)
FORCE_FIELDS = "actions, corrections, country, id, last_updated, name, observations, rounds, sources"
STATUSES = "requested, under-consideration, planned, in-progress, in-place, ongoing, done, not-accepted, not-stated"

# The broken input: changes made, in order, to a copy of the content.
Change = Callable[[Path], None]


def replace(old: str, new: str, file: str = KENT) -> Change:
    """The first `old` in `file` becomes `new`."""

    def change(root: Path) -> None:
        path = root / file
        text = path.read_text()
        assert old in text, f"fixture text not found in {file}: {old!r}"
        path.write_text(text.replace(old, new, 1))

    return change


def append(text: str, file: str = KENT) -> Change:
    def change(root: Path) -> None:
        path = root / file
        path.write_text(path.read_text() + text)

    return change


def rename(to: str, file: str = KENT) -> Change:
    return lambda root: (root / file).rename(root / to)


def add(file: str, text: str) -> Change:
    return lambda root: (root / file).write_text(text)


def not_assessed(force: dict) -> str:
    """A record of a listed force with one 2017 outcome: 'not assessed' for capability and capacity."""
    return (
        f'id: {force["id"]}\nname: "{force["name"]}"\ncountry: {force["country"]}\nlast_updated: 2026-11-25\n'
        "sources:\n  - {id: letter, kind: inspectorate-letter, title: '[Letter]', publisher: HMICFRS,\n"
        "    date: 2017-10-02}\n"
        "rounds:\n  - assessment: assessment-2017\n    findings:\n"
        "      - {area: capability-and-capacity, outcome: not-assessed, basis: reading, summary: In place.,\n"
        "         source: letter}\n"
    )


def case(name: str, changes: Change | tuple[Change, ...], *expected: str, real: bool = False, today=None):
    """One row: `name` is its test id; `real` breaks the real content instead of RECORD; `today` bounds dates."""
    changes = changes if isinstance(changes, tuple) else (changes,)
    return pytest.param(changes, real, today, expected, id=name)


LINKS = {
    "javascript": "javascript:alert(1)",
    "data": "data:text/html,<b>x</b>",
    "ftp": "ftp://example.org/x",
    "no-host": "https:///etc/passwd",
    "a-space": "https://exa mple.org",
    "no-scheme": "//example.org",
}
ROUND_FACTS = {  # a source field, the fact it names the source of, the words for that fact, and where the fact stands
    "report_source": ("report_title", "the report's title", "44:19"),
    "published_source": ("published_as_stated", "the publication date", "46:26"),
    "inspected_source": ("inspected_as_stated", "when the inspection took place", "48:26"),
}
ADDED_WORDS = {  # an as-stated date with words of ours added, and the words the message quotes
    "a-press-attribution": ("17 November (according to Hemel Today)", "(according to Hemel Today)"),
    "a-remark": ("17 November; year not known", "not known"),
    "a-year": ("17 November [2022]", "[2022]"),
    "an-attribution-after-a-comma": ("17 November, according to the BBC", "according to the BBC"),
    "where-the-date-came-from": ("2025/10/30, from the article's address", "from the article's address"),
}

CASES = [
    case("the-sample-record-is-valid", ()),
    # Outcomes, areas, systems and services: the values the national files allow.
    case(
        "a-wrong-outcome",
        replace("outcome: plan-commenced", "outcome: excellent"),
        f"{KENT}:26:18: rounds[0].findings[0].outcome: 'excellent' is not an outcome of this assessment; "
        f"{ONE_OF_OUTCOMES}",
    ),
    case(
        "an-area-the-assessment-does-not-have",
        replace("      - area: it-monitoring", "      - area: it-systems"),
        f"{KENT}:30:15: rounds[0].findings[1].area: 'it-systems' is not an area of this assessment; {ONE_OF_AREAS}, "
        "overall",
    ),
    case(
        "an-action-for-an-area-the-assessment-does-not-have",
        replace("        areas: [it-monitoring]", "        areas: [it-monitoring, it]"),
        f"{KENT}:37:32: rounds[0].actions[0].areas[1]: 'it' is not an area of assessment-2017; {ONE_OF_AREAS}, "
        "abuse-of-position",
    ),
    case(
        "a-force-action-for-an-area-that-does-not-exist",
        replace(
            "rounds:\n",
            "actions:\n  - {title: T, areas: [vetting], description: D, status: done, source: letter}\nrounds:\n",
        ),
        f"{KENT}:18:24: actions[0].areas[0]: 'vetting' is not an area of the assessments later programmes follow up; "
        f"{ONE_OF_AREAS}, abuse-of-position",
    ),
    case(
        "a-service-not-in-the-register",
        replace("system: logpoint", "service: newsline"),
        f"{KENT}:39:18: rounds[0].actions[0].service: 'newsline' is not a service in content/national/systems.yml; use "
        "one of: crimestoppers-reporting-service",
    ),
    case(
        "an-assessment-that-does-not-exist",
        replace("assessment: assessment-2017", "assessment: assessment-2016"),
        f"{KENT}:18:17: rounds[0].assessment: 'assessment-2016' is not a national assessment; use one of: "
        f"{ASSESSMENTS}",
    ),
    case(
        "a-system-not-in-the-register",
        replace("system: logpoint", "system: tracker"),
        f"{KENT}:39:17: rounds[0].actions[0].system: 'tracker' is not a system in content/national/systems.yml; use "
        f"one of: {SYSTEMS}, or leave `system:` out where the source names none",
    ),
    case(
        "two-findings-for-one-area",
        replace("      - area: it-monitoring", "      - area: capability-and-capacity"),
        f"{KENT}:30:15: rounds[0].findings[1].area: 'capability-and-capacity' has two findings in this round; keep one",
    ),
    case(
        "two-rounds-for-one-assessment",
        replace("rounds:\n", "rounds:\n  - assessment: assessment-2017\n"),
        f"{KENT}:19:17: rounds[1].assessment: a second round for 'assessment-2017' (the first is on line 18); "
        "put all of one assessment's findings and actions in one round",
    ),
    # Dates.
    case(
        "a-malformed-date",
        replace("last_updated: 2026-11-25", "last_updated: 25/11/2026"),
        f"{KENT}:4:15: last_updated: '25/11/2026' is not a date; {NOT_A_DATE}",
    ),
    case(
        "a-date-with-a-time-is-not-a-date",
        replace("last_updated: 2026-11-25", "last_updated: 2026-11-25T10:00:00"),
        f"{KENT}:4:15: last_updated: '2026-11-25T10:00:00' is not a date; {NOT_A_DATE}",
    ),
    case(
        "an-impossible-date",
        replace("      date: 2017-10-02", "      date: 2017-09-31"),
        f"{KENT}:20:13: rounds[0].letter.date: '2017-09-31' is not a real day of the calendar; check the day and the "
        "month against the source",
    ),
    case(
        "a-number-is-not-a-date",
        replace("last_updated: 2026-11-25", "last_updated: 1506902400"),
        f"{KENT}:4:15: last_updated: 1506902400 is not a date; {NOT_A_DATE}",
    ),
    case(
        "a-date-in-the-future",
        replace("last_updated: 2026-11-25", "last_updated: 2026-12-05"),
        f"{KENT}:4:15: last_updated: 2026-12-05 {IN_THE_FUTURE}",
        today=TODAY,
    ),
    case(
        "the-same-date-once-it-has-come",
        replace("last_updated: 2026-11-25", "last_updated: 2026-12-05"),
        today=TODAY.replace(day=26),
    ),
    case(
        "a-source-dated-in-the-future",
        replace("    date: 2017-11-14", "    date: 2027-11-14"),
        f"{KENT}:15:11: sources[1].date: 2027-11-14 {IN_THE_FUTURE}",
        today=TODAY,
    ),
    case(
        "a-letter-before-the-review-started",
        replace("      date: 2017-10-02", "      date: 2017-05-31"),
        f"{KENT}:20:13: rounds[0].letter.date: 2017-05-31 is before the review started on 2017-06-01 ({A17}); check "
        "the date on the letter",
    ),
    case(
        "letters-before-the-review-started",
        replace("letters_date: 2017-10-02", "letters_date: 2017-05-02", A17),
        f"{A17}:«letters_date:»:15: letters_date: 2017-05-02 is before review_started (2017-06-01); the letters were "
        "written after the review began: check both dates",
    ),
    case(
        "a-follow-up-dated-before-the-letter",
        replace("date: 2017-11-14", "date: 2017-10-01"),
        f"{KENT}:15:11: sources[1].date: 2017-10-01 is before the letter of 2017-10-02, but follow-up actions in "
        "rounds[0] cite 'pcc-letter'; a follow-up comes after the letter: check this date, or cite the right source",
    ),
    # Identities: ids, file names, the list of forces.
    case(
        "a-duplicate-source-id",
        replace("  - id: pcc-letter", "  - id: letter"),
        f"{KENT}:11:9: sources[1].id: duplicate source id 'letter', already used at {KENT}:6; give each source its "
        "own id",
        f"{KENT}:41:17: rounds[0].actions[0].source: 'pcc-letter' is not a source of this file; use one of: letter",
    ),
    case(
        "a-duplicate-force-in-the-list",
        replace("{id: bedfordshire,", "{id: avon-and-somerset,", FORCES),
        f'{FORCES}:«{{id: avon-and-somerset, name: "Bedfordshire»:10: forces[1].id: duplicate force id '
        f"'avon-and-somerset', already used at {FORCES}:«{{id: avon-and-somerset,»; give each force its own id",
    ),
    case(
        "a-file-name-that-differs-from-the-id",
        rename("content/forces/kent-police.yml"),
        "content/forces/kent-police.yml:1:5: id: 'kent' differs from the file name; rename the file to kent.yml or set "
        "`id: kent-police`",
    ),
    case(
        "two-records-with-one-id",
        add("content/forces/kent-copy.yml", RECORD),
        "content/forces/kent-copy.yml:1:5: id: 'kent' differs from the file name; rename the file to kent.yml or set "
        "`id: kent-copy`",
        f"{KENT}:1:5: id: duplicate force id 'kent', already used at content/forces/kent-copy.yml:1; give each force "
        "its own id",
    ),
    case(
        "a-force-that-is-not-one-of-the-43",
        (
            rename("content/forces/police-scotland.yml"),
            replace("id: kent", "id: police-scotland", "content/forces/police-scotland.yml"),
        ),
        "content/forces/police-scotland.yml:1:5: id: 'police-scotland' is not one of the 43 territorial forces "
        "in content/national/forces.yml; use the police open-data identifier",
    ),
    case(
        "a-name-or-country-that-differs-from-the-force-list",
        (replace("country: England", "country: Wales"), replace("name: Kent Police", "name: Kent Constabulary")),
        f"{KENT}:2:7: name: 'Kent Constabulary' differs from the force list; write 'Kent Police'",
        f"{KENT}:3:10: country: 'Wales' differs from the force list; write 'England'",
    ),
    # Sources: every fact names one, every source is cited, quotations are the source's words.
    case(
        "an-action-without-a-source-or-a-figure-without-a-unit",
        replace("        source: pcc-letter\n", "        figures: [{text: Ten, value: 10}]\n"),
        f"{KENT}:36:9: rounds[0].actions[0].source: {NEEDS_SOURCE}",
        f"{KENT}:41:19: rounds[0].actions[0].figures[0].unit: is missing; add a `unit:` line here",
    ),
    case(
        "a-finding-without-a-source",
        replace(
            '        summary: "Work had started."\n        source: letter\n', '        summary: "Work had started."\n'
        ),
        f"{KENT}:25:9: rounds[0].findings[0].source: {NEEDS_SOURCE}",
    ),
    case(
        "an-action-without-a-source",
        replace("        source: pcc-letter\n", ""),
        f"{KENT}:36:9: rounds[0].actions[0].source: {NEEDS_SOURCE}",
    ),
    case(
        "a-source-that-is-not-declared",
        replace("        source: pcc-letter\n", "        source: pcc-leter\n"),
        f"{KENT}:11:9: sources[1].id: 'pcc-letter' {UNCITED}",
        f"{KENT}:41:17: rounds[0].actions[0].source: 'pcc-leter' is not a source of this file; use one of: letter, "
        "pcc-letter",
    ),
    case(
        "a-source-no-fact-cites",
        replace("        source: pcc-letter\n", "        source: letter\n"),
        f"{KENT}:11:9: sources[1].id: 'pcc-letter' {UNCITED}",
    ),
    case("a-later-round-whose-facts-name-their-sources", (replace(*PASSAGE), append(LATER_ROUND))),
    *(
        case(
            f"a-later-round-without-its-{field.replace('_', '-')}",
            (replace(*PASSAGE), append(LATER_ROUND.replace(f"    {field}: pcc-letter\n", ""))),
            f"{KENT}:{at}: rounds[1].{fact}: {words} names no source; every fact names its document: add `{field}:` "
            "with the id of the source that gives it",
        )
        for field, (fact, words, at) in ROUND_FACTS.items()
    ),
    *(
        case(
            f"an-as-stated-date-with-{name}",
            (replace(*PASSAGE), append(LATER_ROUND.replace('"17 November"', f'"{quoted}"'))),
            f"{KENT}:46:26: rounds[1].published_as_stated: '{added}' {NOT_THEIR_WORDS}",
        )
        for name, (quoted, added) in ADDED_WORDS.items()
    ),
    case(
        "words-added-to-a-grade-as-stated",
        replace(
            '        summary: "Work had started."\n',
            '        as_stated: "Plans in place (our reading)"\n        summary: "Work had started."\n',
        ),
        f"{KENT}:28:20: rounds[0].findings[0].as_stated: '(our reading)' {NOT_THEIR_WORDS}",
    ),
    *(
        case(
            f"a-link-with-{name}",
            replace('url: "https://example.org/response"', f"url: {link!r}"),
            f"{KENT}:16:10: sources[1].url: '{link}' {NOT_HTTP}",
        )
        for name, link in LINKS.items()
    ),
    # Published figures.
    case(
        "published-figures-must-add-up-to-the-forces-in-scope",
        replace("insufficient-information: 21,", "insufficient-information: 22,", A17),
        f"{A17}:«insufficient-information: 22,»:13: published_figures[0].counts: the counts add up to 44, but "
        "forces_in_scope is 43; check the figures against the source",
    ),
    case(
        "counts-on-record-cannot-exceed-the-published-figures",  # published: 2 forces not assessed; a third is blamed
        (
            replace("outcome: plan-commenced", "outcome: not-assessed"),
            *(add(f"content/forces/{force['id']}.yml", not_assessed(force)) for force in FIRST_TWO_FORCES),
        ),
        f"{KENT}:26:18: rounds[0].findings[0].outcome: more forces have 'not-assessed' for 'capability-and-capacity' "
        "than assessment-2017 published: on record 3, published 2; check this finding against its letter, and the "
        f"published figures in {A17}",
    ),
    # Fields: kinds of value, allowed values, unknown and duplicate keys.
    case(
        "an-empty-recipient",
        replace("recipient: Chief Constable, Kent Police", "recipient:"),
        f"{KENT}:22:17: rounds[0].letter.recipient: is empty; it must be text",
    ),
    case(
        "a-number-for-a-title",
        replace('title: "Logging"', "title: 2017"),
        f"{KENT}:36:16: rounds[0].actions[0].title: 2017 is the wrong kind of value; it must be text "
        "(put it in quotes)",
    ),
    case(
        "an-empty-status",
        replace("status: in-place", "status:"),
        f"{KENT}:40:16: rounds[0].actions[0].status: is empty; must be one of: {STATUSES} (did you mean `done`?)",
    ),
    case(
        "a-status-not-allowed",
        replace("status: in-place", "status: finished"),
        f"{KENT}:40:17: rounds[0].actions[0].status: 'finished' is not allowed; must be one of: {STATUSES}",
    ),
    case(
        "a-unit-not-allowed",
        replace("status: in-place", 'status: in-place\n        figures: [{text: "Ten", value: 10, unit: kg}]'),
        f"{KENT}:41:50: rounds[0].actions[0].figures[0].unit: 'kg' is not allowed; must be one of: percent, people, "
        "count, pounds",
    ),
    case(
        "a-value-that-is-not-a-finite-number",
        replace("status: in-place", 'status: in-place\n        figures: [{text: "Ten", value: .nan, unit: count}]'),
        f"{KENT}:41:40: rounds[0].actions[0].figures[0].value: nan is not a finite number; write the number the source "
        "gives",
    ),
    case(
        "partners-that-are-not-a-list",
        replace("status: in-place", "status: in-place\n        partners: Kent County Council"),
        f"{KENT}:41:19: rounds[0].actions[0].partners: 'Kent County Council' is the wrong kind of value; it must be a "
        "list of `- ` items",
    ),
    case(
        "an-unknown-field",
        replace("system: logpoint", "system: logpoint\n        colour: red"),
        f"{KENT}:40:9: rounds[0].actions[0].colour: unknown field; the fields allowed here are: {ACTION_FIELDS}",
    ),
    case(
        "a-misspelt-field",
        replace("    letter:\n", "    leter:\n"),
        f"{KENT}:19:5: rounds[0].leter: unknown field (did you mean `letter`?); the fields allowed here are: "
        f"{ROUND_FIELDS}",
    ),
    case(
        "a-duplicate-key",
        replace("last_updated: 2026-11-25", "last_updated: 2026-11-25\nlast_updated: 2026-11-21"),
        f"{KENT}:5:1: last_updated: duplicate key; `last_updated` is already set on line 4: keep one",
    ),
    # National files.
    case(
        "out-of-range-and-empty-lists-in-national-files",
        (
            replace("forces_in_scope: 43", "forces_in_scope: 0", A17),
            replace("forces:\n", "forces: []\nold_forces:\n", FORCES),
        ),
        f"{A17}:«forces_in_scope:»:18: forces_in_scope: 0 is out of range; it must be at least 1",
        f"{FORCES}:«forces: []»:9: forces: has 0 items; it must have at least 1",
        f"{FORCES}:«old_forces:»:1: old_forces: unknown field (did you mean `forces`?); the fields allowed here are: "
        "forces, source, sources",
    ),
    case(  # records that refer to assessment-2017 are not also blamed while assessment-2017.yml itself is broken
        "a-broken-national-file-does-not-cascade-into-every-record",
        replace("forces_in_scope: 43", "forces_in_scope: lots", A17),
        f"{A17}:«forces_in_scope:»:18: forces_in_scope: 'lots' is the wrong kind of value; it must be a whole number",
    ),
    # The same rules on the real records, beside all the others.
    case(
        "real-a-wrong-outcome",
        replace("outcome: plan-commenced", "outcome: excellent", WARWICKSHIRE),
        f"{WARWICKSHIRE}:«outcome: excellent»:18: rounds[0].findings[2].outcome: 'excellent' is not an outcome of this "
        f"assessment; {ONE_OF_OUTCOMES}",
        real=True,
    ),
    case(
        "real-an-unknown-key-with-a-suggestion",
        replace("last_updated:", "last_update:", LEICESTERSHIRE),
        f"{LEICESTERSHIRE}:«id: leicestershire»:1: last_updated: is missing; add a `last_updated:` line here",
        f"{LEICESTERSHIRE}:«last_update:»:1: last_update: unknown field (did you mean `last_updated`?); the fields "
        f"allowed here are: {FORCE_FIELDS}",
        real=True,
    ),
    case(
        "real-a-source-that-is-not-declared",
        replace("        source: letter\n", "        source: lettre\n", LEICESTERSHIRE),
        f"{LEICESTERSHIRE}:«source: lettre»:17: rounds[0].findings[0].source: 'lettre' is not a source of this file; "
        f"use one of: {LEICESTERSHIRE_SOURCES}",
        real=True,
    ),
    case(
        "real-a-file-name-that-differs-from-the-id",
        rename(KENT, WARWICKSHIRE),
        f"{KENT}:«id: warwickshire»:5: id: 'warwickshire' differs from the file name; rename the file to "
        "warwickshire.yml or set `id: kent`",
        real=True,
    ),
    case(
        "real-published-figures-must-add-up-to-the-forces-in-scope",
        replace("insufficient-information: 21,", "insufficient-information: 22,", A17),
        f"{A17}:«insufficient-information: 22,»:13: published_figures[0].counts: the counts add up to 44, but "
        "forces_in_scope is 43; check the figures against the source",
        real=True,
    ),
    case(
        "real-a-duplicate-key-does-not-hide-the-files-other-problems",
        (
            replace(
                "name: Warwickshire Police\n",
                "name: Warwickshire Police\nname: Warwickshire Constabulary\n",
                WARWICKSHIRE,
            ),
            replace("basis: reading", "basis: maybe", WARWICKSHIRE),
        ),
        f"{WARWICKSHIRE}:«name: Warwickshire Constabulary»:1: name: duplicate key; `name` is already set on line "
        "«name: Warwickshire Police»: keep one",
        f"{WARWICKSHIRE}:«basis: maybe»:16: rounds[0].findings[0].basis: 'maybe' is not allowed; must be one of: "
        "stated, reading",
        real=True,
    ),
    case(  # every date is parsed by model.Date: a plain date field read this number as seconds since 1970
        "real-a-correction-date-that-is-a-number",
        append("corrections:\n  - date: 1507680000\n    summary: The letter's date was wrong.\n", WARWICKSHIRE),
        f"{WARWICKSHIRE}:«date: 1507680000»:11: corrections[0].date: 1507680000 is not a date; {NOT_A_DATE}",
        real=True,
    ),
    case(
        "real-an-overall-outcome-the-source-does-not-state",
        replace("basis: stated", "basis: reading", "content/forces/cumbria.yml"),
        "content/forces/cumbria.yml:«basis: reading»:16: rounds[0].findings[0].basis: an overall outcome is recorded "
        "only where a source states it; write `basis: stated` if the source names this outcome, or remove this finding",
        real=True,
    ),
]


def copy_of_content(tmp_path: Path, real: bool) -> Path:
    """A copy of the real content (`real`), or of the national files and held documents with RECORD as Kent's."""
    if real:
        shutil.copytree(ROOT / "content", tmp_path / "content")
        return tmp_path
    for folder in ("national", "documents"):
        shutil.copytree(ROOT / "content" / folder, tmp_path / "content" / folder)
    (tmp_path / "content/forces").mkdir()
    (tmp_path / KENT).write_text(RECORD)
    return tmp_path


def at_lines(root: Path, message: str) -> str:
    """The message with each `«text»` replaced by the number of the first line of its file that contains `text`."""
    lines = (root / message.split(":", 1)[0]).read_text().splitlines()

    def number(match: re.Match) -> str:
        found = [i for i, line in enumerate(lines, 1) if match[1] in line]
        assert found, f"no line contains {match[1]!r} in {message}"
        return str(found[0])

    return re.sub("«([^»]+)»", number, message)


@pytest.mark.parametrize("changes, real, today, expected", CASES)
def test_a_broken_input_gets_exactly_these_messages(tmp_path, changes, real, today, expected):
    root = copy_of_content(tmp_path, real)
    for change in changes:
        change(root)
    checked, result = check(root, today)
    assert [str(p) for p in result.problems] == [at_lines(root, m) for m in expected]
    assert (checked is None) == bool(expected)


def test_every_row_has_its_own_name():
    names = [c.id for c in CASES]
    assert len(names) == len(set(names)) and all(re.fullmatch("[a-z0-9-]+", n) for n in names)


def test_the_real_content_is_valid():
    content, result = check(ROOT)
    assert result.problems == []
    assert {f.id for f in content.forces} >= {"west-yorkshire", "leicestershire", "warwickshire"}

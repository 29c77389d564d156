"""The force page's view (templates/force.md.j2): "at a glance", each round in full (rounds.py), the notices of
rounds not on record, the findings tied to no programme, the follow-up actions, the sources, the corrections and the
links to the repository. One per force on the fixed list, with a record or without.

Everything a force page shows that is not a record's own text is decided here or in `derive`; templates only format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote

from generator import addresses, labels, settings
from generator import derive as facts
from generator import model as m
from generator.addresses import Address
from generator.citations import Citation
from generator.derive import ActionView, ForceView, Judgment, ObservationView, RoundView
from generator.labels import SaidBy, said_by
from generator.pages.rounds import RoundPage, round_page


@dataclass(frozen=True)
class GlanceRow:
    """One assessment's judgments for this force, for the top of the page: newest first."""

    title: str
    address: Address | None  # the section of this page that gives the details; None when there is none
    date: str | None  # which date, and the date: "published 2 October 2017", 'published “October 2017”'
    said_by: SaidBy | None  # who gives the date, where that is no inspectorate document
    judgments: tuple[Judgment, ...]
    nothing: str | None  # what to say when there is no judgment to show


@dataclass(frozen=True)
class MissingRound:
    """An assessment that wrote to every force, with nothing on record for this one."""

    title: str
    address: Address  # its section on this page
    letters_date: dt.date


@dataclass(frozen=True)
class FigureLine:
    text: str  # in our words, the source's in quotation marks
    value: float
    unit: str  # in words
    period: str | None  # as the source states it, in quotation marks


@dataclass(frozen=True)
class ActionItem:
    """One follow-up action on a force page, with everything it shows beside its own text."""

    action: m.Action
    address: Address  # its heading, whose id is unique on the page
    status: str  # in words
    status_value: str  # the status id, for the status mark
    status_as_stated: str | None  # the source's words for the status, in quotation marks
    date: str  # the date its source gives, as far as it gives it; else the action's dates as stated; else words saying
    # the source gives none
    dates_as_stated: str | None  # the action's dates in the source's words, in quotation marks, unless `date` has them
    serves: tuple[str, ...]  # the names of the 2017 areas it serves, or words saying none
    answers: str | None  # the programme it answers, if any
    round: Address | None  # that round's section on the same page
    system: str | None  # the named system's name, and its entry in the register
    system_address: Address | None
    service: str | None  # the national service's name, and its entry in the national summary
    service_address: Address | None
    citation: Citation
    rests_on: str | None  # "known only from a press report" and the like; None for an inspectorate document
    figures: tuple[FigureLine, ...]


@dataclass(frozen=True)
class SourceItem:
    """One of the record's sources, as the page's list of sources shows it."""

    source: m.Source
    citation: Citation
    copy: Address | None  # the project's copy on this site, where it holds one


@dataclass(frozen=True)
class ForcePage:
    id: str
    name: str
    country: str
    address: Address
    has_record: bool
    glance: Address  # the sections of the page
    other_reports: Address
    actions_section: Address
    glance_rows: tuple[GlanceRow, ...]  # every assessment's judgments for this force, newest first
    not_comparable: bool  # judgments of more than one programme stand side by side: say they are not comparable
    actions_known: str | None  # how many follow-up actions, in words: "3 follow-up actions"; None for none
    rounds: tuple[RoundPage, ...]
    missing: tuple[MissingRound, ...]
    observations: tuple[ObservationView, ...]  # tied to no programme
    actions: tuple[ActionItem, ...]  # every follow-up action, newest report first
    sources: tuple[SourceItem, ...]
    corrections: tuple[m.Correction, ...]
    last_updated: dt.date | None
    feed: Address | None
    edit_url: str
    edit_words: str  # "Edit this record", or "Start a record for this force"
    report_url: str
    suggest_url: str
    councils: str  # the council areas it covers, in a sentence: "It covers 13 council areas: …"
    councils_source: Citation  # ONS's lookup
    council_names: tuple[str, ...]  # for the site's search: the page's tags (a name holds its shorter forms: "Bristol")


def covers(force: ForceView) -> str:
    """The sentence naming the council areas a force covers (derive's councils, A to Z), after one naming the force."""
    names = tuple(c.name for c in force.councils)
    return f"It covers {labels.council_areas(names, tuple(c.code for c in force.councils))}."


def repository_links(force_id: str, name: str, has_record: bool) -> tuple[str, str, str]:
    """Where to edit (or start) the force's record, report a problem with it, and suggest a source."""
    repo, branch = settings.REPOSITORY, settings.BRANCH
    path = f"content/forces/{force_id}.yml"
    edit = (
        f"{repo}/edit/{branch}/{path}" if has_record else f"{repo}/new/{branch}/content/forces?filename={force_id}.yml"
    )
    report = f"{settings.ISSUES_NEW}&title=" + quote(f"Error in a record: {name}")
    suggest = f"{repo}/issues/new?template={settings.SOURCE_TEMPLATE}&title=" + quote(f"Source: {name}")
    return edit, report, suggest


def force_page(force: ForceView, assessments: tuple[m.Assessment, ...], councils_source: Citation) -> ForcePage:
    """`assessments`: every assessment, newest first (Site.assessments); `councils_source`: where the council areas
    come from (Site.councils_source)."""
    edit, report, suggest = repository_links(force.id, force.name, force.has_record)
    actions_section = addresses.force_actions(force.id)
    glance = glance_rows(force, assessments)
    record = force.record
    return ForcePage(
        force.id,
        force.name,
        force.country,
        force.address,
        force.has_record,
        addresses.force_glance(force.id),
        addresses.force_other_reports(force.id),
        actions_section,
        glance,
        sum(1 for g in glance if g.judgments) > 1,
        labels.count(len(force.actions), "follow-up action") if force.actions else None,
        tuple(round_page(r, force.citations, actions_section) for r in force.rounds),
        tuple(
            MissingRound(a.short_title, addresses.force_round(force.id, a.id), a.letters_date)
            for a in force.missing_rounds
        ),
        force.observations,
        tuple(action_item(a) for a in force.actions),
        tuple(SourceItem(s, force.citations[s.id], force.citations[s.id].copy) for s in record.sources)
        if record
        else (),
        tuple(record.corrections) if record else (),
        record.last_updated if record else None,
        addresses.force_feed(force.id) if record else None,
        edit,
        "Edit this record" if force.has_record else "Start a record for this force",
        report,
        suggest,
        covers(force),
        councils_source,
        tuple(c.name for c in force.councils),
    )


def glance_rows(force: ForceView, assessments: tuple[m.Assessment, ...]) -> tuple[GlanceRow, ...]:
    """Every assessment that judged forces area by area, newest first, with this force's judgments or what is
    missing."""
    rows = []
    for a in assessments:
        if not a.judges_forces:
            continue
        rnd = force.round_for(a.id)
        letters = a.kind is m.AssessmentKind.letters
        if rnd is None:
            nothing = (
                "No record of this force's letter yet." if letters else "No report known from the sources we hold."
            )
            # A letter assessment's notice of no round has a section too.
            section = addresses.force_round(force.id, a.id) if letters else None
            rows.append(GlanceRow(a.short_title, section, None, None, (), nothing))
            continue
        judged = rnd.judged
        nothing = None if judged else "Report on record; no grade or outcome known from the sources we hold."
        rows.append(GlanceRow(a.short_title, rnd.address, *_glance_date(rnd), judged, nothing))
    return tuple(rows)


def _glance_date(rnd: RoundView) -> tuple[str | None, SaidBy | None]:
    """The date "at a glance" shows for a round, after which date it is, in the source's words when the day is not
    known; and who gives it, where that is no inspectorate document."""
    if rnd.dated:
        what, date, source = date_is(rnd.dated_by, rnd.dated_source), labels.long_date(rnd.dated), rnd.dated_source
    elif rnd.round.published_as_stated:
        what, date, source = "published", labels.as_stated(rnd.round.published_as_stated), rnd.published_source
    elif rnd.round.published_in:
        what, date, source = "published", rnd.round.published_in, rnd.published_source
    else:
        return None, None
    second_hand = source is not None and labels.rests_on(source) is not None
    return (f"{what} {date}" if what else date), said_by(source) if second_hand else None


def date_is(dated_by: str | None, source: m.Source | None) -> str | None:
    """Which date a round's date is, in words to put before it: "published", "page last updated", "reported in the
    press on", … (`dated_by` is one of derive.DATED_BY)."""
    if dated_by == facts.PUBLISHED:
        return "published"
    if dated_by == facts.LETTER:
        return "letter dated"
    if dated_by == facts.LETTERS:
        return "letters to every force dated"
    if dated_by != facts.SOURCE_DATE or source is None:
        return None
    if source.kind is m.SourceKind.press_report:
        return "reported in the press on"
    if "last updated" in (source.locator or "").lower():  # the record says the date is the page's "last updated" date
        return "page last updated"
    return f"{labels.SOURCE_KINDS[source.kind]} dated"


def action_item(a: ActionView) -> ActionItem:
    stated = a.action.dates_as_stated
    undated = a.date is None and stated is not None  # say what is known: the source's words, with no calendar date
    return ActionItem(
        a.action,
        a.address,
        labels.ACTION_STATUSES[a.action.status],
        a.action.status.value,
        labels.as_stated(a.action.status_as_stated) if a.action.status_as_stated else None,
        a.date
        or (f"{labels.as_stated(stated)} {labels.NO_CALENDAR_DATE}" if undated else labels.capitalised(labels.NO_DATE)),
        labels.as_stated(stated) if stated and not undated else None,
        a.area_names or (labels.NO_AREA,),
        a.assessment.short_title if a.assessment else None,
        a.answers,
        a.system.name if a.system else None,
        addresses.system(a.system.id) if a.system else None,
        a.service.name if a.service else None,
        addresses.service(a.service.id) if a.service else None,
        a.citation,
        a.rests_on,
        tuple(
            FigureLine(
                f.text,
                f.value,
                labels.UNITS[f.unit],
                labels.as_stated(f.period_as_stated) if f.period_as_stated else None,
            )
            for f in a.action.figures
        ),
    )

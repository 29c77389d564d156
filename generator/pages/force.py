"""The force page's view of each round: its judgments with their marks and what they rest on, its observations,
and the "at a glance" list of every programme's judgments, newest first. Follow-up actions, across all
programmes, are in follow_up.py.

Everything a force page shows that is not a record's own text is decided here; templates/force.md.j2 formats it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import addresses, citations, labels
from generator import derive as d
from generator import model as m
from generator.citations import Citation
from generator.derive import FindingView, ObservationView, RoundView
from generator.labels import SaidBy, said_by
from generator.marks import Mark, marks_for


@dataclass(frozen=True)
class FindingRow:
    """One area's outcome or grade, with its mark and what it rests on."""

    view: FindingView
    mark: Mark | None
    stated: bool  # the source names the outcome (else it is our reading of its words)
    citation: Citation | None
    rests_on: str | None  # e.g. "known only from a press report"; None when an inspectorate document gives it
    notes: tuple[
        str, ...
    ]  # labels.judgment_notes: "our reading", what it rests on; what a short mention shows beside it


@dataclass(frozen=True)
class ObservationRow:
    """A finding without a grade, the 2017 areas it bears on, and who says it."""

    view: ObservationView
    citation: Citation
    rests_on: str | None


@dataclass(frozen=True)
class RoundFact:
    """A round's report title or date, and who gives it ("according to …")."""

    date: dt.date | None
    text: str | None  # the title, or the date in the source's words when the day is not known
    said_by: SaidBy | None


@dataclass(frozen=True)
class RoundPage:
    round: RoundView
    anchor: str  # the id of the round's heading, e.g. round-assessment-peel-2018-19
    programme: bool  # a later inspection programme (it has a report), not a review that wrote letters
    not_known: tuple[str, ...]  # what the sources do not give of a programme's report: its title, dates
    findings_heading: str  # unique on the page: each is a landmark's name in the table of contents
    observations_heading: str
    letter_held: bool
    letter_note: bool  # say beside each fact that the inspectorate's letter itself is not held
    actions_note: str | None  # how many follow-up actions answer this round, in words; None for none
    findings: tuple[FindingRow, ...]  # each area's (a programme's: those graded), then the overall one if any
    observations: tuple[ObservationRow, ...]
    note_citations: tuple[Citation, ...]  # the sources of the round's note
    report: RoundFact | None  # the report's title
    published: RoundFact | None
    inspected: RoundFact | None


@dataclass(frozen=True)
class GlanceRow:
    """One assessment's judgments for this force, for the top of the page: newest first."""

    title: str
    anchor: str | None  # the section of this page that gives the details; None when there is none
    date: dt.date | None
    date_as_stated: str | None
    date_is: (
        str | None
    )  # which date it is, in words before it: "published", "page last updated", "reported in the press on"
    said_by: SaidBy | None  # who gives the date, where that is no inspectorate document
    judgments: tuple[FindingRow, ...]
    nothing: str | None  # what to say when there is no judgment to show


@dataclass(frozen=True)
class MissingRound:
    """An assessment that wrote to every force, with nothing on record for this one."""

    assessment: m.Assessment
    anchor: str


def missing_rounds(assessments: tuple[m.Assessment, ...]) -> tuple[MissingRound, ...]:
    return tuple(MissingRound(a, addresses.round_anchor(a.id)) for a in assessments)


def round_page(rnd: RoundView, cites: dict[str, Citation]) -> RoundPage:
    """`cites`: the force page's sources' citations."""
    marks = marks_for(rnd.assessment)
    programme = rnd.assessment.letters_date is None
    shown = [f for f in rnd.findings if f.finding or not programme] + ([rnd.overall] if rnd.overall else [])
    rows = tuple(
        FindingRow(
            f,
            marks[f.outcome.id] if f.outcome else None,
            f.finding is not None and f.finding.basis is m.Basis.stated,
            _finding_citation(f, cites),
            labels.rests_on(f.source),
            labels.judgment_notes(f.finding, f.source),
        )
        for f in shown
    )
    held = rnd.round.letter is not None
    title = rnd.assessment.short_title
    return RoundPage(
        rnd,
        addresses.round_anchor(rnd.assessment.id),
        programme,
        _not_known(rnd.round) if programme else (),
        f"{title}: grade per area" if programme else "Outcome per area",
        f"{title}: findings without a grade",
        held,
        not held and not programme,
        f"{len(rnd.actions)} follow-up action{'s answer' if len(rnd.actions) > 1 else ' answers'} this round"
        if rnd.actions
        else None,
        rows,
        observation_rows(rnd.observations, cites),
        tuple(cites[s.id] for s in rnd.note_sources),
        *_facts(rnd),
    )


def _facts(rnd: RoundView) -> tuple[RoundFact | None, RoundFact | None, RoundFact | None]:
    """The report's title, publication date and inspection date, each with who gives it."""
    r = rnd.round

    def fact(date: dt.date | None, text: str | None, source: m.Source | None) -> RoundFact | None:
        return RoundFact(date, text, said_by(source) if source else None) if date or text else None

    return (
        fact(None, r.report_title, rnd.report_source),
        fact(r.published, None if r.published else r.published_as_stated, rnd.published_source),
        fact(None, r.inspected_as_stated, rnd.inspected_source),
    )


def _finding_citation(f: FindingView, cites: dict[str, Citation]) -> Citation | None:
    """The source's citation; where the finding quotes the source ("as stated"), one that opens at those words."""
    if f.source is None:
        return None
    return (
        citations.citation(f.source, f.finding.as_stated) if f.finding and f.finding.as_stated else cites[f.source.id]
    )


def _not_known(rnd: m.Round) -> tuple[str, ...]:
    missing = {
        "the report's title": rnd.report_title,
        "its publication date": rnd.published or rnd.published_as_stated,
        "when it was inspected": rnd.inspected_as_stated,
    }
    return tuple(what for what, known in missing.items() if not known)


def observation_rows(
    observations: tuple[ObservationView, ...], cites: dict[str, Citation]
) -> tuple[ObservationRow, ...]:
    return tuple(ObservationRow(o, cites[o.source.id], labels.rests_on(o.source)) for o in observations)


def glance(assessments: tuple[m.Assessment, ...], rounds: tuple[RoundPage, ...]) -> tuple[GlanceRow, ...]:
    """Every assessment that judged forces area by area, newest first, with this force's judgments or what is
    missing. `assessments` in time order; `rounds`: this force's round pages."""
    by_id = {r.round.assessment.id: r for r in rounds}
    rows = []
    for a in sorted((a for a in assessments if a.areas), key=lambda a: a.sort_date, reverse=True):
        rp = by_id.get(a.id)
        judgments = tuple(f for f in rp.findings if f.mark) if rp else ()
        if rp is None:
            nothing = (
                "No record of this force's letter yet."
                if a.letters_date
                else "No report known from the sources we hold."
            )
        else:
            nothing = None if judgments else "Report on record; no grade or outcome known from the sources we hold."
        section = (
            addresses.round_anchor(a.id) if rp or a.letters_date else None
        )  # a letter assessment's notice has a section too
        rows.append(
            GlanceRow(
                a.short_title,
                section,
                *(_glance_date(rp.round) if rp else (None, None, None, None)),
                judgments,
                nothing,
            )
        )
    return tuple(rows)


def _glance_date(rnd: RoundView) -> tuple[dt.date | None, str | None, str | None, SaidBy | None]:
    """The date "at a glance" shows for a round, in the source's words when the day is not known; which date it is;
    and who gives it, where that is no inspectorate document."""
    if rnd.dated:
        date, as_stated, what, source = rnd.dated, None, date_is(rnd.dated_by, rnd.dated_source), rnd.dated_source
    elif rnd.round.published_as_stated:
        date, as_stated, what, source = None, rnd.round.published_as_stated, "published", rnd.published_source
    else:
        return None, None, None, None
    second_hand = source is not None and labels.rests_on(source) is not None
    return date, as_stated, what, said_by(source) if second_hand else None


def date_is(dated_by: str | None, source: m.Source | None) -> str | None:
    """Which date a round's date is, in words to put before it: "published", "page last updated", "reported in the
    press on", … (`dated_by` is one of d.DATED_BY)."""
    if dated_by == d.PUBLISHED:
        return "published"
    if dated_by == d.LETTER:
        return "letter dated"
    if dated_by == d.LETTERS:
        return "letters to every force dated"
    if dated_by != d.SOURCE_DATE or source is None:
        return None
    if source.kind is m.SourceKind.press_report:
        return "reported in the press on"
    if "last updated" in (source.locator or "").lower():  # the record says the date is the page's "last updated" date
        return "page last updated"
    return f"{labels.SOURCE_KINDS[source.kind]} dated"

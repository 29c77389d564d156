"""The words the pages show for the records' coded values (kinds of source, statuses of actions, what a
judgment rests on), dates and counts: made here, so templates only format them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import model as m

SOURCE_KINDS = {
    m.SourceKind.inspectorate_letter: "inspectorate letter",
    m.SourceKind.inspectorate_report: "inspectorate report",
    m.SourceKind.inspectorate_news: "inspectorate news release",
    m.SourceKind.force_statement: "the force's own page",
    m.SourceKind.force_update: "a force's own update on the inspectorate's page",
    m.SourceKind.pcc_letter: "PCC letter",
    m.SourceKind.pcc_statement: "PCC statement",
    m.SourceKind.panel_report: "police and crime panel report",
    m.SourceKind.press_report: "press report",
    m.SourceKind.parliament_record: "Hansard",
    m.SourceKind.reference_data: "reference data",
    m.SourceKind.iopc_page: "IOPC page",
    m.SourceKind.other_organisation: "another organisation's page",
}
# Beside a judgment or observation that rests on no inspectorate document: what it rests on, said plainly.
SECOND_HAND = {
    m.SourceKind.force_statement: "known only from the force's own page",
    m.SourceKind.force_update: "a force's own words, on the inspectorate's page",
    m.SourceKind.pcc_letter: "known only from a PCC's letter",
    m.SourceKind.pcc_statement: "known only from a PCC's page",
    m.SourceKind.panel_report: "known only from a police and crime panel report",
    m.SourceKind.press_report: "known only from a press report",
    m.SourceKind.parliament_record: "known only from Hansard",
    m.SourceKind.reference_data: "known only from reference data",
    m.SourceKind.iopc_page: "known only from a page of the Independent Office for Police Conduct",
    m.SourceKind.other_organisation: "known only from another organisation's page",
}


def long_date(value: dt.date) -> str:
    """GOV.UK style: 2 October 2017."""
    return f"{value.day} {value:%B %Y}"


def number(value: float | int) -> str:
    """A count or figure with thousands separated: 1,234."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


# Beside a stated outcome that is not a grade ("no graded judgment"), wherever it is counted or drawn.
NOT_A_GRADE = "(a stated outcome, not a grade)"
# What a later finding may bear on, besides the 2017 areas.
APSP_AREA = "Abuse of position for a sexual purpose in general"
# The inspectorate's own documents: every other kind of source is second-hand.
FIRST_HAND = frozenset(m.SourceKind) - SECOND_HAND.keys()


def rests_on(source: m.Source | None) -> str | None:
    """What a judgment or finding rests on, said plainly, when that is no inspectorate document; else None."""
    return SECOND_HAND.get(source.kind) if source is not None else None


# Beside a judgment that is our reading of the source's words (`basis: reading`), wherever a judgment appears.
OUR_READING = "our reading"


def reading(finding: m.Finding | None) -> str | None:
    """OUR_READING when the record marks the judgment as our reading of its source's words; else None."""
    return OUR_READING if finding is not None and finding.basis is m.Basis.reading else None


def judgment_notes(finding: m.Finding | None, source: m.Source | None) -> tuple[str, ...]:
    """What a reader must be told beside a judgment, wherever it appears: that it is our reading, and what it rests
    on when that is no inspectorate document (e.g. ("our reading", "known only from a press report"))."""
    return tuple(n for n in (reading(finding), rests_on(source)) if n)


# "According to …": the kind of document a fact such as a round's date comes from.
ACCORDING_TO = {
    m.SourceKind.inspectorate_letter: "the inspectorate's letter",
    m.SourceKind.inspectorate_report: "the inspectorate's report",
    m.SourceKind.inspectorate_news: "the inspectorate's news release",
    m.SourceKind.force_statement: "the force's own page",
    m.SourceKind.force_update: "a force's own update on the inspectorate's page",
    m.SourceKind.pcc_letter: "a PCC's letter",
    m.SourceKind.pcc_statement: "a PCC's page",
    m.SourceKind.panel_report: "a police and crime panel report",
    m.SourceKind.press_report: "a press report",
    m.SourceKind.parliament_record: "Hansard",
    m.SourceKind.reference_data: "reference data",
    m.SourceKind.iopc_page: "a page of the Independent Office for Police Conduct",
    m.SourceKind.other_organisation: "another organisation's page",
}


@dataclass(frozen=True)
class SaidBy:
    """Who gives a fact such as a round's date: "according to a press report: Sheffield Telegraph"."""

    document: str  # the kind of document, with its article: "a press report", "the inspectorate's report"
    who: str | None  # its publisher, where the document is not the inspectorate's own
    url: str | None


def said_by(source: m.Source) -> SaidBy:
    return SaidBy(ACCORDING_TO[source.kind], None if source.kind in FIRST_HAND else source.publisher, source.url)


STATUSES = {
    m.ActionStatus.requested: "Requested",
    m.ActionStatus.under_consideration: "Under consideration",
    m.ActionStatus.planned: "Planned",
    m.ActionStatus.in_progress: "In progress",
    m.ActionStatus.in_place: "In place",
    m.ActionStatus.ongoing: "Ongoing",
    m.ActionStatus.done: "Done",
    m.ActionStatus.not_accepted: "Not accepted",
    m.ActionStatus.not_stated: "Status not stated",
}

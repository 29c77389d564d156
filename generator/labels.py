"""The words the pages, downloads and feeds show for the records' coded values (kinds of source, statuses of actions,
what a judgment rests on, kinds of assessment), for dates, missing dates, counts and plurals: each defined here once,
so templates only format them."""

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
KNOWN_ONLY_FROM = {
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
# The inspectorate's own documents: every other kind of source is second-hand.
FIRST_HAND = frozenset(m.SourceKind) - KNOWN_ONLY_FROM.keys()


# --- dates, counts and plurals -------------------------------------------------------------------------------------


def long_date(value: dt.date) -> str:
    """GOV.UK style: 2 October 2017 (the day without a leading zero, on every platform)."""
    return f"{value.day} {value:%B %Y}"


# Where a source gives no date at all, wherever a date is shown; where no source we hold gives a fact at all.
NO_DATE = "date not given by the source"
NO_CALENDAR_DATE = "(the source's words; no calendar date)"  # beside a date known only in a source's words
NOT_KNOWN = "not known from the sources we hold"


def as_stated(words: str) -> str:
    """A source's own words, shown as such wherever they appear: in quotation marks."""
    return f"“{words}”"


def source_date(source: m.Source) -> str | None:
    """The date a source gives, in words: the day; else as far as it gives it, its own words in quotation marks
    (“Thursday March 14th”) or ours as they are ("October 2017"); None for none."""
    if source.date:
        return long_date(source.date)
    return as_stated(source.date_as_stated) if source.date_as_stated else source.dated_in


def paragraph(key: str) -> str:
    """A held document's paragraph, as a citation names it: "paragraph 12", "paragraph 3.9 (second)"."""
    return f"paragraph {key}"


def number(value: float | int) -> str:
    """A count or figure with thousands separated: 1,234."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


# Where a count was not published: the inspectorate published none for this outcome.
NOT_PUBLISHED = "not published"


def published_count(n: int | None) -> str:
    """A published count in words: the number, or NOT_PUBLISHED."""
    return NOT_PUBLISHED if n is None else number(n)


def size(n: int) -> str:
    """A file's size: 812 bytes, 14 KB, 1.2 MB."""
    return f"{n} bytes" if n < 1024 else f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def plural(n: int, one: str, many: str | None = None) -> str:
    """The word for `n` things: `one` for 1, else `many` (by default `one` with an s)."""
    return one if n == 1 else (many or f"{one}s")


def count(n: int, one: str, many: str | None = None) -> str:
    """A count and its noun: "1 force", "3 forces", "2 follow-up actions"."""
    return f"{number(n)} {plural(n, one, many)}"


def capitalised(text: str) -> str:
    """Words at the start of a sentence: the first letter upper case, the rest as they are."""
    return text[:1].upper() + text[1:]


def and_list(items: list[str] | tuple[str, ...]) -> str:
    """Items in a sentence: "A", "A and B", "A, B and C"; where the last two are names that hold an "and" themselves,
    a comma before the last "and" says where one ends: "Slough, Windsor and Maidenhead, and Wokingham"."""
    last = " and "
    if len(items) > 1 and any(" and " in item for item in items[-2:]):
        last = ", and "
    return last.join(filter(None, [", ".join(items[:-1]), *items[-1:]]))


# --- council areas -------------------------------------------------------------------------------------------------


def _the(name: str) -> str:
    """A council area's name inside a sentence: "the City of London", but "Powys"."""
    return f"the {name}" if name.startswith(("City of ", "County of ")) else name


def council_areas(names: tuple[str, ...], codes: tuple[str, ...]) -> str:
    """What a force covers, in words: "one council area only: the City of London", "32 London boroughs: …",
    "13 council areas: Bracknell Forest, … and Wokingham". `codes`: ONS's codes of the same areas."""
    if len(names) == 1:
        return f"one council area only: {_the(names[0])}"
    if all(c.startswith(m.LONDON) for c in codes):
        return f"{number(len(names))} London boroughs: {and_list(names)}"
    return f"{count(len(names), 'council area')}: {and_list(names)}"


def council_areas_listed(names: tuple[str, ...], codes: tuple[str, ...]) -> str:
    """The council areas a force covers, for a map's tile: each by name, London's boroughs counted: "32 London
    boroughs". (The lookup gives no sizes, so a tile names them all rather than guess which are the largest.)"""
    if len(names) > 1 and all(c.startswith(m.LONDON) for c in codes):
        return f"{number(len(names))} London boroughs"
    return and_list(names)


# --- judgments -----------------------------------------------------------------------------------------------------

OVERALL_NAME = "Overall"  # the name of an assessment's overall outcome, beside its areas
# Beside a stated outcome that is not a grade ("no graded judgment"), wherever it is counted or drawn.
NOT_A_GRADE = "(a stated outcome, not a grade)"
# What a later finding or an action may bear on, besides the 2017 areas; and an action that bears on none.
APSP_AREA = "Abuse of position for a sexual purpose in general"
NO_AREA = "no single 2017 area"


def rests_on(source: m.Source | None) -> str | None:
    """What a judgment or finding rests on, said plainly, when that is no inspectorate document; else None."""
    return KNOWN_ONLY_FROM.get(source.kind) if source is not None else None


# What a judgment rests on, in two wordings: in full where the judgment is shown with its summary and source (the
# force page's round), and short (OUR_READING) beside a judgment in a list, a table, a map or a feed.
BASIS = {m.Basis.stated: "stated by the source", m.Basis.reading: "our reading of the source's wording"}
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


# --- assessments ---------------------------------------------------------------------------------------------------


def period(a: m.Assessment) -> str | None:
    """When an assessment ran or reported, in words: as the sources state it, else from its dates (its letters to
    forces, its national report); None when the sources give neither."""
    if a.period:
        return a.period
    dates = [
        *([f"letters to forces of {long_date(a.letters_date)}"] if a.letters_date else []),
        *([f"national report published {long_date(a.published)}"] if a.published else []),
    ]
    return capitalised("; ".join(dates)) if dates else None


# A force with no round of an assessment, by the assessment's kind: the review wrote to every force.
NO_ROUND = {
    m.AssessmentKind.letters: "No record yet",
    m.AssessmentKind.reports: "No report known",
    m.AssessmentKind.national: "No report known",
}


# The licence of a document the project holds, as its page states it.
LICENCES = {
    m.Licence.ogl: "Crown copyright, reproduced under the Open Government Licence v3.0.",
    m.Licence.public: "A public document of a public body. The project reproduces it for reference.",
}


# --- follow-up actions ---------------------------------------------------------------------------------------------

ACTION_STATUSES = {
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
UNITS = {"percent": "per cent", "people": "people", "count": "count", "pounds": "pounds"}  # a figure's unit

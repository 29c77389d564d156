"""The words and marks the pages show for the records' coded values (kinds of source, statuses of actions,
outcomes on their grade scale), and each source's citation: made here, so templates only format them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote

from generator import addresses, documents
from generator import model as m
from generator.addresses import Address

SOURCE_KINDS = {
    m.SourceKind.inspectorate_letter: "inspectorate letter",
    m.SourceKind.inspectorate_report: "inspectorate report",
    m.SourceKind.inspectorate_news: "inspectorate news release",
    m.SourceKind.force_statement: "the force's own page",
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


STATUSES = {m.ActionStatus.planned: "Planned", m.ActionStatus.in_progress: "In progress",
            m.ActionStatus.in_place: "In place", m.ActionStatus.ongoing: "Ongoing", m.ActionStatus.done: "Done",
            m.ActionStatus.not_accepted: "Not accepted", m.ActionStatus.not_stated: "Status not stated"}


@dataclass(frozen=True)
class Citation:
    """What a page shows to name a source: templates/_macros.md.j2 formats it (`cite`, `cite_html`)."""

    title: str
    url: str | None  # the web address; with a text fragment that opens it at the words quoted, where there are some
    kind: str  # the kind of document, in words
    date: dt.date | None
    date_as_stated: str | None
    locator: str | None
    is_letter: bool  # the inspectorate's letter itself
    held: Address | None = None  # the project's copy on this site, at the first paragraph the locator names
    copy: Address | None = None  # the project's copy: the document's page


def citation(source: m.Source, quoted: str | None = None) -> Citation:
    """A source's citation; `quoted`: words the record gives "as stated" from it, which a web address then
    opens at (a text fragment). A held document's citation links to its paragraph on this site instead."""
    held = copy = None
    url = source.url
    if source.document:
        copy = addresses.document(source.document)
        key = documents.first_paragraph(source.locator)
        held = addresses.paragraph(source.document, key) if key else copy
    elif url and quoted:
        url = text_fragment(url, quoted)
    return Citation(source.title, url, SOURCE_KINDS[source.kind], source.date, source.date_as_stated,
                    source.locator, source.kind is m.SourceKind.inspectorate_letter, held, copy)


def check_at(source: m.Source, quoted: str | None = None) -> str | None:
    """Where a reader can check what a record takes from `source`: the project's copy of it on the site, at the
    paragraph cited (relative to the site's root), or its web address, at the words quoted where there are some."""
    c = citation(source, quoted)
    return c.held.served if c.held else c.url


def text_fragment(url: str, words: str) -> str:
    """`url` with a text fragment (`#:~:text=`) that scrolls a browser to `words` and highlights them, encoded
    as the URL Fragment Text Directives spec says: percent-encoded, `-`, `&` and `,` included. Words left out
    (`…`) make a range: the first part to the last. A URL that already has a fragment is left as it is."""
    parts = [" ".join(p.split()) for p in documents.GAP.split(words) if p.strip()]
    if "#" in url or not parts:
        return url
    encoded = [quote(p, safe="").replace("-", "%2D") for p in parts]
    return f"{url}#:~:text={encoded[0]}" + (f",{encoded[-1]}" if len(encoded) > 1 else "")


def citations(sources: list[m.Source]) -> dict[str, Citation]:
    """Each source's citation, by the id that `source:` fields use."""
    return {s.id: citation(s) for s in sources}


@dataclass(frozen=True)
class Mark:
    """A shape that does not rely on colour: a circle filled by quarters, 0 (empty) to 4 (full), by the outcome's
    place on its own scale; `ungraded` (a crossed circle) for a stated outcome that is not a grade."""

    outcome_id: str
    label: str
    fill: int | str


UNGRADED = "ungraded"


def marks_for(assessment: m.Assessment) -> dict[str, Mark]:
    graded = [o for o in assessment.outcomes if o.graded]
    last = max(len(graded) - 1, 1)
    place = {o.id: round(4 * i / last) for i, o in enumerate(graded)}
    return {o.id: Mark(o.id, o.label, place.get(o.id, UNGRADED)) for o in assessment.outcomes}

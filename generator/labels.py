"""The words the pages show for the records' coded values (kinds of source, statuses of actions), and each
source's citation : made here, so templates only format them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import model as m

SOURCE_KINDS = {
    m.SourceKind.inspectorate_letter: "inspectorate letter",
    m.SourceKind.inspectorate_report: "inspectorate national report",
    m.SourceKind.inspectorate_news: "inspectorate news release",
    m.SourceKind.pcc_letter: "PCC letter",
    m.SourceKind.pcc_statement: "PCC statement",
    m.SourceKind.panel_report: "police and crime panel report",
    m.SourceKind.press_report: "press report",
    m.SourceKind.reference_data: "reference data",
}
STATUSES = {m.ActionStatus.planned: "Planned", m.ActionStatus.in_progress: "In progress",
            m.ActionStatus.in_place: "In place", m.ActionStatus.ongoing: "Ongoing"}


@dataclass(frozen=True)
class Citation:
    """What a page shows to name a source: templates/_macros.md.j2 formats it (`cite`, `cite_html`)."""

    title: str
    url: str | None
    kind: str  # the kind of document, in words
    date: dt.date | None
    date_as_stated: str | None
    locator: str | None
    is_letter: bool  # the inspectorate's letter itself


def citation(source: m.Source) -> Citation:
    return Citation(source.title, source.url, SOURCE_KINDS[source.kind], source.date, source.date_as_stated,
                    source.locator, source.kind is m.SourceKind.inspectorate_letter)


def citations(sources: list[m.Source]) -> dict[str, Citation]:
    """Each source's citation, by the id that `source:` fields use."""
    return {s.id: citation(s) for s in sources}

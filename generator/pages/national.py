"""The national summary's view: one section per programme, newest first, computed once so templates only format.

Each section carries its areas' charts and tables (grades counted from the force records, in `derive`), the
national figures the inspectorate published beside the count of forces on record here, and its findings in
words, each with its citation and, where it rests on no inspectorate document, words saying so.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import citations, derive, labels
from generator.citations import Citation
from generator.derive import Cell, ForceView, NationalView, Site
from generator.marks import Mark, marks_for
from generator.pages.chart import AreaFigure, figures


@dataclass(frozen=True)
class Sourced:
    """A published figure or finding in words, with its source's citation."""

    text: str
    citation: Citation
    rests_on: str | None  # what it rests on, said plainly, where that is not an inspectorate document


@dataclass(frozen=True)
class Holder:
    """A force on record with an outcome, and what the reader must be told beside it (labels.judgment_notes): that it
    is our reading, what it rests on where that is no inspectorate document."""

    view: ForceView
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    """One outcome's row in an area's table."""

    cell: Cell
    holders: tuple[Holder, ...]
    mark: Mark
    note: str | None  # for a stated outcome that is not a grade, words saying so
    published: str  # the published count, or words saying none was published
    on_record: str  # the count on record, "of" the published count where there is one
    not_on_record: str  # published minus on record, or words: "none: all on record", "not published"


@dataclass(frozen=True)
class AreaTable:
    anchor: str  # the area heading's id: unique on the page, though areas of two programmes share a name
    figure: AreaFigure
    rows: tuple[Row, ...]
    published: bool  # the inspectorate published counts per outcome for this area (so the table has a gap column)


@dataclass(frozen=True)
class Section:
    anchor: str  # the programme heading's id: the assessment's id
    national: NationalView
    tables: tuple[AreaTable, ...]
    published: tuple[Sourced, ...]  # national figures the inspectorate published, other than counts per grade
    findings: tuple[Sourced, ...]
    citations: dict[str, Citation]  # each source of the assessment, by id
    graded_per_force: bool  # the programme judged forces area by area (so it has tables)


NONE_PUBLISHED = "none by the inspectorate"  # the programme published no count per outcome for the area
NOT_PUBLISHED = "not published"  # it published counts for the area, but none for this outcome
ALL_ON_RECORD = "none: all on record"  # every force the published count covers is on record here


def _holder(view: ForceView, assessment_id: str, area_id: str) -> Holder:
    found = [
        f
        for r in view.rounds
        if r.assessment.id == assessment_id
        for f in (*r.findings, *((r.overall,) if r.overall else ()))
        if f.area_id == area_id and f.finding
    ]
    return Holder(view, labels.judgment_notes(found[0].finding, found[0].source) if found else ())


def _table(national: NationalView, figure: AreaFigure, marks: dict[str, Mark]) -> AreaTable:
    area, assessment_id = figure.area, national.assessment.id
    published = area.published_source is not None
    rows = tuple(
        Row(
            c,
            tuple(_holder(v, assessment_id, area.area_id) for v in c.forces),
            marks[c.outcome.id],
            None if c.outcome.graded else labels.NOT_A_GRADE,
            *_counts(c, published),
        )
        for c in area.cells
    )
    return AreaTable(f"{assessment_id}-{area.area_id}", figure, rows, published)


def _counts(cell: Cell, published: bool) -> tuple[str, str, str]:
    """The table's three counts in words: published, on record, and not yet on record."""
    if cell.published is None:
        return (NOT_PUBLISHED if published else NONE_PUBLISHED), labels.number(cell.on_record), NOT_PUBLISHED
    gap = ALL_ON_RECORD if cell.complete else labels.number(cell.not_on_record)
    return labels.number(cell.published), f"{labels.number(cell.on_record)} of {labels.number(cell.published)}", gap


def section(national: NationalView) -> Section:
    cites = citations.citations(national.assessment.sources)
    marks = marks_for(national.assessment)
    tables = tuple(_table(national, f, marks) for f in figures(national))
    published = tuple(
        Sourced(p.count.text, cites[p.source.id], labels.rests_on(p.source)) for p in national.published_counts
    )
    found = tuple(Sourced(k.finding.text, cites[k.source.id], labels.rests_on(k.source)) for k in national.key_findings)
    return Section(national.assessment.id, national, tables, published, found, cites, bool(national.areas))


def sections(site: Site) -> tuple[Section, ...]:
    return tuple(section(n) for n in site.national)


def observation_areas(site: Site) -> tuple[str, ...]:
    """What a later finding may bear on (for the methodology page): the areas of every assessment a programme
    follows up, then abuse of position in general."""
    return tuple(derive.observation_areas(site.content.assessments).values())

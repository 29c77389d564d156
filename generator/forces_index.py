"""The forces index's view: one row per force, one cell per area of the newest assessment judged area by area,
each outcome shown by a mark that does not rely on colour (also used by the methodology page's key)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import model as m
from generator.derive import OVERALL, RoundView, Site

if TYPE_CHECKING:
    from generator.views import ForceEntry


@dataclass(frozen=True)
class Mark:
    """A shape that does not rely on colour: a circle filled by quarters, 0 (empty) to 4 (full), by the outcome's
    place on its own scale; `ungraded` (a crossed circle) for a stated outcome that is not a grade."""

    outcome_id: str
    label: str
    fill: int | str


@dataclass(frozen=True)
class IndexCell:
    area_id: str
    area_name: str
    mark: Mark | None
    our_reading: bool  # the outcome is our reading of the source's words
    no_record: bool  # the force has no round on record for this assessment


@dataclass(frozen=True)
class IndexArea:
    id: str
    name: str


@dataclass(frozen=True)
class ForcesIndex:
    assessment: m.Assessment | None
    areas: tuple[IndexArea, ...]
    marks: tuple[Mark, ...]
    forces: tuple[ForceEntry, ...]
    total: int
    with_record: int
    areas_count: int  # the table's area columns, which a force with no record spans


UNGRADED = "ungraded"


def marks_for(assessment: m.Assessment) -> dict[str, Mark]:
    graded = [o for o in assessment.outcomes if o.graded]
    last = max(len(graded) - 1, 1)
    place = {o.id: round(4 * i / last) for i, o in enumerate(graded)}
    return {o.id: Mark(o.id, o.label, place.get(o.id, UNGRADED)) for o in assessment.outcomes}


def index_assessment(site: Site) -> m.Assessment | None:
    """The newest assessment that judged forces area by area: the one the forces index tabulates."""
    with_areas = [a for a in site.content.assessments if a.areas]
    return max(with_areas, key=lambda a: a.sort_date) if with_areas else None


def index_areas(site: Site, assessment: m.Assessment | None) -> tuple[IndexArea, ...]:
    if assessment is None:
        return ()
    areas = [IndexArea(a.id, a.name) for a in assessment.areas]
    if any(p.area == OVERALL for p in assessment.published_figures):
        areas.append(IndexArea(OVERALL, "Overall"))
    return tuple(areas)


def cells(rounds: tuple[RoundView, ...], assessment: m.Assessment | None, areas: tuple[IndexArea, ...]) -> tuple[IndexCell, ...]:
    rnd = next((r for r in rounds if assessment and r.assessment.id == assessment.id), None)
    found = {f.area: f for f in rnd.round.findings} if rnd else {}
    marks = marks_for(assessment) if assessment else {}
    return tuple(
        IndexCell(a.id, a.name, marks[found[a.id].outcome] if a.id in found else None,
                  a.id in found and found[a.id].basis is m.Basis.reading, rnd is None)
        for a in areas
    )


def forces_index(site: Site, entries: tuple[ForceEntry, ...] | None = None) -> ForcesIndex:
    """`entries`: views.force_entries(site), if the caller already has them."""
    from generator.views import force_entries  # the rows are force entries; views imports this module

    assessment = index_assessment(site)
    entries = force_entries(site) if entries is None else entries
    marks = tuple(marks_for(assessment).values()) if assessment else ()
    with_record = sum(1 for e in entries if any(c.mark for c in e.cells))
    areas = index_areas(site, assessment)
    return ForcesIndex(assessment, areas, marks, entries, len(entries), with_record, len(areas))

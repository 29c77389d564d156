"""The forces index's view: one table per assessment that judged forces area by area, newest first; one row per
force, one cell per area, each judgment in the inspectorate's words beside a mark that does not rely on colour;
and the filters' choices."""

from __future__ import annotations

from dataclasses import dataclass

from generator import addresses, labels
from generator import model as m
from generator.addresses import Address
from generator.derive import FindingView, NationalView, Site
from generator.marks import Mark, marks_for
from generator.pages.entries import ForceEntry
from generator.pages.force import RoundPage

NONE = "none"  # the grade filter's value for a cell without a judgment: not known, or no report


@dataclass(frozen=True)
class IndexCell:
    area_name: str  # the column's heading, which a phone shows beside the cell
    mark: Mark | None  # None: the force's round gives no judgment for this area ("Not known")
    our_reading: bool  # the outcome is our reading of the source's words
    rests_on: str | None  # e.g. "known only from a press report"; None when an inspectorate document gives it


@dataclass(frozen=True)
class IndexRow:
    force_id: str
    name: str
    country: str
    link: Address  # the force's section for this assessment, or its page when it has no round
    grades: tuple[tuple[str, str], ...]  # (area id, outcome id or NONE) per area: what the filters read
    cells: tuple[IndexCell, ...]  # empty when the force has no round for this assessment


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class IndexProgramme:
    assessment: m.Assessment
    areas: tuple[Choice, ...]  # value: the area's id
    area_choices: tuple[Choice, ...]  # value: the area filter's, "<assessment id>.<area id>"
    rows: tuple[IndexRow, ...]
    judged: int  # forces with a judgment on record for this assessment
    span: int  # the area columns, which a force with no round spans
    period: str | None  # when the assessment ran or reported, as its record gives it
    no_round: str  # the words for a force with no round: the 2017 review wrote to every force
    anchor: str  # the id of its table's heading (addresses.forces_table)


@dataclass(frozen=True)
class ForcesIndex:
    programmes: tuple[IndexProgramme, ...]  # newest first
    grades: tuple[Choice, ...]  # every outcome, newest assessment's first, those not grades last
    countries: tuple[Choice, ...]
    forces: tuple[ForceEntry, ...]
    total: int


def _cell(view: FindingView | None, name: str, marks: dict[str, Mark]) -> IndexCell:
    if view is None or view.finding is None or view.source is None:
        return IndexCell(name, None, False, None)
    return IndexCell(
        name, marks[view.finding.outcome], labels.reading(view.finding) is not None, labels.rests_on(view.source)
    )


def _row(entry: ForceEntry, rnd: RoundPage | None, areas: tuple[Choice, ...], marks: dict[str, Mark]) -> IndexRow:
    """`rnd`: the force's round for this assessment, if it has one."""
    if rnd is None:
        return IndexRow(entry.id, entry.name, entry.country, entry.address, tuple((a.value, NONE) for a in areas), ())
    found = {f.area_id: f for f in rnd.round.findings + ((rnd.round.overall,) if rnd.round.overall else ())}
    cells = tuple(_cell(found.get(a.value), a.label, marks) for a in areas)
    grades = tuple((a.value, c.mark.outcome_id if c.mark else NONE) for a, c in zip(areas, cells))
    return IndexRow(entry.id, entry.name, entry.country, entry.address.at(rnd.anchor), grades, cells)


def _programme(national: NationalView, entries: tuple[ForceEntry, ...]) -> IndexProgramme:
    assessment = national.assessment
    areas, marks = tuple(Choice(a.id, a.name) for a in national.judged), marks_for(assessment)
    rows = tuple(
        _row(e, next((r for r in e.rounds if r.round.assessment.id == assessment.id), None), areas, marks)
        for e in entries
    )
    judged = sum(1 for r in rows if any(c.mark for c in r.cells))
    choices = tuple(Choice(f"{assessment.id}.{a.value}", a.label) for a in areas)
    no_round = "No record yet" if assessment.letters_date else "No report known"
    return IndexProgramme(
        assessment,
        areas,
        choices,
        rows,
        judged,
        len(areas),
        _period(assessment),
        no_round,
        addresses.forces_table(assessment.id).anchor,
    )


def _period(a: m.Assessment) -> str | None:
    if a.period_as_stated:
        return a.period_as_stated
    return f"Letters of {labels.long_date(a.letters_date)}" if a.letters_date else None


def _grades(assessments: list[m.Assessment]) -> tuple[Choice, ...]:
    """Each outcome once (by id), newest assessment's first in its scale's order; those that are not grades last."""
    seen: dict[str, m.Outcome] = {}
    for a in assessments:
        for o in a.outcomes:
            seen.setdefault(o.id, o)
    ordered = [o for o in seen.values() if o.graded] + [o for o in seen.values() if not o.graded]
    return tuple(Choice(o.id, o.label) for o in ordered) + (Choice(NONE, "Not known, or no report"),)


def forces_index(site: Site, entries: tuple[ForceEntry, ...]) -> ForcesIndex:
    """`entries`: views.force_entries(site)."""
    judged = sorted(
        (n for n in site.national if n.assessment.areas), key=lambda n: n.assessment.sort_date, reverse=True
    )
    programmes = tuple(_programme(n, entries) for n in judged)
    countries = tuple(Choice(c.value, c.value) for c in m.Country)
    return ForcesIndex(programmes, _grades([n.assessment for n in judged]), countries, entries, len(entries))

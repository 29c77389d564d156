"""The forces index's view (templates/forces-index.md.j2): one table per assessment that judged forces area by area,
newest first, one row per force and one cell per judged area (derive's judgments: each in the inspectorate's words
beside a mark that does not rely on colour, with its notes); the filters' choices; and the table of the 2017 areas
on which each force has a known follow-up action."""

from __future__ import annotations

from dataclasses import dataclass

from generator import addresses, labels
from generator import model as m
from generator.addresses import Address
from generator.derive import ForceView, Judgment, NationalView, Site

NONE = "none"  # the grade filter's value for a cell without a judgment: not known, or no report


@dataclass(frozen=True)
class IndexRow:
    """One force in one programme's table."""

    force_id: str
    name: str
    country: str
    link: Address  # the force's section for this assessment, or its page when it has no round
    grades: tuple[tuple[str, str], ...]  # (area id, outcome id or NONE) per area: what the filters read
    cells: tuple[Judgment, ...]  # one per judged area; empty when the force has no round for this assessment


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class IndexProgramme:
    assessment: m.Assessment
    title: str
    table: Address  # its table's heading (addresses.forces_table)
    section: Address  # the section around it, which the filters show and hide
    areas: tuple[Choice, ...]  # value: the area's id
    area_choices: tuple[Choice, ...]  # value: the area filter's, "<assessment id>.<area id>"
    rows: tuple[IndexRow, ...]
    judged: int  # forces with a judgment on record for this assessment
    span: int  # the area columns, which a force with no round spans
    period: str | None  # when the assessment ran or reported (labels.period)
    no_round: str  # the words for a force with no round: the 2017 review wrote to every force


@dataclass(frozen=True)
class ActionsRow:
    """One force in the table of follow-up actions."""

    name: str
    address: Address  # the force page's section of actions
    cells: tuple[tuple[str, bool], ...]  # per area (as IndexActions.areas): its name, and whether an action is known
    count: str  # "3 follow-up actions", or "None known"


@dataclass(frozen=True)
class IndexActions:
    section: Address
    heading: Address
    areas: tuple[str, ...]  # the 2017 areas' names, then abuse of position in general
    rows: tuple[ActionsRow, ...]  # every listed force, by name


@dataclass(frozen=True)
class ForcesIndex:
    programmes: tuple[IndexProgramme, ...]  # newest first
    grades: tuple[Choice, ...]  # every outcome, newest assessment's first, those not grades last
    countries: tuple[Choice, ...]
    forces: tuple[ForceView, ...]
    total: int
    actions: IndexActions


def _row(force: ForceView, national: NationalView) -> IndexRow:
    rnd = force.round_for(national.assessment.id)
    if rnd is None:
        grades = tuple((a.id, NONE) for a in national.judged)
        return IndexRow(force.id, force.name, force.country, force.address, grades, ())
    grades = tuple((j.area.id, j.outcome.id if j.outcome else NONE) for j in rnd.judgments)
    return IndexRow(force.id, force.name, force.country, rnd.address, grades, rnd.judgments)


def _programme(national: NationalView, forces: tuple[ForceView, ...]) -> IndexProgramme:
    a = national.assessment
    rows = tuple(_row(f, national) for f in forces)
    return IndexProgramme(
        a,
        a.short_title,
        addresses.forces_table(a.id),
        addresses.forces_programme(a.id),
        tuple(Choice(x.id, x.name) for x in national.judged),
        tuple(Choice(f"{a.id}.{x.id}", x.name) for x in national.judged),
        rows,
        sum(1 for r in rows if any(j.mark for j in r.cells)),
        len(national.judged),
        labels.period(a),
        labels.NO_ROUND[a.kind],
    )


def _grades(assessments: list[m.Assessment]) -> tuple[Choice, ...]:
    """Each outcome once (by id), newest assessment's first in its scale's order; those that are not grades last."""
    seen: dict[str, m.Outcome] = {}
    for a in assessments:
        for o in a.outcomes:
            seen.setdefault(o.id, o)
    ordered = [o for o in seen.values() if o.graded] + [o for o in seen.values() if not o.graded]
    return tuple(Choice(o.id, o.label) for o in ordered) + (Choice(NONE, "Not known, or no report"),)


def index_actions(site: Site) -> IndexActions:
    """Per force, which 2017 areas (and abuse of position) it has a known follow-up action on."""
    rows = []
    for f in site.forces:
        served = {x for a in f.actions for x in a.action.areas}
        rows.append(
            ActionsRow(
                f.name,
                addresses.force_actions(f.id),
                tuple((n, i in served) for i, n in site.bears_on.items()),
                labels.count(len(f.actions), "follow-up action") if f.actions else "None known",
            )
        )
    return IndexActions(
        addresses.FORCES_ACTIONS, addresses.FORCES_ACTIONS_HEADING, tuple(site.bears_on.values()), tuple(rows)
    )


def forces_index(site: Site) -> ForcesIndex:
    judged = [n for n in site.national if n.assessment.judges_forces]
    countries = tuple(Choice(c.value, c.value) for c in m.Country)
    return ForcesIndex(
        tuple(_programme(n, site.forces) for n in judged),
        _grades([n.assessment for n in judged]),
        countries,
        site.forces,
        site.forces_total,
        index_actions(site),
    )

"""Compute, once, the facts the records do not state directly: the joined rounds and the national figures.

Each force's rounds joined to their assessment (each finding to its area, outcome and source, each action to
its system), and per assessment the national figures (published counts beside the forces on record). These
facts are shared by the pages, the data downloads and the feeds; views.py shapes them for the pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from generator import addresses, labels
from generator import model as m
from generator.addresses import Address

OVERALL = "overall"


@dataclass(frozen=True)
class Area:
    """An area an assessment judged forces on, or its overall outcome."""

    id: str
    name: str
    question: str | None


@dataclass(frozen=True)
class FindingView:
    area_id: str
    area_name: str
    finding: m.Finding | None
    outcome: m.Outcome | None
    source: m.Source | None


@dataclass(frozen=True)
class ActionView:
    """A follow-up action joined to the names of the 2017 areas it serves, its system, service and source."""

    action: m.Action
    area_names: tuple[str, ...]  # in the order the record gives
    system: m.System | None
    service: m.Service | None
    source: m.Source
    reported: dt.date | None  # the day its source gives, if it gives one
    assessment: m.Assessment | None  # the programme it answers; None for an action of the force's own
    address: Address | None = None  # its heading on the force page (set once the force's actions are in order)


@dataclass(frozen=True)
class ObservationView:
    """A finding without a grade, with the names of the 2017 areas it bears on (in the order the record gives)."""

    observation: m.Observation
    bears_on: tuple[str, ...]
    source: m.Source


@dataclass(frozen=True)
class ResponseView:
    response: m.Response
    source: m.Source


@dataclass(frozen=True)
class RoundView:
    assessment: m.Assessment
    round: m.Round
    findings: tuple[FindingView, ...]
    overall: FindingView | None
    actions: tuple[ActionView, ...]
    letter_source: m.Source | None
    strategy_source: m.Source | None
    responses: tuple[ResponseView, ...]
    observations: tuple[ObservationView, ...]
    # The day of this round's judgments, as far as the sources give it: the report's publication date, else the
    # letter's date (or that of the letters to every force), else the latest date of the sources its grades rest
    # on (a PEEL page's "last updated" date); None when no source dates them.
    dated: dt.date | None
    dated_by: str | None  # which date `dated` is: one of DATED_BY; None when undated
    dated_source: m.Source | None  # the source that gives `dated` (for a letter, the letter), if the record names one
    report_source: m.Source | None  # the sources of the report's title, publication date and inspection date
    published_source: m.Source | None
    inspected_source: m.Source | None
    note_sources: tuple[m.Source, ...]


# Which date a round's `dated` is: the report's publication date; the date of the inspectorate's letter to this force;
# the date of its letters to every force; the latest date of the sources its grades rest on.
PUBLISHED, LETTER, LETTERS, SOURCE_DATE = "published", "letter", "letters", "source"
DATED_BY = (PUBLISHED, LETTER, LETTERS, SOURCE_DATE)


@dataclass(frozen=True)
class ForceView:
    force: m.Force
    rounds: tuple[RoundView, ...]
    address: Address  # the force's page
    # Assessments that wrote to every force (they have a letters date) with no round on record for this one.
    missing_rounds: tuple[m.Assessment, ...]
    observations: tuple[ObservationView, ...]  # tied to no programme
    actions: tuple[ActionView, ...]  # every action, its rounds' and its own, newest report first, undated last


@dataclass(frozen=True)
class Cell:
    """One area and outcome: the published count beside the forces on record here."""

    outcome: m.Outcome
    published: int | None
    on_record: int
    forces: tuple[ForceView, ...]  # the forces on record with this outcome
    complete: bool  # every force the published count covers is on record here
    not_on_record: int | None  # published minus on record; None when no count is published


@dataclass(frozen=True)
class AreaSummary:
    area_id: str
    area_name: str
    question: str | None
    cells: tuple[Cell, ...]
    published_source: m.Source | None
    forces_on_record: int  # forces with an outcome on record for this area
    published_total: int | None  # sum of the published counts; None when none are published
    complete: bool  # every cell is complete


@dataclass(frozen=True)
class KeyFindingView:
    finding: m.KeyFinding
    source: m.Source


@dataclass(frozen=True)
class PublishedCountView:
    """A national figure the inspectorate published (or a press report gives), with its source."""

    count: m.PublishedCount
    source: m.Source


@dataclass(frozen=True)
class NationalView:
    assessment: m.Assessment
    judged: tuple[Area, ...]  # its areas, and Overall where it has one (see `judged_areas`)
    areas: tuple[AreaSummary, ...]  # one per judged area
    forces_on_record: int  # forces with anything on record for this assessment
    forces_with_outcome: int  # forces with at least one outcome on record
    forces_total: int
    key_findings: tuple[KeyFindingView, ...]
    published_counts: tuple[PublishedCountView, ...]
    figures_published: bool  # the inspectorate published counts per outcome for at least one area


@dataclass(frozen=True)
class Site:
    content: m.Content
    forces: tuple[ForceView, ...]
    national: tuple[NationalView, ...]
    forces_total: int
    today: dt.date


@dataclass(frozen=True)
class Named:
    """What the register holds, by id, for joining actions to it."""

    systems: dict[str, m.System]
    services: dict[str, m.Service]


def derive(content: m.Content, today: dt.date) -> Site:
    named = Named({s.id: s for s in content.systems.systems}, {s.id: s for s in content.systems.services})
    by_id = {a.id: a for a in content.assessments}
    areas = observation_areas(content.assessments)
    forces = tuple(_force(f, by_id, named, areas) for f in content.forces)
    total = len(content.force_list.forces)
    national = tuple(_national(a, forces, total) for a in reversed(content.assessments))
    return Site(content, forces, national, total, today)


def _force(force: m.Force, assessments: dict[str, m.Assessment], named: Named, areas: dict[str, str]) -> ForceView:
    sources = {s.id: s for s in force.sources}
    rounds = [_round(r, assessments[r.assessment], sources, named, areas) for r in force.rounds]
    rounds.sort(key=lambda r: r.assessment.sort_date, reverse=True)
    held = {r.assessment for r in force.rounds}
    missing = tuple(
        sorted(
            (a for a in assessments.values() if a.letters_date and a.id not in held),
            key=lambda a: a.sort_date,
            reverse=True,
        )
    )
    observations = tuple(_observation(o, sources, areas) for o in force.observations)
    own = [_action(a, None, sources, named, areas) for a in force.actions]
    every = [a for r in rounds for a in r.actions] + own
    dated = sorted(
        (a for a in every if a.reported), key=lambda a: a.reported, reverse=True
    )  # stable: record order within a day
    taken: set[str] = set()  # each action's heading gets an id unique on the page, in the order the page lists them
    page = addresses.force(force.id)
    placed = {
        id(a): replace(a, address=page.at(addresses.action_anchor(a.action.title, taken)))
        for a in dated + [a for a in every if not a.reported]
    }
    actions = tuple(placed[id(a)] for a in dated + [a for a in every if not a.reported])
    rounds = [replace(r, actions=tuple(placed[id(a)] for a in r.actions)) for r in rounds]
    return ForceView(force, tuple(rounds), page, missing, observations, actions)


def _action(
    a: m.Action, assessment: m.Assessment | None, sources: dict[str, m.Source], named: Named, areas: dict[str, str]
) -> ActionView:
    source = sources[a.source]
    return ActionView(
        a,
        tuple(areas[x] for x in a.areas),
        named.systems.get(a.system) if a.system else None,
        named.services.get(a.service) if a.service else None,
        source,
        source.date,
        assessment,
    )


def observation_areas(assessments: tuple[m.Assessment, ...]) -> dict[str, str]:
    """The areas observations may bear on, id -> name: those of every assessment a programme follows up, then
    abuse of position in general."""
    followed = {a.follows_up for a in assessments if a.follows_up}
    names = {area.id: area.name for a in assessments if a.id in followed for area in a.areas}
    return {**names, m.APSP: labels.APSP_AREA}


def _observation(o: m.Observation, sources: dict[str, m.Source], areas: dict[str, str]) -> ObservationView:
    return ObservationView(o, tuple(areas[a] for a in o.bears_on), sources[o.source])


def _round(
    rnd: m.Round, assessment: m.Assessment, sources: dict[str, m.Source], named: Named, areas: dict[str, str]
) -> RoundView:
    found = {f.area: f for f in rnd.findings}
    outcomes = {o.id: o for o in assessment.outcomes}

    def view(area_id: str, name: str) -> FindingView:
        finding = found.get(area_id)
        if finding is None:
            return FindingView(area_id, name, None, None, None)
        return FindingView(area_id, name, finding, outcomes[finding.outcome], sources[finding.source])

    findings = tuple(view(a.id, a.name) for a in assessment.areas)
    overall = view(OVERALL, "Overall") if OVERALL in found else None
    actions = tuple(_action(a, assessment, sources, named, areas) for a in rnd.actions)
    letter = sources[rnd.letter.source] if rnd.letter else None
    strategy = sources[rnd.reflects_national_strategy.source] if rnd.reflects_national_strategy else None
    responses = tuple(ResponseView(r, sources[r.source]) for r in rnd.responses)
    observations = tuple(_observation(o, sources, areas) for o in rnd.observations)
    dated, dated_by, dated_source = _dated(rnd, assessment, sources)
    named = {
        f: sources[getattr(rnd, f)] if getattr(rnd, f) else None
        for f in ("report_source", "published_source", "inspected_source")
    }
    return RoundView(
        assessment,
        rnd,
        findings,
        overall,
        actions,
        letter,
        strategy,
        responses,
        observations,
        dated,
        dated_by,
        dated_source,
        **named,
        note_sources=tuple(sources[s] for s in rnd.note_sources),
    )


def _dated(
    rnd: m.Round, assessment: m.Assessment, sources: dict[str, m.Source]
) -> tuple[dt.date | None, str | None, m.Source | None]:
    """The day of a round's judgments, which date it is (DATED_BY), and the source that gives it."""
    if rnd.published:
        return rnd.published, PUBLISHED, sources[rnd.published_source] if rnd.published_source else None
    if rnd.letter:
        return rnd.letter.date, LETTER, sources[rnd.letter.source]
    if assessment.letters_date:
        return assessment.letters_date, LETTERS, None
    graded = [sources[f.source] for f in rnd.findings if sources[f.source].date]
    if not graded:
        return None, None, None
    latest = max(graded, key=lambda s: s.date)
    return latest.date, SOURCE_DATE, latest


def _national(assessment: m.Assessment, forces: tuple[ForceView, ...], total: int) -> NationalView:
    taking_part = [(f, r) for f in forces for r in f.rounds if r.assessment.id == assessment.id]
    sources = {s.id: s for s in assessment.sources}
    published = {p.area: p for p in assessment.published_figures}
    judged = judged_areas(assessment, [r for _, r in taking_part])
    summaries = tuple(
        _area(area.id, area.name, area.question, assessment.outcomes, published.get(area.id), taking_part, sources)
        for area in judged
    )
    with_outcome = sum(1 for _, r in taking_part if r.round.findings)
    findings = tuple(KeyFindingView(k, sources[k.source]) for k in assessment.key_findings)
    counts = tuple(PublishedCountView(c, sources[c.source]) for c in assessment.published_counts)
    return NationalView(
        assessment, judged, summaries, len(taking_part), with_outcome, total, findings, counts, bool(published)
    )


def judged_areas(assessment: m.Assessment, rounds: list[RoundView]) -> tuple[Area, ...]:
    """The areas the assessment judged forces on, in its order, then Overall when it published overall figures
    or a force's round on record gives an overall outcome. The one rule for every table, download and map."""
    areas = [Area(a.id, a.name, a.question) for a in assessment.areas]
    overall = any(p.area == OVERALL for p in assessment.published_figures) or any(r.overall for r in rounds)
    return tuple(areas + [Area(OVERALL, "Overall", None)] if overall else areas)


def _area(
    area_id: str,
    name: str,
    question: str | None,
    outcomes: list[m.Outcome],
    figures: m.PublishedFigures | None,
    taking_part: list[tuple[ForceView, RoundView]],
    sources: dict[str, m.Source],
) -> AreaSummary:
    cells = []
    for outcome in outcomes:
        holders = tuple(view for view, r in taking_part if _outcome_of(r, area_id) == outcome.id)
        count = figures.counts.get(outcome.id) if figures else None
        missing = None if count is None else count - len(holders)
        cells.append(Cell(outcome, count, len(holders), holders, missing == 0, missing))
    on_record = sum(c.on_record for c in cells)
    total = sum(figures.counts.values()) if figures else None
    return AreaSummary(
        area_id,
        name,
        question,
        tuple(cells),
        sources[figures.source] if figures else None,
        on_record,
        total,
        bool(cells) and all(c.complete for c in cells),
    )


def _outcome_of(rnd: RoundView, area_id: str) -> str | None:
    for f in rnd.round.findings:
        if f.area == area_id:
            return f.outcome
    return None

"""Every fact the pages, downloads and feeds need that the records do not state directly, worked out once.

`derive(content, today)` gives the Site, which everything after this stage reads:

- `assessments`: every assessment, newest first (the one newest-first order: `newest_first`).
- `forces`: one ForceView for each force on the fixed list, sorted by name, with or without a record: whether it has
  one; its rounds, newest first; the assessments that wrote to every force with no round on record for it (its
  missing rounds); its observations; and its follow-up actions, newest report first, each with its heading's
  address on the force page.
- each round's judgments: one per area the assessment judged forces on, in `judged_areas` order (its areas, then
  Overall by the one rule), each with its outcome, source, mark, what it rests on, its notes, citation and address.
- `national`: per assessment, newest first, the national figures: published counts beside the forces on record.
- `councils`: every council area (ONS's lookup), A to Z, named as a reader writes it, with its force; each
  ForceView has its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from generator import addresses, citations, labels
from generator import model as m
from generator.addresses import Address
from generator.citations import Citation
from generator.marks import Mark, marks_for


def newest_first(assessments: Iterable[m.Assessment]) -> tuple[m.Assessment, ...]:
    """Assessments newest first, by where each stands in time (model.Assessment.sort_date)."""
    return tuple(sorted(assessments, key=lambda a: a.sort_date, reverse=True))


@dataclass(frozen=True)
class Area:
    """An area an assessment judged forces on, or its overall outcome."""

    id: str
    name: str
    question: str | None


@dataclass(frozen=True)
class Judgment:
    """One judged area of a force's round: the outcome a source gives, or None where no source we hold gives one."""

    area: Area
    finding: m.Finding | None
    outcome: m.Outcome | None
    source: m.Source | None
    mark: Mark | None
    basis: str | None  # in full: "stated by the source", "our reading of the source's wording"
    rests_on: str | None  # e.g. "known only from a press report"; None when an inspectorate document gives it
    notes: tuple[str, ...]  # labels.judgment_notes: what a short mention shows beside it
    citation: Citation | None  # opens at the words the finding quotes ("as stated"), where it quotes some
    address: Address  # the round's section on the force page


@dataclass(frozen=True)
class ActionView:
    """A follow-up action joined to the names of the 2017 areas it serves, its system, service and source."""

    action: m.Action
    area_names: tuple[str, ...]  # in the order the record gives
    system: m.System | None
    service: m.Service | None
    source: m.Source
    citation: Citation
    rests_on: str | None
    reported: dt.date | None  # the day its source gives, if it gives one
    date: str | None  # the date its source gives, in words, as far as it gives it
    assessment: m.Assessment | None  # the programme it answers; None for an action of the force's own
    answers: Address | None  # that programme's round on the force page
    address: Address | None = None  # its heading on the force page (set once the force's actions are in order)


@dataclass(frozen=True)
class ObservationView:
    """A finding without a grade, with the names of the 2017 areas it bears on (in the order the record gives)."""

    observation: m.Observation
    bears_on: tuple[str, ...]
    source: m.Source
    citation: Citation
    rests_on: str | None


@dataclass(frozen=True)
class ResponseView:
    response: m.Response
    source: m.Source
    citation: Citation


@dataclass(frozen=True)
class RoundView:
    assessment: m.Assessment
    round: m.Round
    address: Address  # its section on the force page
    judgments: tuple[Judgment, ...]  # one per judged area (`judged_areas`), in its order
    actions: tuple[ActionView, ...]
    letter_source: m.Source | None
    strategy_source: m.Source | None
    responses: tuple[ResponseView, ...]
    observations: tuple[ObservationView, ...]
    strategy_citation: Citation | None  # of the source that says whether the plans reflected the national strategy
    note_citations: tuple[Citation, ...]  # of the note's sources, each opened at the words of the note it holds
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

    @property
    def judged(self) -> tuple[Judgment, ...]:
        """The judgments a source gives: those with an outcome."""
        return tuple(j for j in self.judgments if j.finding)


# Which date a round's `dated` is: the report's publication date; the date of the inspectorate's letter to this force;
# the date of its letters to every force; the latest date of the sources its grades rest on.
PUBLISHED, LETTER, LETTERS, SOURCE_DATE = "published", "letter", "letters", "source"
DATED_BY = (PUBLISHED, LETTER, LETTERS, SOURCE_DATE)


@dataclass(frozen=True)
class Council:
    """A council area (a local authority district of ONS's lookup, content/national/areas.csv) and its force."""

    code: str  # ONS's code, e.g. E06000023
    name: str  # as a reader writes it (`council_names`): ONS's "Bristol, City of" is "City of Bristol"
    other_names: tuple[str, ...]  # what else a reader may type for it: "Bristol", and ONS's "Bristol, City of"
    sort_key: str  # its place in an A to Z list: by ONS's name, so the City of Bristol is under B
    force_id: str
    force_name: str
    force: Address  # the force's page


# ONS writes a few names inverted, as an index does ("Bristol, City of"; "Herefordshire, County of").
_INVERTED = re.compile(r"^(?P<place>.+), (?P<kind>City|County) of$")


def council_names(ons_name: str) -> tuple[str, tuple[str, ...]]:
    """A district's name as a reader writes it, and the other names a reader may type for it: ONS's "Bristol, City
    of" is "City of Bristol", also "Bristol" and "Bristol, City of"; any other name is itself alone."""
    inverted = _INVERTED.match(ons_name)
    if not inverted:
        return ons_name, ()
    return f"{inverted['kind']} of {inverted['place']}", (inverted["place"], ons_name)


def councils(content: m.Content) -> tuple[Council, ...]:
    """Every council area, A to Z (by ONS's name), with its force."""
    listed = {f.id: f for f in content.force_list.forces}
    out = []
    for area in content.areas.police_force_areas:
        force = listed[area.force]
        for district in area.districts:
            name, others = council_names(district.name)
            key = district.name.casefold()
            out.append(Council(district.code, name, others, key, force.id, force.name, addresses.force(force.id)))
    return tuple(sorted(out, key=lambda c: (c.sort_key, c.code)))


@dataclass(frozen=True)
class ForceView:
    """One force on the fixed list, with or without a record: everything the pages, downloads and feeds show of it."""

    id: str
    name: str
    country: str
    address: Address  # the force's page
    record: m.Force | None  # None: no record yet
    rounds: tuple[RoundView, ...]  # newest first
    # Assessments that wrote to every force with no round on record for this one, newest first.
    missing_rounds: tuple[m.Assessment, ...]
    observations: tuple[ObservationView, ...]  # tied to no programme
    actions: tuple[ActionView, ...]  # every action, its rounds' and its own, newest report first, undated last
    citations: dict[str, Citation]  # each source of the record, by id
    councils: tuple[Council, ...] = ()  # the council areas it covers, A to Z

    @property
    def has_record(self) -> bool:
        """Whether the force has a record (content/forces/<id>.yml), with rounds or without: the one rule."""
        return self.record is not None

    def round_for(self, assessment_id: str) -> RoundView | None:
        return next((r for r in self.rounds if r.assessment.id == assessment_id), None)


@dataclass(frozen=True)
class Cell:
    """One area and outcome: the published count beside the forces on record here."""

    outcome: m.Outcome
    published: int | None
    on_record: int
    holders: tuple[tuple[ForceView, Judgment], ...]  # the forces on record with this outcome, and their judgment
    complete: bool  # every force the published count covers is on record here
    not_on_record: int | None  # published minus on record; None when no count is published


@dataclass(frozen=True)
class AreaSummary:
    area: Area
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
    marks: dict[str, Mark]  # each outcome's mark, by outcome id
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
    assessments: tuple[m.Assessment, ...]  # newest first
    forces: tuple[ForceView, ...]  # every listed force, by name
    national: tuple[NationalView, ...]  # newest first
    bears_on: dict[str, str]  # what observations and actions may bear on, id -> name (`observation_areas`)
    councils: tuple[Council, ...]  # every council area, A to Z, with its force
    councils_source: Citation  # where the council areas come from: ONS's lookup
    today: dt.date

    @property
    def forces_total(self) -> int:
        return len(self.forces)

    @property
    def on_record(self) -> tuple[ForceView, ...]:
        """The forces with a record, by name."""
        return tuple(f for f in self.forces if f.has_record)


@dataclass(frozen=True)
class Joins:
    """What a force's records are joined to: the register by id, the areas observations bear on, each assessment's
    judged areas and marks."""

    systems: dict[str, m.System]
    services: dict[str, m.Service]
    bears_on: dict[str, str]
    judged: dict[str, tuple[Area, ...]]
    marks: dict[str, dict[str, Mark]]
    documents: citations.Documents  # the held documents, by id: a citation lands on the paragraph quoted


def derive(content: m.Content, today: dt.date) -> Site:
    assessments = newest_first(content.assessments)
    with_overall = {
        r.assessment for f in content.forces for r in f.rounds if any(x.area == m.OVERALL for x in r.findings)
    }
    joins = Joins(
        {s.id: s for s in content.systems.systems},
        {s.id: s for s in content.systems.services},
        observation_areas(content.assessments),
        {a.id: judged_areas(a, a.id in with_overall) for a in assessments},
        {a.id: marks_for(a) for a in assessments},
        {d.id: d for d in content.documents},
    )
    records = {f.id: f for f in content.forces}
    every_council = councils(content)
    forces = tuple(
        sorted(
            (
                replace(
                    _force(listed, records.get(listed.id), assessments, joins),
                    councils=tuple(c for c in every_council if c.force_id == listed.id),
                )
                for listed in content.force_list.forces
            ),
            key=lambda f: f.name.casefold(),
        )
    )
    national = tuple(_national(a, forces, joins) for a in assessments)
    areas = content.areas
    source = citations.citation(next(s for s in areas.sources if s.id == areas.source))
    return Site(content, assessments, forces, national, joins.bears_on, every_council, source, today)


def _force(
    listed: m.ForceListEntry, record: m.Force | None, assessments: tuple[m.Assessment, ...], joins: Joins
) -> ForceView:
    page = addresses.force(listed.id)
    if record is None:
        missing = tuple(a for a in assessments if a.kind is m.AssessmentKind.letters)
        return ForceView(listed.id, listed.name, listed.country.value, page, None, (), missing, (), (), {})
    sources = {s.id: s for s in record.sources}
    cites = citations.citations(record.sources, joins.documents)
    held = {r.assessment: r for r in record.rounds}
    rounds = [_round(listed.id, held[a.id], a, sources, joins) for a in assessments if a.id in held]
    missing = tuple(a for a in assessments if a.kind is m.AssessmentKind.letters and a.id not in held)
    observations = tuple(_observation(o, sources, joins) for o in record.observations)
    own = [_action(a, None, None, sources, joins) for a in record.actions]
    every = [a for r in rounds for a in r.actions] + own
    dated = sorted((a for a in every if a.reported), key=lambda a: a.reported, reverse=True)  # stable within a day
    taken: set[str] = set()  # each action's heading gets an id unique on the page, in the order the page lists them
    placed = {
        id(a): replace(a, address=page.at(addresses.action_anchor(a.action.title, taken)))
        for a in dated + [a for a in every if not a.reported]
    }
    actions = tuple(placed[id(a)] for a in dated + [a for a in every if not a.reported])
    rounds = [replace(r, actions=tuple(placed[id(a)] for a in r.actions)) for r in rounds]
    return ForceView(
        listed.id, listed.name, listed.country.value, page, record, tuple(rounds), missing, observations, actions, cites
    )


def _action(
    a: m.Action,
    assessment: m.Assessment | None,
    answers: Address | None,
    sources: dict[str, m.Source],
    joins: Joins,
) -> ActionView:
    source = sources[a.source]
    return ActionView(
        a,
        tuple(joins.bears_on[x] for x in a.areas),
        joins.systems.get(a.system) if a.system else None,
        joins.services.get(a.service) if a.service else None,
        source,
        citations.of_fact(a, sources, joins.documents),
        labels.rests_on(source),
        source.date,
        labels.source_date(source),
        assessment,
        answers,
    )


def observation_areas(assessments: Iterable[m.Assessment]) -> dict[str, str]:
    """The areas observations and actions may bear on, id -> name: those of every assessment a programme follows up,
    then abuse of position in general."""
    assessments = tuple(assessments)
    followed = {a.follows_up for a in assessments if a.follows_up}
    names = {area.id: area.name for a in assessments if a.id in followed for area in a.areas}
    return {**names, m.APSP: labels.APSP_AREA}


def _observation(o: m.Observation, sources: dict[str, m.Source], joins: Joins) -> ObservationView:
    source = sources[o.source]
    return ObservationView(
        o,
        tuple(joins.bears_on[a] for a in o.bears_on),
        source,
        citations.of_fact(o, sources, joins.documents),
        labels.rests_on(source),
    )


def _judgment(
    area: Area,
    finding: m.Finding | None,
    outcomes: dict[str, m.Outcome],
    sources: dict[str, m.Source],
    marks: dict[str, Mark],
    address: Address,
    documents: citations.Documents,
) -> Judgment:
    if finding is None:
        return Judgment(area, None, None, None, None, None, None, (), None, address)
    source = sources[finding.source]
    return Judgment(
        area,
        finding,
        outcomes[finding.outcome],
        source,
        marks[finding.outcome],
        labels.BASIS[finding.basis],
        labels.rests_on(source),
        labels.judgment_notes(finding, source),
        citations.of_fact(finding, sources, documents),
        address,
    )


def _round(
    force_id: str,
    rnd: m.Round,
    assessment: m.Assessment,
    sources: dict[str, m.Source],
    joins: Joins,
) -> RoundView:
    found = {f.area: f for f in rnd.findings}
    outcomes = {o.id: o for o in assessment.outcomes}
    address = addresses.force_round(force_id, assessment.id)
    marks = joins.marks[assessment.id]
    judgments = tuple(
        _judgment(area, found.get(area.id), outcomes, sources, marks, address, joins.documents)
        for area in joins.judged[assessment.id]
    )
    dated, dated_by, dated_source = _dated(rnd, assessment, sources)
    named = {
        f: sources[getattr(rnd, f)] if getattr(rnd, f) else None
        for f in ("report_source", "published_source", "inspected_source")
    }
    return RoundView(
        assessment,
        rnd,
        address,
        judgments,
        tuple(_action(a, assessment, address, sources, joins) for a in rnd.actions),
        sources[rnd.letter.source] if rnd.letter else None,
        sources[rnd.reflects_national_strategy.source] if rnd.reflects_national_strategy else None,
        tuple(
            ResponseView(r, sources[r.source], citations.of_fact(r, sources, joins.documents)) for r in rnd.responses
        ),
        tuple(_observation(o, sources, joins) for o in rnd.observations),
        citations.of_fact(rnd.reflects_national_strategy, sources, joins.documents)
        if rnd.reflects_national_strategy
        else None,
        tuple(citations.of_note(rnd.note or "", sources[s], joins.documents) for s in rnd.note_sources),
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


def judged_areas(assessment: m.Assessment, overall_on_record: bool) -> tuple[Area, ...]:
    """The areas the assessment judged forces on, in its order, then Overall when it published overall figures
    or a force's round on record gives an overall outcome (`overall_on_record`). The one rule for every table,
    download, map and feed."""
    areas = [Area(a.id, a.name, a.question) for a in assessment.areas]
    overall = overall_on_record or any(p.area == m.OVERALL for p in assessment.published_figures)
    return tuple(areas + [Area(m.OVERALL, labels.OVERALL_NAME, None)] if overall else areas)


def _national(assessment: m.Assessment, forces: tuple[ForceView, ...], joins: Joins) -> NationalView:
    taking_part = [(f, r) for f in forces if (r := f.round_for(assessment.id))]
    sources = {s.id: s for s in assessment.sources}
    published = {p.area: p for p in assessment.published_figures}
    judged = joins.judged[assessment.id]
    summaries = tuple(
        _area(i, area, assessment.outcomes, published.get(area.id), taking_part, sources)
        for i, area in enumerate(judged)
    )
    with_outcome = sum(1 for _, r in taking_part if r.round.findings)
    return NationalView(
        assessment,
        judged,
        joins.marks[assessment.id],
        summaries,
        len(taking_part),
        with_outcome,
        len(forces),
        tuple(KeyFindingView(k, sources[k.source]) for k in assessment.key_findings),
        tuple(PublishedCountView(c, sources[c.source]) for c in assessment.published_counts),
        bool(published),
    )


def _area(
    place: int,
    area: Area,
    outcomes: list[m.Outcome],
    figures: m.PublishedFigures | None,
    taking_part: list[tuple[ForceView, RoundView]],
    sources: dict[str, m.Source],
) -> AreaSummary:
    """`place`: the area's place among the assessment's judged areas, as in each round's judgments."""
    judged = [(f, r.judgments[place]) for f, r in taking_part if r.judgments[place].outcome]
    cells = []
    for outcome in outcomes:
        holders = tuple((f, j) for f, j in judged if j.outcome.id == outcome.id)
        count = figures.counts.get(outcome.id) if figures else None
        missing = None if count is None else count - len(holders)
        cells.append(Cell(outcome, count, len(holders), holders, missing == 0, missing))
    return AreaSummary(
        area,
        tuple(cells),
        sources[figures.source] if figures else None,
        sum(c.on_record for c in cells),
        sum(figures.counts.values()) if figures else None,
        bool(cells) and all(c.complete for c in cells),
    )

"""The national summary's view (templates/national.md.j2): one section per programme, newest first, and what forces
did next. Computed once, so templates only format.

Each section carries its facts, its tile maps, its areas' charts and tables (grades counted from the force records, in
`derive`), the national figures the inspectorate published beside the count of forces on record here, and its
findings in words, each with its citation and, where it rests on no inspectorate document, words saying so. The
section on follow-up actions counts the forces with a known action per 2017 area and status, lists the named systems
and where they are known, and the forces that joined a national service.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import addresses, citations, labels
from generator import model as m
from generator.addresses import Address
from generator.citations import Citation
from generator.derive import ActionView, AreaSummary, Cell, ForceView, Judgment, NationalView, Site
from generator.marks import Mark
from generator.pages.chart import Chart, charts
from generator.pages.tile_map import MapGroup, national_maps


@dataclass(frozen=True)
class Sourced:
    """A published figure or finding in words, with its source's citation."""

    text: str
    citation: Citation
    rests_on: str | None  # what it rests on, said plainly, where that is not an inspectorate document


@dataclass(frozen=True)
class Row:
    """One outcome's row in an area's table."""

    outcome: str  # in the inspectorate's words
    holders: tuple[tuple[ForceView, Judgment], ...]  # the forces on record with it, and their judgment
    mark: Mark
    note: str | None  # for a stated outcome that is not a grade, words saying so
    published: str  # the published count, or words saying none was published
    on_record: str  # the count on record, "of" the published count where there is one
    not_on_record: str  # published minus on record, or words: "none: all on record", "not published"


@dataclass(frozen=True)
class AreaTable:
    address: Address  # the area's heading: unique on the page, though areas of two programmes share a name
    area: AreaSummary
    chart: Chart
    rows: tuple[Row, ...]
    published: bool  # the inspectorate published counts per outcome for this area (so the table has a gap column)
    published_citation: Citation | None


@dataclass(frozen=True)
class Section:
    title: str
    address: Address  # the programme's section: its heading's id is the assessment's id
    national: NationalView
    facts: tuple[tuple[str, str], ...]  # (what, value): its report or programme, who, when, how many on record
    maps: MapGroup | None
    tables: tuple[AreaTable, ...]
    published: tuple[Sourced, ...]  # national figures the inspectorate published, other than counts per grade
    findings: tuple[Sourced, ...]
    graded_per_force: bool  # the programme judged forces area by area (so it has tables)
    counts_ours: bool  # it published no national count of grades: every count shown is ours, from the records


NONE_PUBLISHED = "none by the inspectorate"  # the programme published no count per outcome for the area
ALL_ON_RECORD = "none: all on record"  # every force the published count covers is on record here


def _counts(cell: Cell, published: bool) -> tuple[str, str, str]:
    """The table's three counts in words: published, on record, and not yet on record."""
    if cell.published is None:
        # It published counts for the area but none for this outcome, or none for the area at all.
        published_words = labels.NOT_PUBLISHED if published else NONE_PUBLISHED
        return published_words, labels.number(cell.on_record), labels.NOT_PUBLISHED
    gap = ALL_ON_RECORD if cell.complete else labels.number(cell.not_on_record)
    return labels.number(cell.published), f"{labels.number(cell.on_record)} of {labels.number(cell.published)}", gap


def _table(national: NationalView, area: AreaSummary, chart: Chart, cites: dict[str, Citation]) -> AreaTable:
    published = area.published_source is not None
    rows = tuple(
        Row(
            c.outcome.label,
            c.holders,
            national.marks[c.outcome.id],
            None if c.outcome.graded else labels.NOT_A_GRADE,
            *_counts(c, published),
        )
        for c in area.cells
    )
    return AreaTable(
        addresses.national_area(national.assessment.id, area.area.id),
        area,
        chart,
        rows,
        published,
        cites[area.published_source.id] if published else None,
    )


def _facts(national: NationalView) -> tuple[tuple[str, str], ...]:
    a = national.assessment
    review = a.review_period and a.review_period + (
        f", of documents submitted by {labels.long_date(a.documents_submitted_by)}" if a.documents_submitted_by else ""
    )
    return tuple(
        (what, value)
        for what, value in (
            ("Programme" if a.kind is m.AssessmentKind.reports else "Report", a.title),
            ("Inspectorate", a.inspectorate),
            ("Review", review),
            ("Letters to forces", a.letters_date and labels.long_date(a.letters_date)),
            ("National report published", a.published and labels.long_date(a.published)),
            ("Dates", None if a.letters_date or a.published else labels.period(a) or labels.NOT_KNOWN),
            (
                "Forces on record here",
                f"{labels.number(national.forces_on_record)} of {labels.number(national.forces_total)}, "
                f"{labels.number(national.forces_with_outcome)} of them with an outcome on record"
                if national.areas
                else None,
            ),
        )
        if value
    )


def section(national: NationalView, maps: dict[str, MapGroup], documents: citations.Documents) -> Section:
    """`documents`: the held documents, by id: a citation lands on the paragraph a fact quotes."""
    a = national.assessment
    cites = citations.citations(a.sources, documents)
    sources = {x.id: x for x in a.sources}
    published = tuple(
        Sourced(p.count.text, citations.of_fact(p.count, sources, documents), labels.rests_on(p.source))
        for p in national.published_counts
    )
    found = tuple(
        Sourced(k.finding.text, citations.of_fact(k.finding, sources, documents), labels.rests_on(k.source))
        for k in national.key_findings
    )
    return Section(
        a.short_title,
        addresses.programme(a.id),
        national,
        _facts(national),
        maps.get(a.id),
        tuple(
            _table(national, area, chart, cites)
            for area, chart in zip([a for a in national.areas if a.cells], charts(national))
        ),
        published,
        found,
        bool(national.areas),
        bool(national.areas) and not national.figures_published,
    )


def sections(site: Site) -> tuple[Section, ...]:
    maps = national_maps(site)
    documents = {d.id: d for d in site.content.documents}
    return tuple(section(n, maps, documents) for n in site.national)


# --- what forces did next ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ForceLink:
    """A force named in the national summary, linked to its section of follow-up actions, with a note."""

    name: str
    address: Address
    note: str | None = None  # the status or the date that force's source gives


@dataclass(frozen=True)
class StatusCount:
    status: str  # in words
    value: str  # the status id, for the status mark
    count: str  # "3 forces"
    forces: tuple[ForceLink, ...]


@dataclass(frozen=True)
class AreaActions:
    name: str
    count: str  # "12 forces" with at least one known action on this area
    statuses: tuple[StatusCount, ...]  # per status, the forces with an action of that status on this area


@dataclass(frozen=True)
class SystemWhere:
    system: m.System
    address: Address
    forces: tuple[ForceLink, ...]  # each force that reports it, noted with the status of its latest report


@dataclass(frozen=True)
class ServiceJoined:
    service: m.Service
    address: Address
    launched: str  # the day in words, with the source's words where it gives them too
    citation: Citation
    rests_on: str | None
    count: str  # "6 forces"
    forces: tuple[ForceLink, ...]  # each force that reports joining, noted with its source's date as far as given


@dataclass(frozen=True)
class NationalActions:
    section: Address
    by_area: Address
    systems_section: Address
    forces_with_actions: str  # "40 forces"
    forces_total: int
    actions: str  # "151 follow-up actions"
    areas: tuple[AreaActions, ...]  # the 2017 areas, abuse of position in general, then no single area
    systems: tuple[SystemWhere, ...]  # the named systems that a force's action names
    services: tuple[ServiceJoined, ...]


def _link(f: ForceView, note: str | None = None) -> ForceLink:
    return ForceLink(f.name, addresses.force_actions(f.id), note)


def _area(area_id: str | None, name: str, forces: tuple[ForceView, ...]) -> AreaActions:
    """`area_id`: None for the actions that serve no single area."""

    def serves(a: ActionView) -> bool:
        return area_id in a.action.areas if area_id else not a.action.areas

    with_area = tuple(f for f in forces if any(serves(a) for a in f.actions))
    statuses = []
    for status in m.ActionStatus:
        holders = tuple(_link(f) for f in with_area if any(serves(a) and a.action.status is status for a in f.actions))
        if holders:
            statuses.append(
                StatusCount(labels.ACTION_STATUSES[status], status.value, labels.count(len(holders), "force"), holders)
            )
    return AreaActions(name, labels.count(len(with_area), "force"), tuple(statuses))


def _launched(s: m.Service) -> str | None:
    if s.launched:
        return labels.long_date(s.launched) + (
            f" ({labels.as_stated(s.launched_as_stated)})" if s.launched_as_stated else ""
        )
    return labels.as_stated(s.launched_as_stated) if s.launched_as_stated else labels.NOT_KNOWN


def national_actions(site: Site) -> NationalActions:
    forces = site.forces
    areas = [*site.bears_on.items(), (None, labels.capitalised(labels.NO_AREA))]
    systems = []
    for s in site.content.systems.systems:
        # Each force's latest report that names the system (its actions are newest report first).
        named = [(f, next((a for a in f.actions if a.system and a.system.id == s.id), None)) for f in forces]
        where = tuple(_link(f, labels.ACTION_STATUSES[a.action.status]) for f, a in named if a)
        if where:
            systems.append(SystemWhere(s, addresses.system(s.id), where))
    sources = {x.id: x for x in site.content.systems.sources}
    services = []
    for s in site.content.systems.services:
        joined = []
        for f in forces:
            found = [a for a in f.actions if a.service and a.service.id == s.id]
            if found:
                joined.append(_link(f, found[-1].date or labels.NO_DATE))
        source = sources[s.source]
        services.append(
            ServiceJoined(
                s,
                addresses.service(s.id),
                _launched(s),
                citations.of_fact(s, sources, {d.id: d for d in site.content.documents}),
                labels.rests_on(source),
                labels.count(len(joined), "force"),
                tuple(joined),
            )
        )
    return NationalActions(
        addresses.NATIONAL_ACTIONS,
        addresses.NATIONAL_ACTIONS_BY_AREA,
        addresses.NATIONAL_SYSTEMS,
        labels.count(sum(1 for f in forces if f.actions), "force"),
        site.forces_total,
        labels.count(sum(len(f.actions) for f in forces), "follow-up action"),
        tuple(_area(i, n, forces) for i, n in areas),
        tuple(systems),
        tuple(services),
    )

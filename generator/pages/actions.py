"""Follow-up actions as the pages show them: each force's list ("What the force and its PCC did", newest report
first, across all programmes), and the national summary's count of forces with a known action per 2017 area and
status, the named systems and where they are known, and the forces that joined a national service.

Everything here is worked out from `derive` (ForceView.actions); templates only format it. Addresses come from
addresses.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import addresses, citations, derive, labels
from generator import model as m
from generator.addresses import Address
from generator.citations import Citation
from generator.derive import ActionView, ForceView, Site

NO_AREA = "no single 2017 area"  # an action the notes tie to none of the 2017 areas nor abuse of position
UNITS = {"percent": "per cent", "people": "people", "count": "count", "pounds": "pounds"}


@dataclass(frozen=True)
class FigureLine:
    figure: m.Figure
    unit: str  # in words
    period: str | None  # as the source states it


@dataclass(frozen=True)
class ActionItem:
    """One follow-up action on a force page, with everything it shows beside its own text."""

    view: ActionView
    anchor: str  # the id of its heading, unique on the page
    address: Address  # that heading's address, for links from other pages
    status: str  # in words
    date: str | None  # the date its source gives, as far as it gives it (a day in words, else as stated)
    areas: tuple[str, ...]  # the names of the 2017 areas it serves; empty for none
    programme: m.Assessment | None  # the programme it answers, if any
    programme_anchor: str | None  # that round's section on the same page
    system: Address | None  # the named system's entry in the register
    service: Address | None  # the national service's entry in the national summary
    citation: Citation
    rests_on: str | None  # "known only from a press report" and the like; None for an inspectorate document
    figures: tuple[FigureLine, ...]


def how_many(n: int, what: str = "follow-up action") -> str:
    """ "1 follow-up action", "3 follow-up actions"."""
    return f"{n} {what}" + ("" if n == 1 else "s")


def _date(view: ActionView) -> str | None:
    source = view.source
    return source.date.strftime("%-d %B %Y") if source.date else source.date_as_stated


def action_items(view: ForceView | None, cites: dict[str, Citation]) -> tuple[ActionItem, ...]:
    """`view`: the force's record, if any (its actions already newest report first)."""
    if view is None:
        return ()
    items = []
    for a in view.actions:
        items.append(
            ActionItem(
                a,
                a.address.anchor,
                a.address,
                labels.STATUSES[a.action.status],
                _date(a),
                a.area_names,
                a.assessment,
                addresses.round_anchor(a.assessment.id) if a.assessment else None,
                addresses.system(a.system.id) if a.system else None,
                addresses.service(a.service.id) if a.service else None,
                cites[a.source.id],
                labels.rests_on(a.source),
                tuple(FigureLine(f, UNITS[f.unit], f.period_as_stated) for f in a.action.figures),
            )
        )
    return tuple(items)


# --- the national summary ----------------------------------------------------


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
    area_id: str
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
    anchor: str
    citation: Citation
    rests_on: str | None
    count: str  # "6 forces"
    forces: tuple[ForceLink, ...]  # each force that reports joining, noted with its source's date as far as given


@dataclass(frozen=True)
class NationalActions:
    forces_with_actions: str  # "40 forces"
    forces_total: int
    actions: str  # "151 follow-up actions"
    areas: tuple[AreaActions, ...]  # the 2017 areas, abuse of position in general, then no single area
    systems: tuple[SystemWhere, ...]  # the named systems that a force's action names
    services: tuple[ServiceJoined, ...]


def _link(f: ForceView, note: str | None = None) -> ForceLink:
    return ForceLink(f.force.name, addresses.force_actions(f.force.id), note)


def _area(area_id: str, name: str, forces: tuple[ForceView, ...]) -> AreaActions:
    def serves(a: ActionView) -> bool:
        return area_id in a.action.areas if area_id else not a.action.areas

    with_area = tuple(f for f in forces if any(serves(a) for a in f.actions))
    statuses = []
    for status in m.ActionStatus:
        holders = tuple(_link(f) for f in with_area if any(serves(a) and a.action.status is status for a in f.actions))
        if holders:
            statuses.append(
                StatusCount(labels.STATUSES[status], status.value, how_many(len(holders), "force"), holders)
            )
    return AreaActions(area_id or "none", name, how_many(len(with_area), "force"), tuple(statuses))


def national_actions(site: Site) -> NationalActions:
    forces = tuple(sorted(site.forces, key=lambda f: f.force.name.casefold()))
    areas = [*derive.observation_areas(site.content.assessments).items(), ("", NO_AREA.capitalize())]
    systems = []
    for s in site.content.systems.systems:
        where = []
        for f in forces:
            named = [a for a in f.actions if a.system and a.system.id == s.id]  # newest report first
            if named:
                where.append(_link(f, labels.STATUSES[named[0].action.status]))
        if where:
            systems.append(SystemWhere(s, addresses.system(s.id), tuple(where)))
    sources = {x.id: x for x in site.content.systems.sources}
    services = []
    for s in site.content.systems.services:
        joined = []
        for f in forces:
            found = [a for a in f.actions if a.service and a.service.id == s.id]
            if found:
                joined.append(_link(f, _date(found[-1])))
        services.append(
            ServiceJoined(
                s,
                addresses.service(s.id).anchor,
                citations.citation(sources[s.source]),
                labels.rests_on(sources[s.source]),
                how_many(len(joined), "force"),
                tuple(joined),
            )
        )
    return NationalActions(
        how_many(sum(1 for f in forces if f.actions), "force"),
        site.forces_total,
        how_many(sum(len(f.actions) for f in forces)),
        tuple(_area(i, n, forces) for i, n in areas),
        tuple(systems),
        tuple(services),
    )


@dataclass(frozen=True)
class IndexRow:
    """One force in the forces index's table of follow-up actions."""

    name: str
    country: str
    address: Address  # the force page's section of actions
    cells: tuple[tuple[str, bool], ...]  # per area (as IndexActions.areas): its name, and whether an action is known
    count: str  # "3 follow-up actions", or "None known"


@dataclass(frozen=True)
class IndexActions:
    areas: tuple[str, ...]  # the 2017 areas' names, then abuse of position in general
    rows: tuple[IndexRow, ...]  # every listed force, in the index's order


def index_actions(site: Site, entries) -> IndexActions:
    """For the forces index: per force, which 2017 areas (and abuse of position) it has a known action on.
    `entries`: views.force_entries(site)."""
    names = derive.observation_areas(site.content.assessments)
    rows = []
    for e in entries:
        served = {x for a in (e.view.actions if e.view else ()) for x in a.action.areas}
        rows.append(
            IndexRow(
                e.name,
                e.country,
                addresses.force_actions(e.id),
                tuple((n, i in served) for i, n in names.items()),
                e.actions_known if e.actions else "None known",
            )
        )
    return IndexActions(tuple(names.values()), tuple(rows))

"""The systems register: each named system, what the sources say it does (and its supplier, where a source gives
that), which forces report it, and the register's own sources: those the register cites, in the file's order.
Tools for monitoring IT systems come first; the other systems a force's action names (a reporting tool, a governance
system: `it_monitoring: false`) follow under their own heading.

One line per force and system, however many follow-up actions name it: the latest report gives the status and
the link (to that action's heading on the force page, where its full text is), with the date it was first
reported when that is earlier. The register grows by one line per force that reports a system, not per action.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import addresses, citations, labels
from generator import model as m
from generator.addresses import Address
from generator.derive import ActionView, ForceView, Site


@dataclass(frozen=True)
class Adoption:
    """One force that reports a system: its latest report's action, status and date, and when it was first reported."""

    force: str  # the force's name
    address: Address  # the latest reported action's heading on the force page
    status: str  # in words
    status_value: str  # the status id, for the status mark
    kind: str  # the kind of its source, in words
    date: str  # its source's date, as far as it gives it, or words saying it gives none
    first_reported: str | None  # when an earlier report already named it; None when the latest is the first
    status_as_stated: str | None
    dates_as_stated: str | None


@dataclass(frozen=True)
class Description:
    text: str
    citation: citations.Citation


@dataclass(frozen=True)
class SystemEntry:
    system: m.System
    address: Address  # its heading in the register
    citation: citations.Citation | None
    also: tuple[Description, ...]  # what other sources (its supplier, say) say it is
    adoptions: tuple[Adoption, ...]


@dataclass(frozen=True)
class Register:
    systems: tuple[SystemEntry, ...]  # tools for monitoring IT systems
    others: tuple[SystemEntry, ...]  # the other named systems
    sources: Address  # the register's own sources, at the foot of the page
    others_section: Address  # the heading of the other named systems
    source_citations: tuple[citations.Citation, ...]  # the sources the register cites, in the file's order


def _adoption(force: ForceView, actions: list[ActionView]) -> Adoption:
    """`actions`: newest report first, undated last (as on the force page)."""
    dated = [a for a in actions if a.reported]
    latest = dated[0] if dated else actions[0]
    first = dated[-1] if dated else None
    earlier = first.date if first and first.reported != latest.reported else None
    act = latest.action
    return Adoption(
        force.name,
        latest.address,
        labels.ACTION_STATUSES[act.status],
        act.status.value,
        labels.SOURCE_KINDS[latest.source.kind],
        latest.date or labels.NO_DATE,
        earlier,
        act.status_as_stated,
        act.dates_as_stated,
    )


def systems_register(site: Site) -> Register:
    """Each named system, with the forces that report it, by name."""
    documents = {d.id: d for d in site.content.documents}
    register = site.content.systems
    cites = citations.citations(register.sources, documents)
    sources = {x.id: x for x in register.sources}
    named: dict[str, list[Adoption]] = {s.id: [] for s in site.content.systems.systems}
    for force in site.forces:
        found: dict[str, list[ActionView]] = {}
        for action in force.actions:
            if action.system is not None:
                found.setdefault(action.system.id, []).append(action)
        for system_id, actions in found.items():
            named[system_id].append(_adoption(force, actions))
    entries = [
        SystemEntry(
            s,
            addresses.system(s.id),
            citations.of_fact(s, sources, documents) if s.source in sources else None,
            tuple(Description(x.text, citations.of_fact(x, sources, documents)) for x in s.also_described),
            tuple(named[s.id]),
        )
        for s in site.content.systems.systems
    ]
    cited = {s.source for s in site.content.systems.systems} | {
        x.source for s in site.content.systems.systems for x in s.also_described
    }
    return Register(
        tuple(e for e in entries if e.system.it_monitoring),
        tuple(e for e in entries if not e.system.it_monitoring),
        addresses.SYSTEMS_SOURCES,
        addresses.SYSTEMS_OTHERS,
        tuple(cites[s.id] for s in site.content.systems.sources if s.id in cited),
    )

"""The systems register: each named system, what the sources say it does (and its supplier, where a source gives
that), which forces report it, and the register's own sources.

One line per force and system, however many follow-up actions name it: the latest report gives the status and
the link (to that action's heading on the force page, where its full text is), with the date it was first
reported when that is earlier. The register grows by one line per force that reports a system, not per action.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import addresses, citations, labels
from generator import model as m
from generator.derive import Site
from generator.pages.actions import ActionItem
from generator.pages.entries import ForceEntry


@dataclass(frozen=True)
class Adoption:
    force: ForceEntry
    latest: ActionItem  # the latest reported action of this force that names the system
    first_reported: str | None  # when an earlier report already named it; None when the latest is the first
    kind: str  # the kind of its source, in words


@dataclass(frozen=True)
class Description:
    text: str
    citation: citations.Citation


@dataclass(frozen=True)
class SystemEntry:
    system: m.System
    anchor: str  # the id of its heading in the register
    citation: citations.Citation | None
    also: tuple[Description, ...]  # what other sources (its supplier, say) say it is
    adoptions: tuple[Adoption, ...]


def _adoption(entry: ForceEntry, items: list[ActionItem]) -> Adoption:
    """`items`: newest report first, undated last (as on the force page)."""
    dated = [i for i in items if i.view.reported]
    latest = dated[0] if dated else items[0]
    first = dated[-1] if dated else None
    earlier = first.date if first and first.view.reported != latest.view.reported else None
    return Adoption(entry, latest, earlier, labels.SOURCE_KINDS[latest.view.source.kind])


def systems_register(site: Site, entries: tuple[ForceEntry, ...]) -> tuple[SystemEntry, ...]:
    """`entries`: views.force_entries(site), in the forces index's order."""
    cites = citations.citations(site.content.systems.sources)
    named: dict[str, list[Adoption]] = {s.id: [] for s in site.content.systems.systems}
    for entry in entries:
        found: dict[str, list[ActionItem]] = {}
        for item in entry.actions:
            if item.view.system is not None:
                found.setdefault(item.view.system.id, []).append(item)
        for system_id, items in found.items():
            named[system_id].append(_adoption(entry, items))
    return tuple(
        SystemEntry(
            s,
            addresses.system(s.id).anchor,
            cites.get(s.source),
            tuple(Description(d.text, cites[d.source]) for d in s.also_described),
            tuple(named[s.id]),
        )
        for s in site.content.systems.systems
    )


def register_sources(site: Site) -> tuple[citations.Citation, ...]:
    """The register's own sources, in the file's order."""
    return tuple(citations.citation(s) for s in site.content.systems.sources)

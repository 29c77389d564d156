"""The systems register: each named system, what the sources say it does, and which forces report adopting it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import model as m
from generator.derive import ActionView, Site
from generator.views import ForceEntry, force_entries


@dataclass(frozen=True)
class Adoption:
    force: ForceEntry
    action: ActionView


@dataclass(frozen=True)
class SystemEntry:
    system: m.System
    source: m.Source | None
    adoptions: tuple[Adoption, ...]


def systems_register(site: Site, entries: tuple[ForceEntry, ...] | None = None) -> tuple[SystemEntry, ...]:
    """`entries`: force_entries(site), if the caller already has them."""
    sources = {s.id: s for s in site.content.systems.sources}
    entries = force_entries(site) if entries is None else entries
    result = []
    for system in site.content.systems.systems:
        adoptions = [Adoption(e, a) for e in entries for r in e.rounds for a in r.round.actions
                     if a.system is not None and a.system.id == system.id]
        adoptions.sort(key=lambda x: (x.action.reported or dt.date.max, x.force.name))
        result.append(SystemEntry(system, sources.get(system.source), tuple(adoptions)))
    return tuple(result)

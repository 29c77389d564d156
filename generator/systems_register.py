"""The systems register: each named system, what the sources say it does, and which forces report adopting it.

One line per force and system, however many follow-up actions name it: the latest report gives the status and
the link (to that action's heading on the force page, where its full text is), with the date it was first
reported when that is earlier. The register grows by one line per adopting force, not per action.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import addresses, labels
from generator.addresses import Address
from generator import model as m
from generator.derive import ActionView, Site
from generator.force_page import TimelineAction
from generator.views import ForceEntry


@dataclass(frozen=True)
class Adoption:
    force: ForceEntry
    latest: ActionView  # the latest reported action of this force that names the system
    link: Address  # that action's heading on the force page
    first_reported: dt.date | None  # when an earlier report already named it; None when the latest is the first
    status: str  # the latest action's status, in words
    kind: str  # the kind of its source, in words


@dataclass(frozen=True)
class SystemEntry:
    system: m.System
    anchor: str  # the id of its heading in the register
    citation: labels.Citation | None
    adoptions: tuple[Adoption, ...]


def _order(step: TimelineAction) -> dt.date:
    """As on the force page's timeline: oldest report first, undated reports last."""
    return step.view.reported or dt.date.max


def _adoption(entry: ForceEntry, steps: list[TimelineAction]) -> Adoption:
    steps = sorted(steps, key=_order)
    first, latest = steps[0], steps[-1]
    earlier = first.view.reported if first.view.reported != latest.view.reported else None
    return Adoption(entry, latest.view, entry.address.at(latest.anchor), earlier, latest.status, labels.SOURCE_KINDS[latest.view.source.kind])


def systems_register(site: Site, entries: tuple[ForceEntry, ...]) -> tuple[SystemEntry, ...]:
    """`entries`: views.force_entries(site), in the forces index's order."""
    sources = {s.id: s for s in site.content.systems.sources}
    named: dict[str, list[Adoption]] = {s.id: [] for s in site.content.systems.systems}
    for entry in entries:
        steps: dict[str, list[TimelineAction]] = {}
        for rnd in entry.rounds:
            for group in rnd.timeline:
                for step in group.actions:
                    if step.view.system is not None:
                        steps.setdefault(step.view.system.id, []).append(step)
        for system_id, found in steps.items():
            named[system_id].append(_adoption(entry, found))
    return tuple(SystemEntry(s, addresses.system(s.id).anchor, labels.citation(sources[s.source]) if s.source in sources else None, tuple(named[s.id])) for s in site.content.systems.systems)

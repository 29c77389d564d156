"""Rules on follow-up actions, in a round or the force's own: each serves real 2017 areas (or abuse of position
in general), names only a system and a service that the register holds, and no two services share an id.

Each rule takes (national, listed, register, records), the validated records with their files, and
yields problems; none raises. An action's source and a figure's unit are required by the model itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator import model as m
from generator.check.identity import duplicates
from generator.check.programmes import areas_to_bear_on
from generator.load.records import Loaded, Loc
from generator.problems import Problem


def actions_resolve(national, listed, register, records) -> Iterator[Problem]:
    systems = sorted(s.id for s in register.record.systems) if register else []
    services = sorted(s.id for s in register.record.services) if register else []
    for file, here, holder, areas, where in areas_to_bear_on(national, records):
        yield from _actions(file, here, holder.actions, areas, where, systems, services)


def _actions(
    file: Loaded,
    here: Loc,
    actions: list[m.Action],
    areas: list[str],
    where: str,
    systems: list[str],
    services: list[str],
) -> Iterator[Problem]:
    allowed = [*areas, m.APSP]
    for a, action in enumerate(actions):
        at = (*here, "actions", a)
        for i, area in enumerate(action.areas):
            if area not in allowed:
                yield file.problem(
                    (*at, "areas", i), f"'{area}' is not an area of {where}; use one of: {', '.join(allowed)}"
                )
        if action.system is not None and action.system not in systems:
            yield file.problem(
                (*at, "system"),
                f"'{action.system}' is not a system in content/national/systems.yml; use one of: "
                f"{', '.join(systems)}, or leave `system:` out where the source names none",
            )
        if action.service is not None and action.service not in services:
            yield file.problem(
                (*at, "service"),
                f"'{action.service}' is not a service in content/national/systems.yml; use one of: "
                f"{', '.join(services) or '(none yet)'}",
            )


def unique_services(national, listed, register, records) -> Iterator[Problem]:
    if register:
        yield from duplicates(
            [(register.file, ("services", i, "id"), s.id) for i, s in enumerate(register.record.services)], "service"
        )

"""Rules on the council areas each force covers: content/national/areas.yml and ONS's lookup areas.csv beside it.

Every district in the lookup has an English or Welsh district code and is in one police force area, matched in
areas.yml to a listed force; every listed force has a district. Each rule yields problems at the line and column
of the cell or entry concerned; none raises. `areas` returns the whole model.Areas only when there are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator import model as m
from generator.check.identity import duplicates, sources_exist
from generator.load.lookup import AREA, AREA_NAME, CODE, NAME, Lookup
from generator.problems import Problem

LIST = "content/national/forces.yml"
RECORD = "content/national/areas.yml"


def sources_resolve(record, lookup: Lookup, listed) -> Iterator[Problem]:
    """areas.yml's `source:` is one of its `sources:`, each with its own id."""
    yield from sources_exist([record], None, None, [])
    yield from duplicates(
        [(record.file, ("sources", i, "id"), s.id) for i, s in enumerate(record.record.sources)], "source"
    )


def district_codes(record, lookup: Lookup, listed) -> Iterator[Problem]:
    for i, row in enumerate(lookup.rows):
        if not re.fullmatch(m.DISTRICT_CODE, row[CODE]):
            yield lookup.problem(
                i,
                CODE,
                f"'{row[CODE]}' is not the code of a district of England or Wales; ONS's district codes are E06, E07, "
                "E08, E09 or W06 followed by six digits: copy the row from ONS's lookup, or remove it",
            )


def districts_in_listed_forces(record, lookup: Lookup, listed) -> Iterator[Problem]:
    """Every district's police force area is matched, in areas.yml, to a listed force."""
    matched = record.record.force_areas
    ids = {f.id for f in listed.record.forces}
    for code, force_id in matched.items():
        if force_id not in ids:
            yield record.file.problem(
                ("force_areas", code),
                f"'{force_id}' is not one of the forces in {LIST}; write the id of the force that polices this area",
            )
    for i, row in enumerate(lookup.rows):
        if row[AREA] not in matched:
            yield lookup.problem(
                i,
                AREA,
                f"'{row[AREA]}' ({row[AREA_NAME]}), the police force area of {row[NAME]}, is not matched to a force "
                f"in {RECORD}; add `{row[AREA]}: <force id>` under `force_areas:`, or correct the code",
            )


def one_area_per_district(record, lookup: Lookup, listed) -> Iterator[Problem]:
    """A district on several rows (one per community safety partnership) is in the same area on each."""
    first: dict[str, int] = {}
    for i, row in enumerate(lookup.rows):
        seen = first.setdefault(row[CODE], i)
        was = lookup.rows[seen]
        if was[AREA] != row[AREA]:
            yield lookup.problem(
                i,
                AREA,
                f"{row[NAME]} ({row[CODE]}) is in '{row[AREA]}' here but in '{was[AREA]}' on line "
                f"{lookup.cells[seen][AREA][0]}; a district is in one police force area: correct one of the lines",
            )


def one_area_per_force(record, lookup: Lookup, listed) -> Iterator[Problem]:
    """No two police force areas are matched to one force, and every listed force has a district."""
    matched = record.record.force_areas
    by_force: dict[str, str] = {}
    for code, force_id in matched.items():
        if force_id in by_force:
            line = record.file.pos(("force_areas", by_force[force_id]), key=True)[0]
            yield record.file.problem(
                ("force_areas", code),
                f"'{force_id}' is already matched to '{by_force[force_id]}' on line {line}; each police force area "
                "has its own force: check both lines against ONS's names in the comments",
            )
        by_force.setdefault(force_id, code)
    areas_used = {row[AREA] for row in lookup.rows}
    for force in listed.record.forces:
        code = by_force.get(force.id)
        if code is None:
            yield record.file.problem(
                ("force_areas",),
                f"'{force.id}' of {LIST} has no district: no police force area is matched to it; add a line "
                f"`<code>: {force.id}` with the code of its area in areas.csv",
                key=True,
            )
        elif code not in areas_used:
            yield record.file.problem(
                ("force_areas", code),
                f"'{force.id}' of {LIST} has no district: no row of areas.csv is in '{code}'; write the code "
                "of its area as areas.csv gives it",
            )


RULES = [sources_resolve, district_codes, districts_in_listed_forces, one_area_per_district, one_area_per_force]


def areas(record, lookup: Lookup, listed) -> tuple[m.Areas | None, list[Problem]]:
    """`record`, `listed`: the validated areas.yml and force list (validate.Located), or None where either has
    problems of its own (their rules then wait: they would only repeat them)."""
    problems = list(lookup.problems)
    if record is None or listed is None or problems:
        return None, problems
    ids = [f.id for f in listed.record.forces]
    if len(set(ids)) != len(ids):  # the list itself is wrong (its own message says so): nothing to compare with
        return None, []
    for rule in RULES:
        problems.extend(rule(record, lookup, listed))
    if problems:
        return None, problems
    return _grouped(record.record, lookup, [f.id for f in listed.record.forces]), []


def _grouped(record: m.AreasRecord, lookup: Lookup, order: list[str]) -> m.Areas:
    """The districts by police force area, each district once (by code), areas in the force list's order."""
    districts: dict[str, dict[str, m.District]] = {}
    names: dict[str, str] = {}
    for row in lookup.rows:
        districts.setdefault(row[AREA], {}).setdefault(row[CODE], m.District(code=row[CODE], name=row[NAME]))
        names.setdefault(row[AREA], row[AREA_NAME])
    areas = [
        m.ForceArea(
            code=code,
            name=names[code],
            force=record.force_areas[code],
            districts=tuple(sorted(districts[code].values(), key=lambda d: d.code)),
        )
        for code in districts
    ]
    return m.Areas(
        **{name: getattr(record, name) for name in m.AreasRecord.model_fields},
        police_force_areas=tuple(sorted(areas, key=lambda a: order.index(a.force))),
    )

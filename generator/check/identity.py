"""Rules on identity and reference: every id is unique and matches its file, every reference resolves.

Each rule takes (national, listed, register, records), the validated records with their files, and
yields problems; none raises.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator import model as m
from generator.check import walk
from generator.load.records import Loaded, Loc
from generator.problems import Problem


def file_names_match_ids(national, listed, register, records) -> Iterator[Problem]:
    for item in [*national, *records]:
        stem = item.file.path.rsplit("/", 1)[-1].removesuffix(".yml")
        if item.record.id != stem:
            yield item.file.problem(
                ("id",),
                f"'{item.record.id}' differs from the file name; rename the file to {item.record.id}.yml or set `id: "
                f"{stem}`",
            )


def unique_ids(national, listed, register, records) -> Iterator[Problem]:
    yield from duplicates([(x.file, ("id",), x.record.id) for x in national], "assessment")
    yield from duplicates([(x.file, ("id",), x.record.id) for x in records], "force")
    if listed:
        yield from duplicates(
            [(listed.file, ("forces", i, "id"), f.id) for i, f in enumerate(listed.record.forces)], "force"
        )
    if register:
        yield from duplicates(
            [(register.file, ("systems", i, "id"), s.id) for i, s in enumerate(register.record.systems)], "system"
        )
    for item in [*national, *records, *([listed] if listed else []), *([register] if register else [])]:
        yield from duplicates(
            [(item.file, ("sources", i, "id"), s.id) for i, s in enumerate(item.record.sources)], "source"
        )


def duplicates(entries: list[tuple[Loaded, Loc, str]], what: str) -> Iterator[Problem]:
    seen: dict[str, tuple[Loaded, Loc]] = {}
    for file, loc, value in entries:
        if value in seen:
            first_file, first_loc = seen[value]
            where = f"{first_file.path}:{first_file.pos(first_loc)[0]}"
            yield file.problem(
                loc, f"duplicate {what} id '{value}', already used at {where}; give each {what} its own id"
            )
        else:
            seen[value] = (file, loc)


def sources_exist(national, listed, register, records) -> Iterator[Problem]:
    for item in [*national, *records, *([listed] if listed else []), *([register] if register else [])]:
        ids = {s.id for s in item.record.sources}
        for loc, value in walk.values(item.record, walk.is_source):
            if loc[0] != "sources" and value not in ids:
                yield item.file.problem(
                    loc,
                    f"'{value}' is not a source of this file; use one of: "
                    f"{', '.join(sorted(ids)) or '(add a `sources:` list first)'}",
                )


def forces_are_listed(national, listed, register, records) -> Iterator[Problem]:
    if not listed:
        return
    by_id = {f.id: f for f in listed.record.forces}
    for item in records:
        force = item.record
        entry = by_id.get(force.id)
        if entry is None:
            yield item.file.problem(
                ("id",),
                f"'{force.id}' is not one of the {len(by_id)} territorial forces in content/national/forces.yml; use "
                "the police open-data identifier",
            )
            continue
        if force.name != entry.name:
            yield item.file.problem(("name",), f"'{force.name}' differs from the force list; write '{entry.name}'")
        if force.country != entry.country:
            yield item.file.problem(
                ("country",), f"'{force.country.value}' differs from the force list; write '{entry.country.value}'"
            )


def references_resolve(national, listed, register, records) -> Iterator[Problem]:
    by_id = {a.record.id: a.record for a in national}
    for item in records:
        for r, rnd in enumerate(item.record.rounds):
            here: Loc = ("rounds", r)
            assessment = by_id.get(rnd.assessment)
            if assessment is None:
                yield item.file.problem(
                    (*here, "assessment"),
                    f"'{rnd.assessment}' is not a national assessment; use one of: {', '.join(sorted(by_id))}",
                )
                continue
            areas = [a.id for a in assessment.areas]
            outcomes = [o.id for o in assessment.outcomes]
            seen_areas: set[str] = set()
            for f, finding in enumerate(rnd.findings):
                at = (*here, "findings", f)
                yield from one_of(item.file, (*at, "area"), finding.area, [*areas, m.OVERALL], "area")
                yield from one_of(item.file, (*at, "outcome"), finding.outcome, outcomes, "outcome")
                if finding.area in seen_areas:
                    yield item.file.problem((*at, "area"), f"'{finding.area}' has two findings in this round; keep one")
                seen_areas.add(finding.area)


def one_of(file: Loaded, loc: Loc, value: str, allowed: list[str], what: str) -> Iterator[Problem]:
    if value not in allowed:
        yield file.problem(
            loc,
            f"'{value}' is not an {what} of this assessment; use one of: {', '.join(allowed)}"
            if what in ("area", "outcome")
            else f"'{value}' is not a {what}; use one of: {', '.join(allowed)}",
        )

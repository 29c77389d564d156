"""Validate loaded records into the typed model, then check what one record cannot check alone.

Every rule is a function that yields problems; none raises. `validate` returns
the whole Content only when there are no problems at all.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from generator import model as m
from generator.load import Loaded, Loc
from generator.problems import Problem
from generator.schema_errors import parse


@dataclass
class Located:
    """A validated record together with the file it came from."""

    record: BaseModel
    file: Loaded


def validate(
    assessments: list[Loaded], force_list: Loaded, systems: Loaded, forces: list[Loaded], today: dt.date | None = None
) -> tuple[m.Content | None, list[Problem]]:
    """All problems with all records; `today` (passed in, never read here) bounds every date."""
    problems: list[Problem] = []

    def typed(cls: type[BaseModel], loaded: Loaded) -> Located | None:
        if loaded.problems:
            problems.extend(loaded.problems)
            return None
        record, found = parse(cls, loaded)
        problems.extend(found)
        return Located(record, loaded) if record else None

    national = [x for x in (typed(m.Assessment, a) for a in assessments) if x]
    listed = typed(m.ForceList, force_list)
    register = typed(m.SystemRegister, systems)
    records = [x for x in (typed(m.Force, f) for f in forces) if x]
    # With a broken national file, rules that look things up in it would only repeat its problems.
    national_ok = len(national) == len(assessments) and listed is not None and register is not None
    for rule in RULES:
        if national_ok or rule not in NEEDS_NATIONAL:
            problems.extend(rule(national, listed, register, records))
    if today is not None:
        problems.extend(no_dates_in_the_future(national, listed, register, records, today))
    if problems:
        return None, sorted(set(problems))
    content = m.Content(
        assessments=tuple(sorted((a.record for a in national), key=lambda a: a.published)),
        force_list=listed.record,
        systems=register.record,
        forces=tuple(sorted((f.record for f in records), key=lambda f: f.name)),
    )
    return content, []


# --- rules ----------------------------------------------------------------------------------


def file_names_match_ids(national, listed, register, records) -> Iterator[Problem]:
    for item in [*national, *records]:
        stem = item.file.path.rsplit("/", 1)[-1].removesuffix(".yml")
        if item.record.id != stem:
            yield item.file.problem(("id",), f"'{item.record.id}' differs from the file name; rename the file to {item.record.id}.yml or set `id: {stem}`")


def unique_ids(national, listed, register, records) -> Iterator[Problem]:
    yield from _duplicates([(x.file, ("id",), x.record.id) for x in national], "assessment")
    yield from _duplicates([(x.file, ("id",), x.record.id) for x in records], "force")
    if listed:
        yield from _duplicates([(listed.file, ("forces", i, "id"), f.id) for i, f in enumerate(listed.record.forces)], "force")
    if register:
        yield from _duplicates([(register.file, ("systems", i, "id"), s.id) for i, s in enumerate(register.record.systems)], "system")
    for item in [*national, *records, *([listed] if listed else []), *([register] if register else [])]:
        yield from _duplicates([(item.file, ("sources", i, "id"), s.id) for i, s in enumerate(item.record.sources)], "source")


def _duplicates(entries: list[tuple[Loaded, Loc, str]], what: str) -> Iterator[Problem]:
    seen: dict[str, tuple[Loaded, Loc]] = {}
    for file, loc, value in entries:
        if value in seen:
            first_file, first_loc = seen[value]
            where = f"{first_file.path}:{first_file.pos(first_loc)[0]}"
            yield file.problem(loc, f"duplicate {what} id '{value}', already used at {where}; give each {what} its own id")
        else:
            seen[value] = (file, loc)


def sources_exist(national, listed, register, records) -> Iterator[Problem]:
    for item in [*national, *records, *([listed] if listed else []), *([register] if register else [])]:
        ids = {s.id for s in item.record.sources}
        for loc, value in _fields(item.record, "source"):
            if loc[0] != "sources" and value not in ids:
                yield item.file.problem(loc, f"'{value}' is not a source of this file; use one of: {', '.join(sorted(ids)) or '(add a `sources:` list first)'}")


def _fields(obj: object, name: str, loc: Loc = ()) -> Iterator[tuple[Loc, object]]:
    """Every value of field `name` anywhere inside a model, with its location."""
    if isinstance(obj, BaseModel):
        for key in type(obj).model_fields:
            value = getattr(obj, key)
            if key == name and value is not None:
                yield (*loc, key), value
            yield from _fields(value, name, (*loc, key))
    elif isinstance(obj, (list, tuple)):
        for i, value in enumerate(obj):
            yield from _fields(value, name, (*loc, i))


def forces_are_listed(national, listed, register, records) -> Iterator[Problem]:
    if not listed:
        return
    by_id = {f.id: f for f in listed.record.forces}
    for item in records:
        force = item.record
        entry = by_id.get(force.id)
        if entry is None:
            yield item.file.problem(("id",), f"'{force.id}' is not one of the {len(by_id)} territorial forces in content/national/forces.yml; use the police open-data identifier")
            continue
        if force.name != entry.name:
            yield item.file.problem(("name",), f"'{force.name}' differs from the force list; write '{entry.name}'")
        if force.country != entry.country:
            yield item.file.problem(("country",), f"'{force.country.value}' differs from the force list; write '{entry.country.value}'")


def references_resolve(national, listed, register, records) -> Iterator[Problem]:
    by_id = {a.record.id: a.record for a in national}
    systems = {s.id for s in register.record.systems} if register else set()
    for item in records:
        for r, rnd in enumerate(item.record.rounds):
            here: Loc = ("rounds", r)
            assessment = by_id.get(rnd.assessment)
            if assessment is None:
                yield item.file.problem((*here, "assessment"), f"'{rnd.assessment}' is not a national assessment; use one of: {', '.join(sorted(by_id))}")
                continue
            areas = [a.id for a in assessment.areas]
            outcomes = [o.id for o in assessment.outcomes]
            seen_areas: set[str] = set()
            for f, finding in enumerate(rnd.findings):
                at = (*here, "findings", f)
                yield from _one_of(item.file, (*at, "area"), finding.area, [*areas, "overall"], "area")
                yield from _one_of(item.file, (*at, "outcome"), finding.outcome, outcomes, "outcome")
                if finding.area in seen_areas:
                    yield item.file.problem((*at, "area"), f"'{finding.area}' has two findings in this round; keep one")
                seen_areas.add(finding.area)
            for a, action in enumerate(rnd.actions):
                at = (*here, "actions", a)
                if action.area is not None:
                    yield from _one_of(item.file, (*at, "area"), action.area, areas, "area")
                if action.system is not None:
                    yield from _one_of(item.file, (*at, "system"), action.system, sorted(systems), "system in content/national/systems.yml")


def _one_of(file: Loaded, loc: Loc, value: str, allowed: list[str], what: str) -> Iterator[Problem]:
    if value not in allowed:
        yield file.problem(loc, f"'{value}' is not an {what} of this assessment; use one of: {', '.join(allowed)}" if what in ("area", "outcome") else f"'{value}' is not a {what}; use one of: {', '.join(allowed)}")


def published_figures_add_up(national, listed, register, records) -> Iterator[Problem]:
    for item in national:
        a = item.record
        areas, outcomes = [x.id for x in a.areas], [x.id for x in a.outcomes]
        for i, figures in enumerate(a.published_figures):
            at: Loc = ("published_figures", i)
            yield from _one_of(item.file, (*at, "area"), figures.area, [*areas, "overall"], "area")
            for outcome in figures.counts:
                yield from _one_of(item.file, (*at, "counts", outcome), outcome, outcomes, "outcome")
            total = sum(figures.counts.values())
            if a.forces_in_scope is not None and total != a.forces_in_scope:
                yield item.file.problem((*at, "counts"), f"the counts add up to {total}, but forces_in_scope is {a.forces_in_scope}; check the figures against the source")


def one_round_per_assessment(national, listed, register, records) -> Iterator[Problem]:
    for item in records:
        first: dict[str, int] = {}
        for r, rnd in enumerate(item.record.rounds):
            if rnd.assessment in first:
                line = item.file.pos(("rounds", first[rnd.assessment], "assessment"))[0]
                yield item.file.problem(("rounds", r, "assessment"), f"a second round for '{rnd.assessment}' (the first is on line {line}); put all of one assessment's findings and actions in one round")
            first.setdefault(rnd.assessment, r)


def dates_in_order(national, listed, register, records) -> Iterator[Problem]:
    """A letter comes after the review started; a follow-up's source comes after the letter."""
    by_id = {a.record.id: a for a in national}
    for item in national:
        a = item.record
        if a.review_started and a.letters_date and a.letters_date < a.review_started:
            yield item.file.problem(("letters_date",), f"{a.letters_date} is before review_started ({a.review_started}); the letters were written after the review began: check both dates")
    for item in records:
        sources = {s.id: (i, s) for i, s in enumerate(item.record.sources)}
        for r, rnd in enumerate(item.record.rounds):
            letter, assessment = rnd.letter, by_id.get(rnd.assessment)
            if letter is None:
                continue
            started = assessment.record.review_started if assessment else None
            if started and letter.date < started:
                yield item.file.problem(("rounds", r, "letter", "date"), f"{letter.date} is before the review started on {started} ({assessment.file.path}); check the date on the letter")
            early = sorted({sources[x.source][0] for x in rnd.actions if x.source in sources and (sources[x.source][1].date or letter.date) < letter.date})
            for i in early:
                source = item.record.sources[i]
                yield item.file.problem(("sources", i, "date"), f"{source.date} is before the letter of {letter.date}, but follow-up actions in rounds[{r}] cite '{source.id}'; a follow-up comes after the letter: check this date, or cite the right source")


def counts_within_published_figures(national, listed, register, records) -> Iterator[Problem]:
    """No more forces on record with an outcome in an area than the national report published."""
    for item in national:
        a = item.record
        published = {f.area: f.counts for f in a.published_figures}
        outcomes = {o.id for o in a.outcomes}
        seen: Counter[tuple[str, str]] = Counter()
        for force in sorted(records, key=lambda x: x.file.path):
            for r, rnd in enumerate(force.record.rounds):
                if rnd.assessment != a.id:
                    continue
                for f, finding in enumerate(rnd.findings):
                    if finding.area not in published or finding.outcome not in outcomes:
                        continue
                    key = (finding.area, finding.outcome)
                    seen[key] += 1
                    limit = published[finding.area].get(finding.outcome, 0)
                    if seen[key] == limit + 1:
                        total = sum(1 for x in records for y in x.record.rounds if y.assessment == a.id for z in y.findings if (z.area, z.outcome) == key)
                        yield force.file.problem(("rounds", r, "findings", f, "outcome"), f"more forces have '{finding.outcome}' for '{finding.area}' than {a.id} published: on record {total}, published {limit}; check this finding against its letter, and the published figures in {item.file.path}")


def no_dates_in_the_future(national, listed, register, records, today: dt.date) -> Iterator[Problem]:
    for item in [*national, *records, *([listed] if listed else []), *([register] if register else [])]:
        for loc, value in _dates(item.record):
            if value > today:
                yield item.file.problem(loc, f"{value} is in the future (today is {today}); write the date the document bears, or the day of the edit")


def _dates(obj: object, loc: Loc = ()) -> Iterator[tuple[Loc, dt.date]]:
    """Every date anywhere inside a model, with its location."""
    if isinstance(obj, dt.date):
        yield loc, obj
    elif isinstance(obj, BaseModel):
        for key in type(obj).model_fields:
            yield from _dates(getattr(obj, key), (*loc, key))
    elif isinstance(obj, (list, tuple)):
        for i, value in enumerate(obj):
            yield from _dates(value, (*loc, i))


def overall_outcome_is_stated(national, listed, register, records) -> Iterator[Problem]:
    """An overall outcome for a force is recorded only where a source states it, never as our reading."""
    for item in records:
        for r, rnd in enumerate(item.record.rounds):
            for f, finding in enumerate(rnd.findings):
                if finding.area == "overall" and finding.basis is not m.Basis.stated:
                    yield item.file.problem(("rounds", r, "findings", f, "basis"), "an overall outcome is recorded only where a source states it; write `basis: stated` if the source names this outcome, or remove this finding")


RULES = [
    file_names_match_ids,
    unique_ids,
    sources_exist,
    forces_are_listed,
    references_resolve,
    published_figures_add_up,
    one_round_per_assessment,
    dates_in_order,
    counts_within_published_figures,
    overall_outcome_is_stated,
]


NEEDS_NATIONAL = {forces_are_listed, references_resolve, counts_within_published_figures}

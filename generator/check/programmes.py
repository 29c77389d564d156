"""Rules for the later inspection programmes: observations bear on real 2017 areas, and no round of a
programme is dated before the programme began.

Each rule takes (national, listed, register, records), the validated records with their files, and
yields problems; none raises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator import model as m
from generator.load.records import Loaded, Loc
from generator.problems import Problem


def follows_up_resolves(national, listed, register, records) -> Iterator[Problem]:
    ids = sorted(a.record.id for a in national)
    for item in national:
        target = item.record.follows_up
        if target is not None and (target not in ids or target == item.record.id):
            others = ", ".join(i for i in ids if i != item.record.id)
            yield item.file.problem(
                ("follows_up",), f"'{target}' is not another national assessment; use one of: {others}"
            )


def areas_to_bear_on(national, records) -> Iterator[tuple[Loaded, Loc, m.Round | m.Force, list[str], str]]:
    """Each record's rounds, then the record itself, with the 2017 areas what they hold may bear on (observations,
    follow-up actions) and the assessment those areas are of: (file, where, round or force, area ids, assessment)."""
    by_id = {a.record.id: a.record for a in national}
    followed = [by_id[a.record.follows_up] for a in national if a.record.follows_up in by_id]
    anywhere = sorted({area.id for a in followed for area in a.areas})
    for item in records:
        for r, rnd in enumerate(item.record.rounds):
            assessment = by_id.get(rnd.assessment)
            if assessment is None:
                continue  # references_resolve says so
            target = by_id.get(assessment.follows_up or "", assessment)
            yield item.file, ("rounds", r), rnd, [a.id for a in target.areas], target.id
        yield item.file, (), item.record, anywhere, "the assessments later programmes follow up"


def observations_bear_on_areas(national, listed, register, records) -> Iterator[Problem]:
    for file, here, holder, areas, where in areas_to_bear_on(national, records):
        yield from _bears_on(file, here, holder.observations, areas, where)


def _bears_on(
    file: Loaded, here: Loc, observations: list[m.Observation], areas: list[str], where: str
) -> Iterator[Problem]:
    allowed = [*areas, m.APSP]
    for o, observation in enumerate(observations):
        for b, area in enumerate(observation.bears_on):
            if area not in allowed:
                yield file.problem(
                    (*here, "observations", o, "bears_on", b),
                    f"'{area}' is not an area of {where}; use one of: {', '.join(allowed)}",
                )


def rounds_after_programme_began(national, listed, register, records) -> Iterator[Problem]:
    """A later programme's round is not dated, nor cites a dated source, before the year the programme began."""
    began = {a.record.id: (a.record.began_in, a.file.path) for a in national if a.record.began_in}
    for item in records:
        sources = {s.id: (i, s) for i, s in enumerate(item.record.sources)}
        for r, rnd in enumerate(item.record.rounds):
            if rnd.assessment not in began:
                continue
            year, path = began[rnd.assessment]
            start = dt.date(year, 1, 1)
            if rnd.published and rnd.published < start:
                yield item.file.problem(
                    ("rounds", r, "published"),
                    f"{rnd.published} is before the programme began ({year}, {path}); check the date against the "
                    "source, or the round's `assessment:`",
                )
            cited = {x.source for x in (*rnd.findings, *rnd.observations, *rnd.actions, *rnd.responses)}
            for i, source in sorted(sources[c] for c in cited if c in sources and sources[c][1].date):
                if source.date < start:
                    yield item.file.problem(
                        ("sources", i, "date"),
                        f"{source.date} is before {rnd.assessment} began ({year}), but rounds[{r}] cites "
                        f"'{source.id}'; check this date, or cite the right source",
                    )

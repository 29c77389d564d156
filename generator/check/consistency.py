"""Rules on consistency: figures that add up, dates in order and not in the future, outcomes within
what the inspectorate published, an overall outcome only where a source states it.

Each rule takes (national, listed, register, records), the validated records with their files, and
yields problems; none raises.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

from generator import model as m
from generator.check import walk
from generator.check.identity import one_of
from generator.load.records import Loc
from generator.problems import Problem


def published_figures_add_up(national, listed, register, records) -> Iterator[Problem]:
    for item in national:
        a = item.record
        areas, outcomes = [x.id for x in a.areas], [x.id for x in a.outcomes]
        for i, figures in enumerate(a.published_figures):
            at: Loc = ("published_figures", i)
            yield from one_of(item.file, (*at, "area"), figures.area, [*areas, m.OVERALL], "area")
            for outcome in figures.counts:
                yield from one_of(item.file, (*at, "counts", outcome), outcome, outcomes, "outcome")
            total = sum(figures.counts.values())
            if a.forces_in_scope is not None and total != a.forces_in_scope:
                yield item.file.problem(
                    (*at, "counts"),
                    f"the counts add up to {total}, but forces_in_scope is {a.forces_in_scope}; check the figures "
                    "against the source",
                )


def one_round_per_assessment(national, listed, register, records) -> Iterator[Problem]:
    for item in records:
        first: dict[str, int] = {}
        for r, rnd in enumerate(item.record.rounds):
            if rnd.assessment in first:
                line = item.file.pos(("rounds", first[rnd.assessment], "assessment"))[0]
                yield item.file.problem(
                    ("rounds", r, "assessment"),
                    f"a second round for '{rnd.assessment}' (the first is on line {line}); put all of one "
                    "assessment's findings and actions in one round",
                )
            first.setdefault(rnd.assessment, r)


def dates_in_order(national, listed, register, records) -> Iterator[Problem]:
    """A letter comes after the review started; a follow-up's source comes after the letter."""
    by_id = {a.record.id: a for a in national}
    for item in national:
        a = item.record
        if a.review_started and a.letters_date and a.letters_date < a.review_started:
            yield item.file.problem(
                ("letters_date",),
                f"{a.letters_date} is before review_started ({a.review_started}); the letters were written after the "
                "review began: check both dates",
            )
    for item in records:
        sources = {s.id: (i, s) for i, s in enumerate(item.record.sources)}
        for r, rnd in enumerate(item.record.rounds):
            letter, assessment = rnd.letter, by_id.get(rnd.assessment)
            if letter is None:
                continue
            started = assessment.record.review_started if assessment else None
            if started and letter.date < started:
                yield item.file.problem(
                    ("rounds", r, "letter", "date"),
                    f"{letter.date} is before the review started on {started} ({assessment.file.path}); check the "
                    "date on the letter",
                )
            early = sorted(
                {
                    sources[x.source][0]
                    for x in rnd.actions
                    if x.source in sources and (sources[x.source][1].date or letter.date) < letter.date
                }
            )
            for i in early:
                source = item.record.sources[i]
                yield item.file.problem(
                    ("sources", i, "date"),
                    f"{source.date} is before the letter of {letter.date}, but follow-up actions in rounds[{r}] cite "
                    f"'{source.id}'; a follow-up comes after the letter: check this date, or cite the right source",
                )


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
                        total = sum(
                            1
                            for x in records
                            for y in x.record.rounds
                            if y.assessment == a.id
                            for z in y.findings
                            if (z.area, z.outcome) == key
                        )
                        yield force.file.problem(
                            ("rounds", r, "findings", f, "outcome"),
                            f"more forces have '{finding.outcome}' for '{finding.area}' than {a.id} published: on "
                            f"record {total}, published {limit}; check this finding against its letter, and the "
                            f"published figures in {item.file.path}",
                        )


def no_dates_in_the_future(national, listed, register, records, today: dt.date) -> Iterator[Problem]:
    for item in [*national, *records, *([listed] if listed else []), *([register] if register else [])]:
        for loc, value in walk.values(item.record, walk.is_date):
            if value > today:
                yield item.file.problem(
                    loc,
                    f"{value} is in the future (today is {today}); write the date the document bears, or the day of "
                    "the edit",
                )


def overall_outcome_is_stated(national, listed, register, records) -> Iterator[Problem]:
    """An overall outcome for a force is recorded only where a source states it, never as our reading."""
    for item in records:
        for r, rnd in enumerate(item.record.rounds):
            for f, finding in enumerate(rnd.findings):
                if finding.area == m.OVERALL and finding.basis is not m.Basis.stated:
                    yield item.file.problem(
                        ("rounds", r, "findings", f, "basis"),
                        "an overall outcome is recorded only where a source states it; write `basis: stated` if the "
                        "source names this outcome, or remove this finding",
                    )

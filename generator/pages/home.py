"""The home page's view (templates/home.md.j2): what the site covers, the latest published overall figures, one tile
map per programme, and every force, each said to have a record or not yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import labels
from generator import model as m
from generator.derive import ForceView, NationalView, Site


@dataclass(frozen=True)
class Figure:
    """One outcome's published count, for the headline list."""

    count: str  # the number, or words saying none was published
    outcome: str


@dataclass(frozen=True)
class Headline:
    """The latest assessment with published overall figures."""

    title: str
    published: dt.date | None
    forces_in_scope: int | None
    figures: tuple[Figure, ...]
    on_record: int  # forces with a round of it on record here
    total: int


@dataclass(frozen=True)
class Home:
    later: tuple[str, ...]  # the programmes that came back to the same ground force by force, oldest first
    forces_with_judgment: int  # forces with a grade or stated outcome on record, from any programme
    forces_total: int
    headline: Headline | None
    forces: tuple[ForceView, ...]  # every listed force, by name (ForceView.has_record says whether it has a record)


def _headline(national: NationalView) -> Headline:
    overall = next(a for a in national.areas if a.area.id == m.OVERALL)
    figures = tuple(Figure(labels.published_count(c.published), c.outcome.label) for c in overall.cells)
    a = national.assessment
    return Headline(
        a.short_title, a.published, a.forces_in_scope, figures, national.forces_on_record, national.forces_total
    )


def home(site: Site) -> Home:
    with_figures = [n for n in site.national if any(x.area.id == m.OVERALL and x.published_source for x in n.areas)]
    later = tuple(a.short_title for a in reversed(site.assessments) if a.kind is m.AssessmentKind.reports)
    judged = sum(1 for f in site.forces if any(r.round.findings for r in f.rounds))
    return Home(
        later,
        judged,
        site.forces_total,
        _headline(with_figures[0]) if with_figures else None,  # site.national is newest first
        site.forces,
    )

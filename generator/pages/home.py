"""The home page's view (templates/home.md.j2): what the site covers, "Find your force" (every council area with its
force), the latest published overall figures, one tile map per programme, and every force, each said to have a record
or not yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import labels, settings
from generator import model as m
from generator.citations import Citation
from generator.derive import Council, ForceView, NationalView, Site


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
class FindYourForce:
    """The home page's "Find your force" (static/assets/find-force.js): every council area A to Z with its force,
    the source of the list, and the words the script fills in as the reader types."""

    councils: tuple[Council, ...]  # A to Z, each linked to its force
    total: str  # "318 council areas"
    source: Citation  # ONS's lookup
    one: str  # how many council areas match the name typed, in words: the script puts the count for {n}
    many: str
    more: str  # when more match than it lists
    most: int  # how many it lists at most
    joiner: str  # between a council area and its force in the list of matches
    postcode_search: str  # police.uk, for a name that is no council area


@dataclass(frozen=True)
class Home:
    later: tuple[str, ...]  # the programmes that came back to the same ground force by force, oldest first
    forces_with_judgment: int  # forces with a grade or stated outcome on record, from any programme
    forces_total: int
    headline: Headline | None
    forces: tuple[ForceView, ...]  # every listed force, by name (ForceView.has_record says whether it has a record)
    find: FindYourForce


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
        find_your_force(site),
    )


MOST = 8  # "Find your force" lists at most this many matches; the A to Z list has them all


def find_your_force(site: Site) -> FindYourForce:
    return FindYourForce(
        site.councils,
        labels.count(len(site.councils), "council area"),
        site.councils_source,
        "1 council area matches.",
        "{n} council areas match.",
        "The first {n} are listed: type more of the name to narrow them.",
        MOST,
        "–",
        settings.POLICE_UK_POSTCODE,
    )

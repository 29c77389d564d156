"""The force entries every page that lists forces shares, and the home page's headline: computed once from the
derived site, so templates only format them.

`derive` computes the facts (joined rounds, national figures); this module shapes them for pages: every one
of the 43 forces on the fixed list (with or without a record), each with its round pages, "at a glance" list and
observations (made by `force_page.py`), its follow-up actions (made by `follow_up.py`), its citations, its repository
links and its feed. The other page views build on these entries: `forces_index.py`, `systems_register.py`,
`national_page.py`, `data_page.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from generator import addresses, citations, settings
from generator import model as m
from generator.addresses import Address
from generator.citations import Citation
from generator.derive import OVERALL, ForceView, NationalView, Site
from generator.pages.actions import ActionItem, action_items, how_many
from generator.pages.force import (
    GlanceRow,
    MissingRound,
    ObservationRow,
    RoundPage,
    glance,
    missing_rounds,
    observation_rows,
    round_page,
)


@dataclass(frozen=True)
class ForceEntry:
    """One of the territorial forces, whether or not a record exists for it yet."""

    id: str
    name: str
    country: str
    address: Address  # the force's page
    view: ForceView | None
    rounds: tuple[RoundPage, ...]
    missing: tuple[MissingRound, ...]  # assessments that wrote to every force, with nothing on record here
    edit_url: str
    report_url: str
    suggest_url: str
    feed: Address  # the force's Atom feed
    citations: dict[str, Citation]  # each source of the record, by id
    glance: tuple[GlanceRow, ...]  # every assessment's judgments for this force, newest first
    not_comparable: bool  # judgments of more than one programme stand side by side: say they are not comparable
    observations: tuple[ObservationRow, ...]  # tied to no programme
    actions: tuple[ActionItem, ...]  # every follow-up action, newest report first
    actions_known: str  # how many, in words: "3 follow-up actions"


def repository_links(force_id: str, name: str, has_record: bool) -> tuple[str, str, str]:
    repo, branch = settings.REPOSITORY, settings.BRANCH
    path = f"content/forces/{force_id}.yml"
    edit = (
        f"{repo}/edit/{branch}/{path}" if has_record else f"{repo}/new/{branch}/content/forces?filename={force_id}.yml"
    )
    report = f"{settings.ISSUES_NEW}&title=" + quote(f"Error in a record: {name}")
    suggest = f"{repo}/issues/new?template={settings.SOURCE_TEMPLATE}&title=" + quote(f"Source: {name}")
    return edit, report, suggest


def force_entries(site: Site) -> tuple[ForceEntry, ...]:
    """All forces on the fixed list, sorted by name, each joined to its record if there is one."""
    records = {v.force.id: v for v in site.forces}
    letters = sorted(site.content.assessments, key=lambda a: a.sort_date, reverse=True)
    entries = []
    for listed in site.content.force_list.forces:
        view = records.get(listed.id)
        rounds = view.rounds if view else ()
        links = repository_links(listed.id, listed.name, view is not None)
        missing = view.missing_rounds if view else tuple(a for a in letters if a.letters_date)
        name = view.force.name if view else listed.name
        cites = citations.citations(view.force.sources) if view else {}
        pages = tuple(round_page(r, cites) for r in rounds)
        at_a_glance = glance(site.content.assessments, pages)
        judged = sum(1 for g in at_a_glance if g.judgments)
        entries.append(
            ForceEntry(
                listed.id,
                name,
                listed.country.value,
                addresses.force(listed.id),
                view,
                pages,
                missing_rounds(missing),
                *links,
                Address(addresses.force_feed(listed.id)),
                cites,
                at_a_glance,
                judged > 1,
                observation_rows(view.observations, cites) if view else (),
                *_actions(view, cites),
            )
        )
    return tuple(sorted(entries, key=lambda e: e.name.casefold()))


def _actions(view: ForceView | None, cites: dict[str, Citation]) -> tuple[tuple[ActionItem, ...], str]:
    items = action_items(view, cites)
    return items, how_many(len(items))


@dataclass(frozen=True)
class Headline:
    """The home page's facts: what the site covers, and the latest published overall figures."""

    national: NationalView | None  # the latest assessment with published overall figures, if any
    overall: tuple | None
    later: tuple[m.Assessment, ...]  # the programmes that returned to the ground of an earlier one, oldest first
    forces_with_judgment: int  # forces with a grade or stated outcome on record, from any programme
    forces_total: int


def headline(site: Site) -> Headline:
    with_figures = [n for n in site.national if any(a.area_id == OVERALL and a.published_source for a in n.areas)]
    latest = max(with_figures, key=lambda n: n.assessment.sort_date) if with_figures else None
    overall = next(a for a in latest.areas if a.area_id == OVERALL).cells if latest else None
    later = tuple(sorted((a for a in site.content.assessments if a.follows_up), key=lambda a: a.sort_date))
    judged = sum(1 for v in site.forces if any(r.round.findings for r in v.rounds))
    return Headline(latest, overall, later, judged, site.forces_total)

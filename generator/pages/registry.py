"""The page registry: every page of the site, with its output path, template and source record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator import addresses, labels, marks, settings
from generator.derive import Site
from generator.pages import actions as follow_up
from generator.pages import chart, tile_map
from generator.pages import data as data_page
from generator.pages import documents as document_page
from generator.pages import entries as views
from generator.pages import forces_index as index
from generator.pages import national as national_page
from generator.pages import systems as systems_register


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict[str, Any] = field(compare=False)
    source: str | None = None


# `entries` below: views.force_entries(site), made once by all_pages for every page that lists the forces.
def home(site: Site, entries: tuple[views.ForceEntry, ...], forces: index.ForcesIndex) -> Page:
    """`forces`: the forces index's tables, whose cells the tile maps show."""
    return Page(
        addresses.HOME.page,
        "home.md.j2",
        {
            "site": site,
            "headline": views.headline(site),
            "forces": entries,
            "tile_maps": tile_map.home_maps(forces, site.content.tiles),
            "tile_defs": tile_map.defs(),
        },
    )


def forces_index(site: Site, entries: tuple[views.ForceEntry, ...], forces: index.ForcesIndex) -> Page:
    context = {"site": site, "index": forces, "actions": follow_up.index_actions(site, entries)}
    return Page(addresses.FORCES.page, "forces-index.md.j2", context)


def national(site: Site, forces: index.ForcesIndex) -> Page:
    context = {
        "site": site,
        "sections": national_page.sections(site),
        "actions": follow_up.national_actions(site),
        "actions_anchor": addresses.NATIONAL_ACTIONS.anchor,
        "tile_defs": tile_map.defs(),
        "tile_maps": tile_map.national_maps(forces, site.content.tiles),
    }
    return Page(addresses.NATIONAL.page, "national.md.j2", context, "content/national")


def charts(site: Site) -> list[Page]:
    return [
        Page(f.chart.address.page, "chart.svg.j2", {"chart": f.chart}, "content/national")
        for n in site.national
        for f in chart.figures(n)
        if f.chart
    ]


def tiles_background(site: Site) -> Page:
    """The force pages' locator maps share one image of every force's tile."""
    return Page(
        tile_map.BACKGROUND.page,
        "tiles-background.svg.j2",
        {"background": tile_map.background(site.content.tiles)},
        "content/national/tiles.yml",
    )


def force(site: Site, entry: views.ForceEntry) -> Page:
    source = f"content/forces/{entry.id}.yml" if entry.view else "content/national/forces.yml"
    context = {
        "site": site,
        "entry": entry,
        "actions_anchor": addresses.ACTIONS_ANCHOR,
        "locator": tile_map.locator(entry.id, entry.name, site.content.tiles),
    }
    return Page(entry.address.page, "force.md.j2", context, source)


def systems(site: Site, entries: tuple[views.ForceEntry, ...]) -> Page:
    context = {
        "site": site,
        "systems": systems_register.systems_register(site, entries),
        "sources": systems_register.register_sources(site),
    }
    return Page(addresses.SYSTEMS.page, "systems.md.j2", context, "content/national/systems.yml")


def methodology(site: Site) -> Page:
    scales = {a.id: marks.marks_for(a) for a in site.content.assessments}
    context = {
        "site": site,
        "marks": scales,
        "bears_on": national_page.observation_areas(site),
        "not_a_grade": labels.NOT_A_GRADE,
    }
    return Page(addresses.METHODOLOGY.page, "methodology.md.j2", context)


def accessibility(site: Site) -> Page:
    return Page(addresses.ACCESSIBILITY.page, "accessibility.md.j2", {"site": site, "settings": settings})


def about(site: Site) -> Page:
    return Page(addresses.ABOUT.page, "about.md.j2", {"site": site, "settings": settings})


def data(site: Site, downloads: dict[str, bytes]) -> Page:
    return Page(addresses.DATA.page, "data.md.j2", data_page.context(site, downloads))


def documents(site: Site) -> list[Page]:
    """The index of the documents the project holds, and one page per document."""
    pages = document_page.document_pages(site)
    index_page = Page(
        addresses.DOCUMENTS.page, "documents-index.md.j2", {"site": site, "pages": pages}, "content/documents"
    )
    return [
        index_page,
        *(
            Page(p.address.page, "document.md.j2", {"site": site, "doc": p}, f"content/documents/{p.document.id}.yml")
            for p in pages
        ),
    ]


def all_pages(site: Site, downloads: dict[str, bytes] | None = None) -> list[Page]:
    extra = [data(site, downloads)] if downloads is not None else []
    entries = views.force_entries(site)
    forces = index.forces_index(site, entries)
    fixed = [
        home(site, entries, forces),
        forces_index(site, entries, forces),
        national(site, forces),
        *extra,
        systems(site, entries),
        methodology(site),
        accessibility(site),
        about(site),
    ]
    return [*fixed, *documents(site), *charts(site), tiles_background(site), *(force(site, e) for e in entries)]

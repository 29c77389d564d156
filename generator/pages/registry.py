"""The page registry: every page of the site, with its output path, template, context and source record.

Each page's context comes from its own module in pages/ (home, forces_index, force, national, systems, data,
documents, with the maps and charts they draw); all read the one derived Site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator import addresses, labels
from generator.derive import ForceView, Site
from generator.pages import data, documents, force, forces_index, home, methodology, national, systems, tile_map


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict[str, Any] = field(compare=False)
    source: str | None = None
    # Made from one small view, so cheap to compare: under `make serve` it is rendered again only when its context
    # or a template changed (build.render_site). A page drawn from the whole site costs more to compare than to render.
    by_context: bool = False


def home_page(site: Site) -> Page:
    context = {"home": home.home(site), "tile_maps": tile_map.home_maps(site), "tile_defs": tile_map.defs()}
    return Page(addresses.HOME.page, "home.md.j2", context)


def forces_index_page(site: Site) -> Page:
    return Page(addresses.FORCES.page, "forces-index.md.j2", {"index": forces_index.forces_index(site)})


def national_page(site: Site, sections: tuple[national.Section, ...]) -> Page:
    context = {"sections": sections, "actions": national.national_actions(site), "tile_defs": tile_map.defs()}
    return Page(addresses.NATIONAL.page, "national.md.j2", context, "content/national")


def tiles_background(site: Site) -> Page:
    """The force pages' locator maps share one image of every force's tile."""
    return Page(
        addresses.TILES_BACKGROUND.page,
        "tiles-background.svg.j2",
        {"background": tile_map.background(site.content.tiles)},
        "content/national/tiles.yml",
    )


def force_page(site: Site, view: ForceView) -> Page:
    source = f"content/forces/{view.id}.yml" if view.has_record else "content/national/forces.yml"
    context = {
        "force": force.force_page(view, site.assessments, site.councils_source),
        "locator": tile_map.locator(view.id, view.name, site.content.tiles),
    }
    return Page(view.address.page, "force.md.j2", context, source, by_context=True)


def systems_page(site: Site) -> Page:
    context = {"register": systems.systems_register(site)}
    return Page(addresses.SYSTEMS.page, "systems.md.j2", context, "content/national/systems.yml")


def methodology_page(site: Site) -> Page:
    return Page(addresses.METHODOLOGY.page, "methodology.md.j2", {"methodology": methodology.methodology(site)})


def accessibility_page() -> Page:
    return Page(addresses.ACCESSIBILITY.page, "accessibility.md.j2", {})


def about_page(site: Site) -> Page:
    """The credit the council areas' licence asks for (content/national/areas.yml) is the about page's one fact."""
    return Page(addresses.ABOUT.page, "about.md.j2", {"councils_credit": site.content.areas.attribution})


def data_page(site: Site, downloads: dict[str, bytes]) -> Page:
    return Page(addresses.DATA.page, "data.md.j2", data.context(site, downloads))


def document_pages(site: Site) -> list[Page]:
    """The index of the documents the project holds, and one page per document."""
    pages = documents.document_pages(site)
    index = Page(
        addresses.DOCUMENTS.page,
        "documents-index.md.j2",
        {"pages": pages, "held": labels.number(len(pages))},
        "content/documents",
    )
    return [
        index,
        *(Page(p.address.page, "document.md.j2", {"doc": p}, f"content/documents/{p.document.id}.yml") for p in pages),
    ]


def all_pages(site: Site, downloads: dict[str, bytes] | None = None) -> list[Page]:
    extra = [data_page(site, downloads)] if downloads is not None else []
    sections = national.sections(site)
    fixed = [
        home_page(site),
        forces_index_page(site),
        national_page(site, sections),
        *extra,
        systems_page(site),
        methodology_page(site),
        accessibility_page(),
        about_page(site),
    ]
    return [
        *fixed,
        *document_pages(site),
        tiles_background(site),
        *(force_page(site, f) for f in site.forces),
    ]

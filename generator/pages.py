"""The page registry: every page of the site, with its output path, template and source record."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator import chart, data_page, export, feeds, labels, settings, systems_register, views
from generator.derive import Site
from generator.tables import ACTIONS, FINDINGS


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict[str, Any] = field(compare=False)
    source: str | None = None


# `entries` below: views.force_entries(site), made once by all_pages for every page that lists the forces.
def home(site: Site, entries: tuple[views.ForceEntry, ...]) -> Page:
    return Page("index.md", "home.md.j2", {"site": site, "headline": views.headline(site), "forces": entries})


def forces_index(site: Site, entries: tuple[views.ForceEntry, ...]) -> Page:
    return Page("forces/index.md", "forces-index.md.j2", {"site": site, "index": views.forces_index(site, entries)})


def national(site: Site) -> Page:
    rounds = [(n, chart.figures(n), labels.citations(n.assessment.sources)) for n in site.national]
    return Page("national.md", "national.md.j2", {"site": site, "rounds": rounds}, "content/national")


def charts(site: Site) -> list[Page]:
    return [Page(f.chart.path, "chart.svg.j2", {"chart": f.chart}, "content/national")
            for n in site.national for f in chart.figures(n) if f.chart]


def force(site: Site, entry: views.ForceEntry) -> Page:
    source = f"content/forces/{entry.id}.yml" if entry.view else "content/national/forces.yml"
    return Page(entry.path, "force.md.j2", {"site": site, "entry": entry}, source)


def systems(site: Site, entries: tuple[views.ForceEntry, ...]) -> Page:
    return Page("systems.md", "systems.md.j2", {"site": site, "systems": systems_register.systems_register(site, entries)},
                "content/national/systems.yml")


def methodology(site: Site) -> Page:
    return Page("methodology.md", "methodology.md.j2", {"site": site, "marks": {a.id: views.marks_for(a) for a in site.content.assessments}})


def accessibility(site: Site) -> Page:
    return Page("accessibility.md", "accessibility.md.j2", {"site": site, "settings": settings})


def about(site: Site) -> Page:
    return Page("about.md", "about.md.j2", {"site": site, "settings": settings})


def data(site: Site, downloads: dict[str, bytes]) -> Page:
    context = {"site": site, "downloads": data_page.describe(downloads), "schemas": data_page.schema_paths(downloads),
               "tables": (FINDINGS, ACTIONS), "version": export.SCHEMA_VERSION, "licence": export.LICENCE,
               "site_feed": feeds.SITE_FEED, "site_feed_entries": feeds.SITE_FEED_ENTRIES, "feed_of": feeds.force_feed_path}
    return Page("data.md", "data.md.j2", context)


def all_pages(site: Site, downloads: dict[str, bytes] | None = None) -> list[Page]:
    extra = [data(site, downloads)] if downloads is not None else []
    entries = views.force_entries(site)
    fixed = [home(site, entries), forces_index(site, entries), national(site), *extra, systems(site, entries),
             methodology(site), accessibility(site), about(site)]
    return [*fixed, *charts(site), *(force(site, e) for e in entries)]

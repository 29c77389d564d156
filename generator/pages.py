"""The page registry: every page of the site, with its output path, template and source record."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator import export, feeds
from generator.derive import ForceView, Site
from generator.tables import ACTIONS, FINDINGS


@dataclass(frozen=True)
class Page:
    path: str
    template: str
    context: dict[str, Any] = field(compare=False)
    source: str | None = None


def home(site: Site) -> Page:
    return Page("index.md", "home.md.j2", {"site": site})


def forces_index(site: Site) -> Page:
    return Page("forces/index.md", "forces-index.md.j2", {"site": site})


def national(site: Site) -> Page:
    return Page("national.md", "national.md.j2", {"site": site})


def force(site: Site, view: ForceView) -> Page:
    return Page(view.path, "force.md.j2", {"site": site, "view": view}, f"content/forces/{view.force.id}.yml")


def data(site: Site, downloads: dict[str, bytes]) -> Page:
    context = {"site": site, "downloads": export.describe(downloads), "schemas": export.schema_paths(downloads),
               "tables": (FINDINGS, ACTIONS), "version": export.SCHEMA_VERSION, "licence": export.LICENCE,
               "site_feed": feeds.SITE_FEED, "feed_of": feeds.force_feed_path}
    return Page("data.md", "data.md.j2", context)


def all_pages(site: Site, downloads: dict[str, bytes] | None = None) -> list[Page]:
    extra = [data(site, downloads)] if downloads is not None else []
    return [home(site), forces_index(site), national(site), *extra, *(force(site, v) for v in site.forces)]

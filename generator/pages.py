"""The page registry: every page of the site, with its output path, template and source record."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.derive import ForceView, Site


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


def all_pages(site: Site) -> list[Page]:
    return [home(site), forces_index(site), national(site), *(force(site, v) for v in site.forces)]

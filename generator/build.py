"""The pipeline, top to bottom: load (load/) -> check (check/) -> derive -> downloads and feeds (data/) -> pages
(pages/) -> render -> write. `check` stops at the first stage with problems; nothing is written then."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from generator import model as m
from generator.check.validate import validate
from generator.data import export, feeds
from generator.derive import Site, derive
from generator.load.records import Inputs, load_all
from generator.pages.registry import Page, all_pages
from generator.problems import Problem
from generator.render import render
from generator.write import write_tree

DOCS = Path("build/docs")


@dataclass
class Result:
    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0
    site: Site | None = None
    pages: list[Page] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    inputs: Inputs | None = None  # what was loaded, for the next build of the same folder (`make serve`)


def check(root: Path, today: dt.date | None = None, earlier: Inputs | None = None) -> tuple[m.Content | None, Result]:
    """Load and validate every record under root/content; with `today`, no date may be later. `earlier`: what an
    earlier build of the same folder loaded (files unchanged since are not read again)."""
    return check_loaded(load_all(root, earlier), today)


def check_loaded(loaded: Inputs, today: dt.date | None = None) -> tuple[m.Content | None, Result]:
    """Validate loaded records; with `today`, no date may be later."""
    content_model, problems = validate(loaded, today)
    return content_model, Result(problems, len(loaded.files()), inputs=loaded)


def render_site(root: Path, site: Site, base: str = "") -> tuple[list[Page], dict[str, bytes]]:
    """Every page rendered, plus the data downloads, the feeds and the static assets, as relative path -> bytes.
    `base` is the site's public address ending in '/' (for absolute links in feeds), or ''."""
    downloads = export.files(site) | feeds.files(site, base)
    pages = all_pages(site, downloads)
    files = {p.path: render(root / "templates", p.template, p.context, p.path).encode() for p in pages}
    files.update(downloads)
    static = root / "static"
    for path in sorted(static.rglob("*")) if static.is_dir() else []:
        if path.is_file():
            files[path.relative_to(static).as_posix()] = path.read_bytes()
    return pages, files


def build(root: Path, out: Path, today: dt.date, base: str = "", earlier: Inputs | None = None) -> Result:
    """Check, derive, render, write. `earlier`: as for `check`."""
    content, result = check(root, today, earlier)
    if content is None:
        return result
    result.site = derive(content, today)
    result.pages, files = render_site(root, result.site, base)
    result.written, result.removed = write_tree(files, out)
    return result

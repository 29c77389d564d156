"""The pipeline, top to bottom: load (load/) -> check (check/) -> derive -> downloads and feeds (data/) -> pages
(pages/) -> render -> write. `check` stops at the first stage with problems; nothing is written then."""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
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
    rendered: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)  # see render_site


def check(root: Path, today: dt.date | None = None, earlier: Inputs | None = None) -> tuple[m.Content | None, Result]:
    """Load and validate every record under root/content; with `today`, no date may be later. `earlier`: what an
    earlier build of the same folder loaded (files unchanged since are not read again)."""
    return check_loaded(load_all(root, earlier), today)


def check_loaded(loaded: Inputs, today: dt.date | None = None) -> tuple[m.Content | None, Result]:
    """Validate loaded records; with `today`, no date may be later."""
    content_model, problems = validate(loaded, today)
    return content_model, Result(problems, len(loaded.files()), inputs=loaded)


def render_site(
    root: Path, site: Site, base: str = "", earlier: dict[str, tuple[bytes, bytes]] | None = None
) -> tuple[list[Page], dict[str, bytes], dict[str, tuple[bytes, bytes]]]:
    """Every page rendered, plus the data downloads, the feeds and the static assets, as relative path -> bytes.
    `base` is the site's public address ending in '/' (for absolute links in feeds), or ''.

    With `earlier` (`make serve`: what the last build of the same folder returned here; {} for its first), also,
    for each page made from one small view (Page.by_context: a force page), its fingerprint and bytes: a digest of
    the templates and of its context, pickled. Such a page whose fingerprint is in `earlier` is not rendered again:
    the same templates given the same context write the same page."""
    downloads = export.files(site) | feeds.files(site, base)
    pages = all_pages(site, downloads)
    templates = root / "templates"
    stamp = hashlib.sha256()
    for path in sorted(p for p in templates.rglob("*") if p.is_file()) if earlier is not None else []:
        stamp.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    stamp_digest, files, rendered = stamp.digest(), {}, {}
    for page in pages:
        key = _fingerprint(stamp_digest, page) if page.by_context and earlier is not None else None
        before = (earlier or {}).get(page.path)
        files[page.path] = (
            before[1]
            if key and before and before[0] == key
            else render(templates, page.template, page.context, page.path).encode()
        )
        if key:
            rendered[page.path] = (key, files[page.path])
    files.update(downloads)
    static = root / "static"
    for path in sorted(static.rglob("*")) if static.is_dir() else []:
        if path.is_file():
            files[path.relative_to(static).as_posix()] = path.read_bytes()
    return pages, files, rendered


def _fingerprint(templates: bytes, page: Page) -> bytes | None:
    """A digest of the templates' digest, the page's template and its context, pickled (its types and values, in
    order); None if the context cannot be pickled."""
    try:
        data = pickle.dumps(page.context, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
    return hashlib.sha256(templates + page.template.encode() + b"\0" + data).digest()


def build(root: Path, out: Path, today: dt.date, base: str = "", earlier: Result | None = None) -> Result:
    """Check, derive, render, write. `earlier`: the last build of the same folder (`make serve`; an empty Result for
    its first): files unchanged since are not read again, and pages made from an unchanged view not rendered again
    (check, render_site)."""
    content, result = check(root, today, earlier.inputs if earlier else None)
    if content is None:
        result.rendered = earlier.rendered if earlier else {}  # kept for the next build
        return result
    result.site = derive(content, today)
    result.pages, files, result.rendered = render_site(root, result.site, base, earlier.rendered if earlier else None)
    result.written, result.removed = write_tree(files, out)
    return result

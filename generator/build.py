"""The pipeline, top to bottom: load -> validate -> derive -> pages -> render -> write."""
from __future__ import annotations

import datetime as dt
import gc
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator import export, feeds, workers
from generator import model as m
from generator.derive import Site, derive
from generator.gather import Inputs, load_all
from generator.pages import Page, all_pages
from generator.problems import Problem
from generator.render import render
from generator.validate import validate
from generator.write import finish, staging, write_new, write_tree

if TYPE_CHECKING:
    from concurrent.futures import Future

DOCS = Path("build/docs")


@dataclass
class Result:
    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0
    site: Site | None = None
    pages: list[Page] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    processes: int = 1  # how many processes loaded and rendered (generator/workers.py)


def check(root: Path, today: dt.date | None = None) -> tuple[m.Content | None, Result]:
    """Load and validate every record under root/content; with `today`, no date may be later."""
    return check_loaded(load_all(root), today)


def check_loaded(loaded: Inputs, today: dt.date | None = None) -> tuple[m.Content | None, Result]:
    """Validate loaded records; with `today`, no date may be later."""
    content_model, problems = validate(loaded.assessments, loaded.force_list, loaded.systems, loaded.forces, today)
    result = Result(sorted(set(problems + loaded.stray)), len(loaded.assessments) + len(loaded.forces) + 2)
    return (None if result.problems else content_model), result


def render_site(root: Path, site: Site, base: str = "", helper: Future | None = None) -> tuple[list[Page], dict[str, bytes | None]]:
    """Every page rendered, plus downloads, feeds and static assets, as relative path -> bytes. Writes nothing.

    `base` is the site's public address ending in '/' (for absolute links in feeds), or ''. `helper`: the
    forked helper of `workers.helper(n, helper_share, root, site, base, into)`, already making the feeds and
    its share of the pages; without one, all is done here. (With `into`, the helper's files are written by
    the helper, and are None here.)
    """
    if helper is None:
        downloads = export.files(site) | feeds.files(site, base)
        pages = all_pages(site, downloads)
        files = {p.path: _render(root, p) for p in pages}
        files.update(downloads)
    else:
        exported = export.files(site)
        pages = all_pages(site, exported)  # the Data page lists the data downloads, not the feeds
        theirs = {p.path for p in _helper_pages(pages)}
        mine = {p.path: _render(root, p) for p in pages if p.path not in theirs}
        feed_files, rendered = helper.result()
        files = {p.path: mine[p.path] if p.path in mine else rendered[p.path] for p in pages}
        files.update(exported)
        files.update(feed_files)
    static = root / "static"
    for path in sorted(static.rglob("*")) if static.is_dir() else []:
        if path.is_file():
            files[path.relative_to(static).as_posix()] = path.read_bytes()
    return pages, files


def _render(root: Path, page: Page) -> bytes:
    return render(root / "templates", page.template, page.context, page.path).encode()


def _helper_pages(pages: list[Page]) -> list[Page]:
    """The helper's share of the pages: four force pages in five. The parent makes the data downloads and
    every other page meanwhile, and the helper the feeds: about half the work each."""
    force_pages = [p for p in pages if p.template == "force.md.j2"]
    return [p for k, p in enumerate(force_pages) if k % 5]


def helper_share(root: Path, site: Site, base: str, into: Path | None = None) -> tuple[dict[str, bytes | None], dict[str, bytes | None]]:
    """In the helper process: the feeds, and its share of the pages rendered. With `into` (a build into a new
    output folder: see write.staging) they are written there, meanwhile, and come back as names only (None)."""
    feed_files: dict[str, bytes | None] = dict(feeds.files(site, base))
    rendered: dict[str, bytes | None] = {p.path: _render(root, p) for p in _helper_pages(all_pages(site))}
    if into is not None:
        write_new({**feed_files, **rendered}, into)
        feed_files, rendered = dict.fromkeys(feed_files), dict.fromkeys(rendered)
    return feed_files, rendered


@contextmanager
def paused_gc() -> Iterator[None]:
    """One build makes many small objects and frees few: pausing the cyclic collector saves a
    quarter of the generator's time at 5,000 records (see scripts/bench.py). Reference counting
    still frees everything. Afterwards what the build made is frozen (gc.freeze) before the collector
    resumes: else its first pass walks every object of the build, a tenth of a second per 500 records,
    to find the few dozen in reference cycles that a build leaves. `serve` unfreezes them after each
    build, so over a long session the collector still sees them (it does not leak)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def build(root: Path, out: Path, today: dt.date, base: str = "", processes: int | None = None,
          stage: Callable[[str], None] = lambda name: None) -> Result:
    """Check, derive, render, write. `processes`: 1 or 2; by default 2 for a site big enough to gain from it.
    `stage(name)` is called as each stage ends (load, validate, render, write): scripts/bench_stages.py times them."""
    with paused_gc():
        loaded = load_all(root, processes)
        stage("load")
        content, result = check_loaded(loaded, today)
        stage("validate")
        if content is None:
            return result
        result.site = derive(content, today)
        result.processes = workers.wanted(len(content.forces), processes)
        into = staging(out) if result.processes > 1 else None
        try:
            with workers.helper(result.processes, helper_share, root, result.site, base, into) as helper:
                result.pages, files = render_site(root, result.site, base, helper)
                stage("render")
            result.written, result.removed = finish(files, into, out) if into else write_tree(files, out)
            stage("write")
        except BaseException:
            if into:
                shutil.rmtree(into, ignore_errors=True)
            raise
        return result

"""Every file of the site made: the pages rendered, the data downloads, the feeds and the static assets.

Writes nothing, except into a new output folder that is not the output yet (`into`, see write.staging).
For a large site, a forked helper process (generator/workers.py) makes the feeds and then takes force
pages from a queue, as this process does once it has made the downloads and the other pages.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from generator import export, feeds, workers
from generator.derive import Site
from generator.pages import Page, all_pages
from generator.render import render
from generator.write import write_new

if TYPE_CHECKING:
    from concurrent.futures import Future


def render_site(root: Path, site: Site, base: str = "", helper: Future | None = None, queue: workers.Queue | None = None,
                into: Path | None = None) -> tuple[list[Page], dict[str, bytes | None]]:
    """Every page rendered, plus downloads, feeds and static assets, as relative path -> bytes.

    `base` is the site's public address ending in '/' (for absolute links in feeds), or ''. `helper`: the
    forked helper of `workers.helper(n, helper_share, root, site, base, queue, into)`, already making the
    feeds and then force pages from `queue`, which this process also takes from once its other pages are
    made; without one, all is done here. With `into` (a build into a new output folder: see write.staging),
    each process writes the pages it makes there as it goes, and they are None here.
    """
    if helper is None or queue is None:
        downloads = export.files(site) | feeds.files(site, base)
        pages = all_pages(site, downloads)
        files: dict[str, bytes | None] = {p.path: _render(root, p) for p in pages}
        files.update(downloads)
    else:
        exported = export.files(site)
        pages = all_pages(site, exported)  # the Data page lists the data downloads, not the feeds
        mine = _made(root, [p for p in pages if p.template != _FORCE], into)
        mine.update(_made(root, queue.take(_force_pages(pages)), into))
        feed_files, rendered = helper.result()
        files = {p.path: mine[p.path] if p.path in mine else rendered[p.path] for p in pages}
        files.update(exported)
        files.update(feed_files)
    static = root / "static"
    for path in sorted(static.rglob("*")) if static.is_dir() else []:
        if path.is_file():
            files[path.relative_to(static).as_posix()] = path.read_bytes()
    return pages, files


# The page type there is one of per force: the pages handed out by the queue. (Were it renamed, the parent
# would make them all itself: the same bytes, on one core.)
_FORCE = "force.md.j2"


def _render(root: Path, page: Page) -> bytes:
    return render(root / "templates", page.template, page.context, page.path).encode()


def _force_pages(pages: list[Page]) -> list[Page]:
    return [p for p in pages if p.template == _FORCE]


def helper_share(root: Path, site: Site, base: str, queue: workers.Queue,
                 into: Path | None = None) -> tuple[dict[str, bytes | None], dict[str, bytes | None]]:
    """In the helper process: the feeds, then force pages from `queue` until none are left (the parent makes
    the data downloads and the other pages meanwhile, then takes from the queue too). With `into` (a build
    into a new output folder: see write.staging) they are written there, meanwhile, and come back as names."""
    feed_files: dict[str, bytes | None] = dict(feeds.files(site, base))
    if into is not None:
        write_new(feed_files, into)
        feed_files = dict.fromkeys(feed_files)
    return feed_files, _made(root, queue.take(_force_pages(all_pages(site))), into)


def _made(root: Path, pages: Iterable[Page], into: Path | None) -> dict[str, bytes | None]:
    """The pages rendered; with `into`, each written there as soon as it is made, and None here."""
    made: dict[str, bytes | None] = {}
    folders: set[Path] = set()
    for page in pages:
        data = _render(root, page)
        if into is not None:
            write_new({page.path: data}, into, folders)
        made[page.path] = None if into is not None else data
    return made

"""The pipeline, top to bottom: load -> validate -> derive -> pages -> render -> write."""
from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator import export, feeds
from generator import model as m
from generator.derive import Site, derive
from generator.load import Loaded, load_file
from generator.pages import Page, all_pages
from generator.problems import Problem, display_path
from generator.render import render
from generator.validate import validate
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


def check(root: Path, today: dt.date | None = None) -> tuple[m.Content | None, Result]:
    """Load and validate every record under root/content; with `today`, no date may be later."""
    content = root / "content"
    national, forces = content / "national", content / "forces"

    def load(path: Path) -> Loaded:
        shown = display_path(path, root)
        if not path.is_file():
            return Loaded(shown, problems=[Problem(shown, 1, 1, "", "this file is missing; restore it from the repository")])
        return load_file(path, shown)

    assessments = [load(p) for p in sorted(national.glob("assessment-*.yml"))]
    force_files = [load(p) for p in sorted(forces.glob("*.yml"))]
    stray = [
        Problem(display_path(p, root), 1, 1, "", "unexpected file; a force record is named like `kent.yml`, an assessment like `assessment-2017.yml`")
        for folder, allowed in ((forces, "*.yml"), (national, "*.yml"))
        for p in sorted(folder.iterdir()) if folder.is_dir() and p.is_file() and not p.match(allowed)
    ]
    if not assessments:
        stray.append(Problem(display_path(national, root), 1, 1, "", "no national assessment found; add content/national/assessment-YYYY.yml"))
    content_model, problems = validate(assessments, load(national / "forces.yml"), load(national / "systems.yml"), force_files, today)
    result = Result(sorted(set(problems + stray)), len(assessments) + len(force_files) + 2)
    return (None if result.problems else content_model), result


def render_site(root: Path, site: Site, base: str = "") -> tuple[list[Page], dict[str, bytes]]:
    """Every page rendered, plus downloads, feeds and static assets, as relative path -> bytes. Writes nothing.

    `base` is the site's public address ending in '/' (for absolute links in feeds), or ''.
    """
    downloads = export.files(site) | feeds.files(site, base)
    pages = all_pages(site, downloads)
    files = {p.path: render(root / "templates", p.template, p.context, p.path).encode() for p in pages}
    files.update(downloads)
    static = root / "static"
    for path in sorted(static.rglob("*")) if static.is_dir() else []:
        if path.is_file():
            files[path.relative_to(static).as_posix()] = path.read_bytes()
    return pages, files


@contextmanager
def paused_gc() -> Iterator[None]:
    """One build makes many small objects and frees few: pausing the cyclic collector saves a
    quarter of the generator's time at 5,000 records (see scripts/bench.py). Reference counting
    still frees everything; the collector resumes afterwards (a long `serve` does not leak)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build(root: Path, out: Path, today: dt.date, base: str = "") -> Result:
    with paused_gc():
        content, result = check(root, today)
        if content is None:
            return result
        result.site = derive(content, today)
        result.pages, files = render_site(root, result.site, base)
        result.written, result.removed = write_tree(files, out)
        return result

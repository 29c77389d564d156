"""The pipeline, top to bottom: load -> validate -> derive -> pages -> render -> write."""
from __future__ import annotations

import datetime as dt
import gc
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator import workers
from generator import model as m
from generator.derive import Site, derive
from generator.gather import Inputs, load_all
from generator.pages import Page
from generator.problems import Problem
from generator.site_files import helper_share, render_site
from generator.validate import validate
from generator.write import finish, staging, write_tree

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
        queue = workers.Queue() if result.processes > 1 else None
        into = staging(out) if queue else None
        try:
            with workers.helper(result.processes, helper_share, root, result.site, base, queue, into) as helper:
                result.pages, files = render_site(root, result.site, base, helper, queue, into)
                stage("render")
            result.written, result.removed = finish(files, into, out) if into else write_tree(files, out)
            stage("write")
        except BaseException:
            if into:
                shutil.rmtree(into, ignore_errors=True)
            raise
        return result

"""Two processes build the same bytes as one: same files, same written and removed lists, same problems."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator import workers
from generator.build import build as generator_build
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from bench_records import write_content  # noqa: E402

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def build():
    """`generator.build.build`, run in a fresh process (spawned: fork and exec) that has no other thread.

    A build with 2 processes forks. Forked from pytest's own process, the copy would hold whatever another
    thread had locked at that moment: by this point of the suite Playwright's driver, its child watcher
    and the test web servers all run threads there. Forking from a process that is only a build is safe."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield lambda *args, **kwargs: pool.submit(_build, *args, **kwargs).result()


def _build(*args, **kwargs) -> SimpleNamespace:
    """What the tests compare of a build's result, in a form that crosses between processes."""
    result = generator_build(*args, **kwargs)
    return SimpleNamespace(processes=result.processes, problems=[str(p) for p in result.problems],
                           pages=[SimpleNamespace(path=p.path) for p in result.pages],
                           written=result.written, removed=result.removed)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("synthetic", [False, True], ids=["real content", "synthetic content"])
def test_two_processes_write_the_same_site_as_one(build, tmp_path, synthetic):
    root = write_content(tmp_path / "repo", 9) if synthetic else ROOT
    one = build(root, tmp_path / "one", TODAY, "https://example.org/", processes=1)
    two = build(root, tmp_path / "two", TODAY, "https://example.org/", processes=2)
    assert (one.processes, two.processes) == (1, 2)
    assert not one.problems and not two.problems
    assert [p.path for p in two.pages] == [p.path for p in one.pages]
    assert two.written == one.written and len(one.written) > 20
    assert tree(tmp_path / "two") == tree(tmp_path / "one")


def test_two_processes_write_only_changes_and_remove_stale_files(build, tmp_path):
    root = write_content(tmp_path / "repo", 4)
    out = tmp_path / "docs"
    build(root, out, TODAY, processes=2)
    (out / "stale.md").write_text("old")
    (out / "forces" / "gone").mkdir()
    (out / "forces" / "gone" / "x.md").write_text("old")
    page = out / "forces" / "bench-force-00002.md"
    page.write_text("edited by hand")
    again = build(root, out, TODAY, processes=2)
    assert again.written == ["forces/bench-force-00002.md"]
    assert again.removed == ["stale.md", "forces/gone/x.md"]
    assert not (out / "forces" / "gone").exists()
    assert tree(out) == tree(_fresh(build, root, tmp_path / "fresh"))


def _fresh(build, root: Path, out: Path) -> Path:
    build(root, out, TODAY, processes=1)
    return out


def test_problems_are_the_same_whatever_the_processes(build, tmp_path):
    """The helper loads every other record and passes it back without positions: a problem found later
    (in the model, by a rule) still gets its line and column."""
    root = write_content(tmp_path / "repo", 4)
    forces = root / "content" / "forces"
    typing = forces / "bench-force-00002.yml"  # the helper's share
    typing.write_text(typing.read_text().replace("country: England", "country: Englnd").replace("date: '2017-10-02'", "date: 2017-13-02"))
    rules = forces / "bench-force-00004.yml"  # the helper's share too
    rules.write_text(rules.read_text().replace("source: pcc-letter", "source: nowhere", 1) + "name: Twice\n")
    one = build(root, tmp_path / "one", TODAY, processes=1)
    two = build(root, tmp_path / "two", TODAY, processes=2)
    shown = [str(p) for p in one.problems]
    assert any("bench-force-00002.yml" in p and "country" in p for p in shown)
    assert any("bench-force-00004.yml" in p and "'nowhere' is not a source" in p for p in shown)
    assert any("bench-force-00004.yml" in p and "duplicate key" in p for p in shown)
    assert [str(p) for p in two.problems] == shown
    assert not (tmp_path / "two").exists()


def test_the_number_of_processes_follows_the_size_of_the_site():
    two = 2 if hasattr(os, "fork") else 1  # without fork, always one
    assert workers.wanted(43, 1) == 1 and workers.wanted(5000, 1) == 1
    assert workers.wanted(5, 2) == two
    assert workers.wanted(43) == 1  # the real content: a fork would cost more than it saves
    assert workers.wanted(5000) == (two if workers.cores() >= 2 else 1)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_build_that_fails_while_rendering_leaves_no_output(build, tmp_path, processes):
    """Into a new output folder, two processes write while they render, into a folder beside it that is
    renamed at the end: a failure on the way leaves neither."""
    root = write_content(tmp_path / "repo", 6)
    force = root / "templates" / "force.md.j2"
    force.write_text(force.read_text() + "{{ no_such_value }}\n")
    out = tmp_path / "out" / "docs"
    with pytest.raises(Exception, match="no_such_value"):
        build(root, out, TODAY, processes=processes)
    assert not out.exists()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())

"""The build's handling of Python's cyclic garbage collector (build.paused_gc)."""
import datetime as dt
import gc

from generator.build import build
from tests.conftest import ROOT


def test_the_collector_resumes_after_a_build_with_the_build_frozen(tmp_path):
    gc.unfreeze()
    assert gc.isenabled()
    result = build(ROOT, tmp_path / "docs", dt.date(2026, 11, 22))
    assert not result.problems
    assert gc.isenabled()
    assert gc.get_freeze_count() > 10_000  # the build's objects: not walked by the collector's next pass
    gc.unfreeze()  # as `serve` does after each build: the collector sees them again
    assert gc.get_freeze_count() == 0

"""The build's second core: a helper process, forked for a stage, does its share of the stage's work.

Forked, the helper shares the parent's memory (the file list; later the validated model and derived site)
without copying or pickling it; only its results come back: loaded records without their positions,
rendered bytes. A small site, a machine with one core, or a platform without `fork` builds in one process:
a fork costs more than it saves there. The output is the same bytes either way (tests/test_workers.py).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import Future

# Below this many force records, one process: each of the two stages that fork costs about 30 ms more CPU
# (the helper's start, its copies of the pages it touches, its exit), a record about 2.5 ms in all; at 100
# records two processes were sometimes slower on a busy machine.
MIN_RECORDS = 200

# The job the parent hands the helper, with its arguments: in the helper's memory as they were in the
# parent's, through the fork (not pickled). Set only while `helper` starts one.
_shared: dict[str, Any] = {}


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def wanted(records: int, processes: int | None = None) -> int:
    """How many processes build a site of `records` forces: `processes` (1 or 2) if given, else 2 on a
    multi-core machine for a site big enough to gain from it, else 1. Always 1 without `fork`."""
    if not hasattr(os, "fork"):
        return 1
    if processes is not None:
        return max(1, min(processes, 2))
    return 2 if cores() >= 2 and records >= MIN_RECORDS else 1


@contextmanager
def helper(processes: int, job: Callable[..., Any], *args: Any) -> Iterator[Future | None]:
    """With 2 processes: the future result of `job(*args)`, run meanwhile in a forked helper process. The job
    and its arguments reach the helper through the fork, so they may be the whole site; only the result is
    pickled back. With 1 process: None, and the caller does the work itself."""
    if processes < 2:
        yield None
        return
    import multiprocessing  # only a large build needs these (and their start-up time)
    from concurrent.futures import ProcessPoolExecutor

    _shared["job"] = job, args  # set before the pool exists: the fork that makes the helper copies it
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            yield pool.submit(_run)
    finally:
        _shared.clear()


def _run() -> Any:
    job, args = _shared.pop("job")
    return job(*args)


class Queue:
    """Items handed out one at a time, each to the first process that asks (a counter in memory shared through
    the fork): the parent and the helper both take from it when their other work is done, so neither waits
    for the other however fast each one's share of the work goes. Which process makes which item varies;
    what each makes does not."""

    def __init__(self) -> None:
        import multiprocessing

        self._next = multiprocessing.get_context("fork").Value("q", 0)

    def take(self, items: list[Any]) -> Iterator[Any]:
        """The items this process is to make, in order, until there are none left."""
        while True:
            with self._next.get_lock():
                k = self._next.value
                self._next.value = k + 1
            if k >= len(items):
                return
            yield items[k]

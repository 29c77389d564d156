"""The build's second core: one helper process, forked once the model is built, renders and writes its share.

Forked, the helper shares the parent's validated model and derived site without copying or pickling them;
only rendered bytes (and, for writing, file names and bytes) cross between the processes. A small site,
a machine with one core, or a platform without `fork` builds in one process: a fork costs more than it
saves there. The output is the same bytes either way (tests/test_workers.py).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future

# Below this many force records, one process: forking and joining cost about 20 ms, a record about 2 ms.
MIN_RECORDS = 100

# What the parent hands the helper at the fork: a function and its arguments, in the helper's memory as they
# were in the parent's (no pickling). Set only between `helper()` and the first `submit`.
_shared: dict[str, Any] = {}


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def wanted(records: int, workers: int | None = None) -> int:
    """How many processes build a site of `records` forces: `workers` if given, else 2 on a multi-core
    machine for a site big enough to gain from it, else 1."""
    if not hasattr(os, "fork"):
        return 1
    if workers is not None:
        return max(1, min(workers, 2))
    return 2 if cores() >= 2 and records >= MIN_RECORDS else 1


@contextmanager
def helper(processes: int, job: Callable[..., Any], *args: Any) -> Iterator[tuple[Executor, Future] | None]:
    """With 2 processes: a forked helper already running `job(*args)`, as (pool, future of its result); the
    pool takes later tasks (their arguments pickled). The job and its arguments reach the helper through the
    fork, not through pickling, so they may be the whole site; only its result is pickled back.
    With 1 process: None, and the caller does the work itself."""
    if processes < 2:
        yield None
        return
    import multiprocessing  # only a large build needs these (and their start-up time)
    from concurrent.futures import ProcessPoolExecutor

    _shared["job"] = job, args  # set before the pool exists: the fork that makes the helper copies it
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            yield pool, pool.submit(_run)
    finally:
        _shared.clear()


def _run() -> Any:
    job, args = _shared.pop("job")
    return job(*args)


# What `helper` yields with 2 processes: the pool (for later tasks) and the future of the forked job's result.
Helper = tuple["Executor", "Future"]

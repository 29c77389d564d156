"""Run the generator's stages on one repository folder, timing each; print the times as JSON.

Run as its own process by scripts/bench.py, so that its wall time and peak memory
are the generator's alone:  python scripts/bench_stages.py ROOT OUT
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.build import build  # noqa: E402
from generator.cli import today  # noqa: E402


def stages(root: Path, out: Path) -> dict[str, float]:
    """generator.build.build itself, each stage timed as it ends (wall, and CPU)."""
    times: dict[str, float] = {}
    start = time.perf_counter(), time.process_time()

    def lap(name: str) -> None:
        """Record the stage's wall time as `name` and its CPU time as `name_cpu`."""
        nonlocal start
        now = time.perf_counter(), time.process_time()
        times[name], times[f"{name}_cpu"] = now[0] - start[0], now[1] - start[1]
        start = now

    result = build(root, out, today(), "", lap)
    if result.problems:
        raise SystemExit("\n".join(map(str, result.problems[:20])))
    return times


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    print(json.dumps(stages(args.root, args.out)))

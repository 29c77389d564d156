"""Run the generator's stages on one repository folder, timing each; print the times as JSON.

Run as its own process by scripts/bench.py, so that its wall time and peak memory
are the generator's alone:  python scripts/bench_stages.py ROOT OUT
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.build import paused_gc, render_site  # noqa: E402
from generator.derive import derive  # noqa: E402
from generator.load import load_file  # noqa: E402
from generator.problems import display_path  # noqa: E402
from generator.validate import validate  # noqa: E402
from generator.write import write_tree  # noqa: E402
from generator.cli import today  # noqa: E402


def stages(root: Path, out: Path) -> dict[str, float]:
    """The stages of generator.build.build, one by one, each timed (wall and CPU)."""
    national, forces = root / "content" / "national", root / "content" / "forces"
    times: dict[str, float] = {}
    start = time.perf_counter(), time.process_time()

    def lap(name: str) -> None:
        """Record the stage's wall time as `name` and its CPU time as `name_cpu`."""
        nonlocal start
        now = time.perf_counter(), time.process_time()
        times[name], times[f"{name}_cpu"] = now[0] - start[0], now[1] - start[1]
        start = now

    def load(path: Path):
        return load_file(path, display_path(path, root))

    assessments = [load(p) for p in sorted(national.glob("assessment-*.yml"))]
    listed, systems = load(national / "forces.yml"), load(national / "systems.yml")
    records = [load(p) for p in sorted(forces.glob("*.yml"))]
    lap("load")
    content, problems = validate(assessments, listed, systems, records, today())
    if problems:
        raise SystemExit("\n".join(map(str, problems[:20])))
    lap("validate")
    _, files = render_site(root, derive(content, today()))
    lap("render")
    write_tree(files, out)
    lap("write")
    return times


if __name__ == "__main__":
    with paused_gc():  # as generator.build.build does
        print(json.dumps(stages(Path(sys.argv[1]), Path(sys.argv[2]))))

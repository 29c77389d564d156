"""`make bench`: the real pipeline on synthetic content of N forces, timed, sized, checked against budgets.

The site publishes the 43 forces of England and Wales: N = 43 fully filled synthetic records is the largest
this site can be; 500 and 5,000 are a stress test (does the time per record stay flat?). For each N: writes N
synthetic records into a temporary folder (scripts/bench_records.py), runs the generator's stages in their own
process (scripts/bench_stages.py), then `mkdocs build` with the real mkdocs.yml, and measures time, peak memory
and sizes. Then the real content: `make site` with a warm .venv, the edit-to-browser latency under
`python -m generator serve`, and a force page's transfer size in Chromium (scripts/bench_browser.py).
Prints PASS/FAIL per budget; exits 1 on a FAIL. Time budgets are judged on wall time when the machine was idle
at the start (other processes used under 10% of its CPU over 3 seconds, read from /proc/stat; where there is
none, a load average under 0.5), else on CPU time (user + system); --wall or --cpu chooses. Compare the rows
of one run, not runs of different days.

    python scripts/bench.py                       # N = 43, 500, 5000 and the real-content budgets
    python scripts/bench.py --sizes 5 --no-real   # a smoke run
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_records import force_id, write_content  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


STAGES = ("load", "validate", "render", "write")


@dataclass
class Proc:
    """One finished process: wall time and CPU time (user + system) in seconds, peak memory in MB."""

    wall: float
    cpu: float
    mb: float
    out: str = ""


@dataclass
class Row:
    n: int
    stages: dict[str, float]
    gen: Proc
    engine: Proc
    page_kb: float
    site_mb: float
    index_mb: float
    index_gz_mb: float

    @property
    def generator(self) -> float:
        """The generator's own time: its four stages, without Python start-up."""
        return sum(self.stages[s] for s in STAGES)

    @property
    def generator_cpu(self) -> float:
        """The four stages' CPU in the generator's process."""
        return sum(self.stages[f"{s}_cpu"] for s in STAGES)

    @property
    def total(self) -> float:
        return self.gen.wall + self.engine.wall

    @property
    def cpu(self) -> float:
        return self.gen.cpu + self.engine.cpu


def run(cmd: list[str], cwd: Path = ROOT) -> Proc:
    """Run a command to completion; fail loudly if it fails."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, not all children's
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        if proc.returncode:
            raise SystemExit(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{out.read()}\n{err.read()}")
        return Proc(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read())


def measure(n: int, work: Path) -> Row:
    repo = write_content(work / "repo", n)
    docs, site = work / "docs", work / "site"
    gen = run([sys.executable, str(ROOT / "scripts" / "bench_stages.py"), str(repo), str(docs)])
    config = work / "mkdocs.yml"
    # Paths in an inherited config resolve against this file's folder: name the repository's own (as tests/conftest.py).
    overrides = f"theme:\n  custom_dir: {ROOT / 'overrides'}\n" if (ROOT / "overrides").is_dir() else ""
    config.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nsite_dir: {site}\n{overrides}")
    engine = run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config)])
    index = (site / "search" / "search_index.json").read_bytes()
    row = Row(n, json.loads(gen.out), gen, engine,
              (site / "forces" / force_id(1) / "index.html").stat().st_size / 1024,
              sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20,
              len(index) / 2**20, len(gzip.compress(index, 6)) / 2**20)
    shutil.rmtree(work)
    return row


COLUMNS = [
    ("N", 6, lambda r: f"{r.n}"),
    ("load", 6, lambda r: f"{r.stages['load']:.2f}"),
    ("valid", 6, lambda r: f"{r.stages['validate']:.2f}"),
    ("render", 6, lambda r: f"{r.stages['render']:.2f}"),
    ("write", 6, lambda r: f"{r.stages['write']:.2f}"),
    ("gen", 6, lambda r: f"{r.generator:.2f}"),
    ("gen+py", 6, lambda r: f"{r.gen.wall:.2f}"),
    ("engine", 6, lambda r: f"{r.engine.wall:.2f}"),
    ("total", 6, lambda r: f"{r.total:.2f}"),
    ("ms/rec", 6, lambda r: f"{r.total / r.n * 1000:.1f}"),
    ("genCPU", 6, lambda r: f"{r.generator_cpu:.2f}"),
    ("engCPU", 6, lambda r: f"{r.engine.cpu:.2f}"),
    ("totCPU", 6, lambda r: f"{r.cpu:.2f}"),
    ("genMB", 5, lambda r: f"{r.gen.mb:.0f}"),
    ("engMB", 5, lambda r: f"{r.engine.mb:.0f}"),
    ("pageKB", 6, lambda r: f"{r.page_kb:.1f}"),
    ("siteMB", 7, lambda r: f"{r.site_mb:.1f}"),
    ("idxMB", 6, lambda r: f"{r.index_mb:.2f}"),
    ("idxgzMB", 7, lambda r: f"{r.index_gz_mb:.2f}"),
]
LEGEND = ("times in seconds, wall clock unless CPU; gen = load+validate+render+write in the generator's process; "
          "gen+py = that process's wall time with Python start-up; total = gen+py + engine; CPU = user+system "
          "(genCPU: the four stages; totCPU: both commands whole); MB = peak resident memory; "
          "page = one force page's HTML; idx = search index, raw and gzip.\n"
          "Budgets on time are judged on wall time when the machine was idle at the start, else on CPU time "
          "(--wall, --cpu: choose): wall time on a busy machine measures the other users' load. Both commands run "
          "on one core: on an idle machine their CPU time is their wall time.")
IDLE = 0.10  # share of the machine's CPU used by other processes under which it counts as idle
IDLE_LOAD = 0.5  # without /proc/stat: the load average (1 minute) under which it counts as idle


def others_busy(seconds: float = 3.0) -> float | None:
    """The share of all cores' time that other processes used over `seconds` while this one slept, from
    /proc/stat (Linux); None where there is none. Unlike the load average, which takes minutes to fall
    after a run, this says what the machine is doing now."""
    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]  # all time, idle + iowait
    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    return 1 - (idle1 - idle0) / max(total1 - total0, 1)


def table_line(cells) -> str:
    return " ".join(str(cell).rjust(width) for cell, (_, width, _) in zip(cells, COLUMNS))


def budgets(rows: list[Row], wall: bool) -> list[tuple[str, bool]]:
    """Each budget, PASS or FAIL, on wall time (`wall`) or CPU time, with the other figure beside it."""
    checks = []
    by_n = {r.n: r for r in rows}
    kind = "wall" if wall else "CPU"
    total = (lambda r: r.total) if wall else (lambda r: r.cpu)
    if 5000 in by_n:
        big = by_n[5000]
        checks.append((f"5,000 records end to end {total(big):.1f} s {kind} (<= 90 s; wall {big.total:.1f} s, CPU {big.cpu:.1f} s)",
                       total(big) <= 90))
    if 500 in by_n and 5000 in by_n:
        small, big = by_n[500], by_n[5000]
        ratio = (total(big) / 5000) / (total(small) / 500)
        other = (big.cpu / 5000) / (small.cpu / 500) if wall else (big.total / 5000) / (small.total / 500)
        checks.append((f"time per record at 5,000 is {ratio:.2f}x that at 500, {kind} (<= 1.5x; {'CPU' if wall else 'wall'} {other:.2f}x)",
                       ratio <= 1.5))
    for r in rows:
        checks.append((f"N={r.n}: one force page's HTML {r.page_kb:.1f} KB (<= 60 KB)", r.page_kb <= 60))
    return checks


def real_content(args) -> list[tuple[str, bool]]:
    """The budgets on the real content: `make site` warm, serve latency, a force page's transfer size."""
    import bench_browser

    subprocess.run(["make", "-s", "site"], cwd=ROOT, env=ENV, check=True, capture_output=True)
    runs = [run(["make", "-s", "site"]) for _ in range(3)]
    best_wall, best_cpu = min(r.wall for r in runs), min(r.cpu for r in runs)
    warm = best_wall if args.wall else best_cpu
    print(f"make site (warm .venv, best of 3): {best_wall:.2f} s wall, {best_cpu:.2f} s CPU")
    latencies = bench_browser.serve_latency(ROOT, edits=3)
    print("serve, edit to browser: " + ", ".join(f"{x:.2f} s" for x in latencies))
    transferred, resources = bench_browser.page_transfer(ROOT / "site")
    print(f"force page with its assets, gzip, excluding the search index: {transferred / 1024:.1f} KB in {len(resources)} responses")
    for path, size in resources:
        print(f"    {size / 1024:7.1f} KB  {path}")
    return [
        (f"make site with a warm .venv {warm:.2f} s {'wall' if args.wall else 'CPU'} (<= 2 s; wall {best_wall:.2f} s)", warm <= 2),
        (f"serve: an edit shows in the browser in {max(latencies):.2f} s at worst of {len(latencies)} (<= 1 s)", max(latencies) <= 1),
        (f"force page transfer {transferred / 1024:.1f} KB gzip (<= 150 KB)", transferred <= 150 * 1024),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="43,500,5000", help="comma-separated numbers of forces")
    parser.add_argument("--no-real", action="store_true", help="skip the real-content budgets (make site, serve, Chromium)")
    judge = parser.add_mutually_exclusive_group()
    judge.add_argument("--wall", action="store_true", default=None, help="judge the time budgets on wall time")
    judge.add_argument("--cpu", dest="wall", action="store_false", help="judge the time budgets on CPU time")
    args = parser.parse_args(argv)
    rows = []
    load, busy = os.getloadavg(), others_busy()
    chosen = args.wall is not None
    if not chosen:
        args.wall = busy < IDLE if busy is not None else load[0] < IDLE_LOAD
    if chosen:
        why = "as chosen"
    elif busy is not None:
        why = f"other processes used {busy:.0%} of the CPU over 3 s: the machine was {'idle' if args.wall else 'busy'}"
    else:
        why = f"the machine was {'idle' if args.wall else 'busy'}: load average {'under' if args.wall else 'at least'} {IDLE_LOAD}"
    print(f"{os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the start; "
          f"budgets judged on {'wall' if args.wall else 'CPU'} time ({why}).\n{LEGEND}")
    print(table_line(name for name, _, _ in COLUMNS))
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            rows.append(measure(n, Path(tmp) / str(n)))
            print(table_line(cell(rows[-1]) for _, _, cell in COLUMNS), flush=True)
    checks = budgets(rows, args.wall) + ([] if args.no_real else real_content(args))
    for text, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    last = rows[-1]
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    print(f"bench: records={last.n} total_s={last.total:.2f} generator_s={last.generator:.2f} engine_s={last.engine.wall:.2f} "
          f"total_cpu_s={last.cpu:.2f} generator_cpu_s={last.generator_cpu:.2f} engine_cpu_s={last.engine.cpu:.2f} "
          f"page_kb={last.page_kb:.1f} site_mb={last.site_mb:.1f}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())

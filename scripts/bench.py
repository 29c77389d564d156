"""`make bench`: what editors and readers feel, in wall time, checked against the budgets (PASS/FAIL; exit 1 on a FAIL
or on a figure not measured).

- `make site` with a warm .venv on the real content, and the same build (the generator with --root, then mkdocs
  build) on 43 full records, best of 3 each. 43 full records is the largest this site can be: every real force
  with one record as full as the shapes fixture (tests/fixtures/shapes/) allows, read from it at run time;
- under `python -m generator serve` (`make serve`) on a copy of the real content, and on the 43 full records:
  seconds from saving an edited record to its page, open in Chromium, showing it; worst of 5 on each, with the
  preview's own account of where each rebuild's time went;
- the largest force page of both builds: its HTML; the first load in Chromium of each build's largest force page, each
  response gzipped, the search worker and index included (Material fetches them as every page loads): the real
  content's is transfer_kb, the 43 full records' is shown beside it; the national summary's and the home page's HTML
  (the larger of both builds).

Without Chromium (`make bench` sees to it as `make test` does: scripts/need-chromium.sh) the figures that need a
browser are reported as not measured, and the rest are measured.

    python scripts/bench.py           # as `make bench`
    python scripts/bench.py --quick   # one build of each and one edit: a smoke run (tests/test_bench.py)
"""

from __future__ import annotations

import argparse
import copy
import functools
import gzip
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The browser tests' Chromium, their quiet file server, and their build "as make site does".
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, QuietHandler, build_site  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "shapes" / "content"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def is_reference(key: str) -> bool:
    """A field that names sources of the record: `source`, `…_source` (one id) or `…_sources` (a list of ids)."""
    return key == "source" or key.endswith(("_source", "_sources"))


def prefixed(data, prefix: str):
    """`data` with every source reference prefixed, so that the sources of several records can sit side by side."""
    if isinstance(data, list):
        return [prefixed(x, prefix) for x in data]
    if isinstance(data, dict):
        return {
            k: (f"{prefix}-{v}" if isinstance(v, str) else [f"{prefix}-{x}" for x in v])
            if is_reference(k)
            else prefixed(v, prefix)
            for k, v in data.items()
        }
    return data


def cited(data) -> set[str]:
    """Every source id `data` refers to."""
    found: set[str] = set()
    for key, value in data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ():
        if isinstance(key, str) and is_reference(key):
            found |= {value} if isinstance(value, str) else set(value)
        else:
            found |= cited(value)
    return found


def full_record() -> dict:
    """One force record as full as the shapes fixture allows: the fixture's largest round of each assessment, every
    force-level observation and correction, and every fixture record's sources (ids prefixed with its force's id)."""
    sources, rounds, observations, actions, corrections, dates = [], {}, [], [], [], []
    for path in sorted((FIXTURE / "forces").glob("*.yml")):
        force = yaml.safe_load(path.read_text())
        dates.append(force["last_updated"])
        sources += [{**s, "id": f"{force['id']}-{s['id']}"} for s in force.get("sources", [])]
        for rnd in prefixed(force.get("rounds", []), force["id"]):
            if len(str(rnd)) > len(str(rounds.get(rnd["assessment"], ""))):
                rounds[rnd["assessment"]] = rnd
        observations += prefixed(force.get("observations", []), force["id"])
        actions += prefixed(force.get("actions", []), force["id"])
        corrections += force.get("corrections", [])
    facts = {"rounds": list(rounds.values()), "observations": observations, "actions": actions}
    used = cited(facts)  # every source must be cited by a fact: keep those the chosen rounds cite
    record = {
        "last_updated": max(dates),
        "sources": [s for s in sources if s["id"] in used],
        **facts,
        "corrections": corrections,
    }
    return {key: value for key, value in record.items() if value}


def write_full_content(root: Path) -> None:
    """root/content: the real national files and held documents, and the full record under each listed force's id, name
    and country. Where a national report published how many forces had each outcome, the records share out those
    outcomes (the first n forces the first outcome, and so on), so that the figures add up as they do on the real
    site."""
    national = root / "content" / "national"
    shutil.copytree(ROOT / "content" / "national", national)
    shutil.copytree(ROOT / "content" / "documents", root / "content" / "documents")
    published = {}  # (assessment, area) -> one outcome per force
    for path in national.glob("assessment-*.yml"):
        assessment = yaml.safe_load(path.read_text())
        for figures in assessment.get("published_figures", []):
            published[assessment["id"], figures["area"]] = [o for o, n in figures["counts"].items() for _ in range(n)]
    (root / "content" / "forces").mkdir()
    full = full_record()
    for i, listed in enumerate(yaml.safe_load((national / "forces.yml").read_text())["forces"]):
        record = {**listed, **copy.deepcopy(full)}
        for rnd in record["rounds"]:
            for finding in rnd.get("findings", []):
                if (rnd["assessment"], finding["area"]) in published:
                    finding["outcome"] = published[rnd["assessment"], finding["area"]][i]
        (root / "content" / "forces" / f"{listed['id']}.yml").write_text(dump(record))


def dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def scratch_root(root: Path, content: Path | None = None) -> Path:
    """A repository-shaped folder: templates, static files, overrides and mkdocs.yml, and a copy of `content`."""
    for part in ("templates", "static", "overrides"):
        shutil.copytree(ROOT / part, root / part)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    if content:
        shutil.copytree(content, root / "content")
    return root


def best_wall(runs: int, command) -> float:
    """The shortest wall time of `runs` calls of command()."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        command()
        times.append(time.perf_counter() - start)
    return min(times)


def chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


class Preview:
    """`python -m generator serve` on `root` at a port the system gives it (port 0), its output read as it comes: the
    address it prints once it listens, and its own timing of each rebuild."""

    def __init__(self, root: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "generator", "--root", str(root), "serve", "--addr", "127.0.0.1:0"],
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        threading.Thread(target=lambda: self.lines.extend(self.process.stdout), daemon=True).start()

    def address(self, seconds: float = 120) -> str:
        end = time.monotonic() + seconds
        while time.monotonic() < end and self.process.poll() is None:
            found = [line.split()[1] for line in self.lines if line.startswith("preview: http://")]
            if found:
                return found[0]
            time.sleep(0.05)
        raise SystemExit("the preview did not start:\n" + "".join(self.lines))

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def edited(record: Path, marker: str) -> str:
    """A (scratch) record's text with a force-level observation reading `marker` added: ready to save."""
    data = yaml.safe_load(record.read_text())
    data.setdefault("observations", []).append({"text": marker, "source": data["sources"][0]["id"]})
    return dump(data)


# In the page: once its article holds the words, when it first painted (epoch milliseconds), or true if it cannot say.
PAINTED = """words => {
  if (!(document.querySelector('article')?.innerText ?? '').includes(words)) return null;
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return paint ? performance.timeOrigin + paint.startTime : true;
}"""


def shown_at(page, marker: str, seconds: float) -> float | None:
    """When (time.time()) the page, reloaded by the preview, first painted with `marker` in its article: the page's
    own record of its first paint, so that the looking (every 20 ms, from here) is not part of what is timed; None
    if it does not show `marker` within `seconds`."""
    from playwright.sync_api import Error

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            painted = page.evaluate(PAINTED, marker)
        except Error:  # the page is reloading
            painted = None
        if painted:
            return time.time() if painted is True else painted / 1000
        time.sleep(0.02)
    return None


def shows(page, marker: str, seconds: float) -> bool:
    return shown_at(page, marker, seconds) is not None


def settled(page) -> None:
    """Wait, as an editor reading the page would, until the page has finished loading: its search worker has indexed
    the site (Material does it on every load, a second of work on 43 full records), then half a second more."""
    from playwright.sync_api import Error

    try:
        page.wait_for_function(
            "!/Initializing/.test(document.querySelector('.md-search-result__meta')?.textContent ?? '')",
            timeout=15_000,
        )
    except Error:
        pass  # a page without search, or a slow one: the next edit is timed all the same
    time.sleep(0.5)


def serve_edits(content: Path, edits: int) -> tuple[list[float], list[str]]:
    """Seconds from saving an edit to the largest record of `content` until its page in Chromium shows it, once per
    edit; and the preview's own account of each rebuild."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        root = scratch_root(Path(tmp), content)
        record = max((root / "content" / "forces").glob("*.yml"), key=lambda p: p.stat().st_size)
        preview = Preview(root)
        try:
            address = preview.address()
            with sync_playwright() as p:
                page = chromium(p).new_page()
                page.goto(f"{address}forces/{record.stem}/", timeout=60_000)
                # Not timed: the first edit shows that the watcher is watching; saved again every 3 s until it does.
                for _ in range(20):
                    record.write_text(edited(record, "Benchmark warm-up"))
                    if shows(page, "Benchmark warm-up", 3):
                        settled(page)
                        break
                else:
                    raise SystemExit("the preview never showed an edit:\n" + "".join(preview.lines))
                times, seen = [], len(preview.lines)
                for k in range(edits):
                    text = edited(record, f"Benchmark edit {k}")
                    start = time.time()  # the editor saves
                    record.write_text(text)
                    shown = shown_at(page, f"Benchmark edit {k}", 30)
                    if shown is None:
                        raise SystemExit(f"edit {k} did not show in the browser within 30 s")
                    times.append(shown - start)
                    settled(page)  # the editor reads the page before saving again
                return times, [line.strip() for line in preview.lines[seen:] if line.startswith("preview: updated")]
        finally:
            preview.stop()


def first_load(page_file: Path) -> list[tuple[str, int]]:
    """(address, gzipped size) of each response of a page's first load in Chromium, until the network is quiet: the
    search worker and the search index included, as Material fetches them as every page loads."""
    from playwright.sync_api import sync_playwright

    site = next(p for p in page_file.parents if (p / "sitemap.xml").exists())
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with sync_playwright() as p:
            page = chromium(p).new_page()
            responses = []
            page.on("response", lambda response: responses.append(response))
            page.goto(base + page_file.parent.relative_to(site).as_posix() + "/", wait_until="networkidle")
            return [(r.url.removeprefix(base), len(gzip.compress(r.body()))) for r in responses]
    finally:
        server.shutdown()
        server.server_close()


def html_kb(sites: list[Path], page: str) -> float:
    """The larger HTML of `page` (a path in the site) in the two builds, in KB."""
    return max((site / page).stat().st_size for site in sites) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one build of each and one edit (a smoke run)")
    args = parser.parse_args(argv)
    runs, edits = (1, 1) if args.quick else (3, 5)
    print(
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}: times are wall times, longer on a busy machine"
    )
    browser = Path(CHROMIUM).exists()
    if not browser:
        print(
            f"Chromium is missing ({CHROMIUM}): edit_s and transfer_kb need it and are not measured; the rest is. "
            "`make test` installs it, or: sudo apt-get install chromium fonts-dejavu-core",
            flush=True,
        )
    edit_s = transfer_kb = None
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        site_s = best_wall(
            runs, lambda: subprocess.run(["make", "-s", "site"], cwd=ROOT, env=ENV, check=True, capture_output=True)
        )
        print(f"make site, warm .venv, real content: {site_s:.2f} s (best of {runs})", flush=True)
        full = scratch_root(Path(tmp) / "full")
        write_full_content(full)
        full_s = best_wall(runs, lambda: build_site(full, full / "work"))
        print(f"the same build on 43 full records: {full_s:.2f} s (best of {runs})", flush=True)
        if browser:
            worst = []
            for name, content in (("real content", ROOT / "content"), ("43 full records", full / "content")):
                times, rebuilds = serve_edits(content, edits)
                worst.append(max(times))
                print(
                    f"an edit under make serve, saved to shown in Chromium, {name}: "
                    + ", ".join(f"{t:.2f} s" for t in times),
                    flush=True,
                )
                for line in rebuilds:
                    print(f"    {line}")
            edit_s = max(worst)
        sites = [ROOT / "site", full / "work" / "site"]
        pages = [page for site in sites for page in (site / "forces").glob("*/index.html")]
        largest = max(pages, key=lambda p: p.stat().st_size)
        page_kb = largest.stat().st_size / 1024
        built = "real content" if largest.is_relative_to(ROOT) else "43 full records"
        print(f"largest force page: {largest.parent.name}'s ({built}), {page_kb:.1f} KB of HTML")
        national_kb, home_kb = html_kb(sites, "national/index.html"), html_kb(sites, "index.html")
        print(f"the national summary: {national_kb:.1f} KB of HTML; the home page: {home_kb:.1f} KB (the larger build)")
        if browser:  # each build's largest force page: its search index is its own build's
            loads = []
            for site, name in zip(sites, ("real content", "43 full records")):
                page = max((site / "forces").glob("*/index.html"), key=lambda p: p.stat().st_size)
                loaded = first_load(page)
                loads.append(sum(size for _, size in loaded) / 1024)
                print(
                    f"the first load of {page.parent.name}'s page ({name}), gzip, search worker and index included: "
                    f"{loads[-1]:.1f} KB, {len(loaded)} responses"
                )
                for url, size in loaded:
                    print(f"    {size / 1024:6.1f} KB  {url}")
            transfer_kb = loads[0]  # the published site's; the 43 full records' is shown, for the largest it can be
    edited = f"{edit_s:.2f} s" if edit_s is not None else "not measured (no Chromium)"
    loaded_kb = f"{transfer_kb:.1f} KB" if transfer_kb is not None else "not measured (no Chromium)"
    checks = [  # (what, within the budget: True, False, or None when not measured)
        (f"make site with a warm .venv, real content: {site_s:.2f} s (<= 2 s)", site_s <= 2),
        (f"the same build on 43 full records: {full_s:.2f} s (<= 3 s)", full_s <= 3),
        (
            f"an edit under make serve shows in the browser in {edited}, worst of {edits} on each content (<= 0.5 s)",
            None if edit_s is None else edit_s <= 0.5,
        ),
        (f"the largest force page: {page_kb:.1f} KB of HTML (<= 64 KB)", page_kb <= 64),
        (
            f"a force page's first load on the real content, search included: {loaded_kb} gzip (<= 200 KB)",
            None if transfer_kb is None else transfer_kb <= 200,
        ),
        (f"the national summary: {national_kb:.1f} KB of HTML (<= 380 KB)", national_kb <= 380),
        (f"the home page: {home_kb:.1f} KB of HTML (<= 140 KB)", home_kb <= 140),
    ]
    for text, ok in checks:
        print(f"{'SKIP' if ok is None else 'PASS' if ok else 'FAIL'}  {text}")

    def shown(value: float | None, digits: int) -> str:
        return "-" if value is None else f"{value:.{digits}f}"

    print(
        f"bench: site_s={site_s:.2f} full_s={full_s:.2f} edit_s={shown(edit_s, 2)} page_kb={page_kb:.1f} "
        f"transfer_kb={shown(transfer_kb, 1)} national_kb={national_kb:.1f} home_kb={home_kb:.1f}"
    )
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())

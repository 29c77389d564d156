"""The benchmark cannot rot silently: its 43 full records pass the real check, and it runs end to end.

No timing assertions here: the budgets are checked by `make bench`, not by the test suite.
"""

import os
import re
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import bench  # noqa: E402


def test_the_full_records_pass_the_real_check(tmp_path):
    bench.write_full_content(tmp_path)
    check = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(tmp_path), "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout
    listed = [f["id"] for f in yaml.safe_load((ROOT / "content" / "national" / "forces.yml").read_text())["forces"]]
    records = sorted(p.stem for p in (tmp_path / "content" / "forces").glob("*.yml"))
    assert records == sorted(listed) and len(records) == 43
    # Full: a round of every assessment, and findings and actions from the fixture's records.
    record = yaml.safe_load((tmp_path / "content" / "forces" / f"{listed[0]}.yml").read_text())
    assessments = {p.stem for p in (ROOT / "content" / "national").glob("assessment-*.yml")}
    assert {r["assessment"] for r in record["rounds"]} == assessments
    assert sum(len(r.get("actions", [])) for r in record["rounds"]) >= 10
    assert record["observations"]


FIGURES = ("site_s", "full_s", "edit_s", "page_kb", "transfer_kb", "national_kb", "home_kb")


def quick(env=None) -> tuple[subprocess.CompletedProcess, list[str]]:
    run = subprocess.run(
        [sys.executable, "scripts/bench.py", "--quick"], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert run.returncode in (0, 1) and not run.stderr, run.stderr  # 1 is a budget FAIL: the benchmark's business
    lines = run.stdout.splitlines()
    assert len([line for line in lines if line.startswith(("PASS  ", "FAIL  ", "SKIP  "))]) == 7, run.stdout
    return run, lines


@pytest.mark.browser
def test_the_bench_runs_end_to_end_in_its_quick_mode():
    run, lines = quick()
    assert not any(line.startswith("SKIP  ") for line in lines), run.stdout
    assert re.fullmatch("bench: " + " ".join(rf"{name}=[\d.]+" for name in FIGURES), lines[-1]), lines[-1]
    # The edit was timed on both contents, and the first load counted the search worker and index.
    assert len([line for line in lines if line.startswith("an edit under make serve")]) == 2, run.stdout
    assert any(line.rstrip().endswith("search/search_index.json") for line in lines), run.stdout


def test_without_chromium_the_bench_measures_the_rest_and_says_what_it_could_not(tmp_path):
    run, lines = quick({**os.environ, "CHROMIUM": str(tmp_path / "no-chromium")})
    assert run.returncode == 1 and "Traceback" not in run.stdout
    assert "Chromium is missing" in run.stdout and "edit_s and transfer_kb" in run.stdout
    skipped = [line for line in lines if line.startswith("SKIP  ")]
    assert len(skipped) == 2 and all("not measured" in line for line in skipped), run.stdout
    values = dict(field.split("=") for field in lines[-1].removeprefix("bench: ").split())
    assert list(values) == list(FIGURES)
    assert values["edit_s"] == values["transfer_kb"] == "-"
    assert all(float(values[name]) > 0 for name in FIGURES if name not in ("edit_s", "transfer_kb"))

"""The benchmark cannot rot silently: its 43 full records pass the real check, and it runs end to end.

No timing assertions here: the budgets are checked by `make bench`, not by the test suite.
"""

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


@pytest.mark.browser
def test_the_bench_runs_end_to_end_in_its_quick_mode():
    run = subprocess.run([sys.executable, "scripts/bench.py", "--quick"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode in (0, 1) and not run.stderr, run.stderr  # 1 is a budget FAIL: the benchmark's business
    lines = run.stdout.splitlines()
    assert len([line for line in lines if line.startswith(("PASS  ", "FAIL  "))]) == 5, run.stdout
    assert re.fullmatch(
        r"bench: site_s=[\d.]+ full_s=[\d.]+ edit_s=[\d.]+ page_kb=[\d.]+ transfer_kb=[\d.]+", lines[-1]
    ), lines[-1]

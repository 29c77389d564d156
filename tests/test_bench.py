"""The benchmark cannot rot silently: its synthetic records pass the real check, and it runs end to end.

No timing assertions here: the budgets are checked by `make bench`, not by the test suite.
"""
import re
import subprocess
import sys

import yaml

from conftest import ROOT


def test_synthetic_records_pass_the_real_check(tmp_path):
    subprocess.run([sys.executable, "scripts/bench_records.py", str(tmp_path), "--forces", "3"], cwd=ROOT, check=True, capture_output=True)
    records = sorted(p.stem for p in (tmp_path / "content" / "forces").glob("*.yml"))
    listed = yaml.safe_load((tmp_path / "content" / "national" / "forces.yml").read_text())["forces"]
    assert records == [f["id"] for f in listed] == ["bench-force-00001", "bench-force-00002", "bench-force-00003"]
    check = subprocess.run([sys.executable, "-m", "generator", "--root", str(tmp_path), "check"], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert check.stdout.startswith("ok: ")


def test_synthetic_records_fill_every_field(tmp_path):
    """Every optional field of a force record is present, so the benchmark renders the heaviest page."""
    from generator import model as m

    subprocess.run([sys.executable, "scripts/bench_records.py", str(tmp_path), "--forces", "1"], cwd=ROOT, check=True, capture_output=True)
    record = yaml.safe_load((tmp_path / "content" / "forces" / "bench-force-00001.yml").read_text())
    rnd = record["rounds"][0]
    later = {key: True for r in record["rounds"][1:] for key in r}
    assert len(record["rounds"]) == 4  # the 2017 review and every later programme
    for cls, data in [(m.Force, record), (m.Round, {**rnd, **later}), (m.Action, rnd["actions"][0]), (m.Figure, rnd["actions"][0]["figures"][0]), (m.Letter, rnd["letter"]),
                      (m.Finding, {key: True for r in record["rounds"] for f in r["findings"] for key in f}),
                      (m.Observation, {key: True for r in record["rounds"][1:] for o in r["observations"] for key in o}),
                      (m.StatedFact, rnd["reflects_national_strategy"]), (m.Response, rnd["responses"][0]),
                      (m.Correction, record["corrections"][0]),
                      (m.Source, {key: True for source in record["sources"] for key in source})]:
        assert set(cls.model_fields) == set(data), cls.__name__


def test_bench_runs_end_to_end_at_tiny_size():
    run = subprocess.run([sys.executable, "scripts/bench.py", "--sizes", "5", "--no-real"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode in (0, 1) and not run.stderr, run.stderr  # 1 is a budget FAIL: the benchmark's business
    lines = run.stdout.splitlines()
    assert any(re.match(r"^\s+5\s+\d", line) for line in lines), run.stdout
    assert any(line.startswith(("PASS", "FAIL")) for line in lines)
    assert re.fullmatch(r"bench: records=5 total_s=[\d.]+ generator_s=[\d.]+ engine_s=[\d.]+ total_cpu_s=[\d.]+ generator_cpu_s=[\d.]+ engine_cpu_s=[\d.]+ page_kb=[\d.]+ site_mb=[\d.]+", lines[-1])

"""The data downloads: valid against their own data package and schema, complete, and safe in a spreadsheet."""
import csv
import io
import json
import re

import jsonschema
import pytest
from frictionless import Package

from generator import export
from generator.build import check, render_site
from generator.derive import derive
from generator.tables import ACTIONS, FINDINGS
from tests.conftest import ROOT, TODAY

GOLDEN = ROOT / "tests" / "golden" / "data-format.json"


def downloads(root):
    content, result = check(root)
    assert content is not None, [str(p) for p in result.problems]
    return content, render_site(root, derive(content, TODAY))[1]


@pytest.fixture(scope="module")
def real():
    return downloads(ROOT)


def rows(files, table):
    return list(csv.DictReader(io.StringIO(files[f"data/{table.path}"].decode())))


def validate_package(files, folder):
    for path, data in files.items():
        if path.startswith("data/"):
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_bytes(data)
    report = Package(str(folder / "data" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_csv_files_are_valid_against_the_data_package(real, tmp_path):
    validate_package(real[1], tmp_path)


def test_forces_json_is_valid_against_its_schema_and_carries_the_version(real):
    data = json.loads(real[1]["data/forces.json"])
    jsonschema.validate(data, json.loads(real[1]["data/forces.schema.json"]))
    assert data["schema_version"] == export.SCHEMA_VERSION
    assert [f["id"] for f in data["forces"]] == [f.id for f in real[0].forces]


def test_findings_have_one_row_per_force_assessment_and_area_matching_the_records(real):
    content, files = real
    found = rows(files, FINDINGS)
    expected = {(f.id, r.assessment, x.area): (x.outcome, x.basis.value) for f in content.forces for r in f.rounds for x in r.findings}
    with_outcome = {(r["force_id"], r["assessment"], r["area"]): (r["outcome"], r["basis"]) for r in found if r["record_status"] == "outcome"}
    assert with_outcome == expected
    keys = [(r["force_id"], r["assessment"], r["area"]) for r in found]
    assert len(keys) == len(set(keys))
    assert {r["force_id"] for r in found} == {f.id for f in content.forces}


def test_actions_have_one_row_per_action(real):
    content, files = real
    found = rows(files, ACTIONS)
    assert [(r["force_id"], r["title"]) for r in found] == [(f.id, a.title) for f in content.forces for r in f.rounds for a in r.actions]
    citsl = next(r for r in found if r["system"] == "citsl")
    assert (citsl["system_name"], citsl["source_date"], citsl["source_kind"]) == ("CITSL", "2017-11-14", "pcc-letter")


def test_the_changelog_names_the_current_version_first():
    text = export.CHANGELOG.read_text()
    assert re.findall(r"^## (\S+)", text, re.M)[0] == export.SCHEMA_VERSION


def shape(schema):
    """A schema without its prose: wording may change within a version, fields and types may not."""
    if isinstance(schema, dict):
        return {k: shape(v) for k, v in schema.items() if not (k in ("description", "title") and isinstance(v, str))}
    return [shape(v) for v in schema] if isinstance(schema, list) else schema


def test_the_data_format_changes_only_with_a_new_version(update_golden):
    """Fields of the CSV files and the shape of forces.json: a change needs a new schema_version."""
    current = {"schema_version": export.SCHEMA_VERSION,
               "csv": {t.path: [[c.name, c.type, list(c.enum)] for c in t.columns] for t in (FINDINGS, ACTIONS)},
               "forces.json": shape(json.loads(export.dataset_schema()))}
    if update_golden:
        GOLDEN.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n")
    golden = json.loads(GOLDEN.read_text())
    if current != golden:
        assert current["schema_version"] != golden["schema_version"], (
            "the data format changed: bump SCHEMA_VERSION in generator/export.py, add an entry to "
            "CHANGELOG-data.md, then run pytest --update-golden")
        pytest.fail("the data format and its version changed: run pytest --update-golden and review the diff")


def test_a_cell_that_looks_like_a_formula_is_shown_as_text():
    out = export.to_csv(FINDINGS, [{"force_id": "=HYPERLINK(\"http://x\")", "summary": "+1", "area": "-x", "force_name": "@a"}])
    row = next(csv.DictReader(io.StringIO(out.decode())))
    assert [row["force_id"], row["summary"], row["area"], row["force_name"]] == ["'=HYPERLINK(\"http://x\")", "'+1", "'-x", "'@a"]


NO_ROUNDS = """id: kent
name: Kent Police
country: England
last_updated: 2026-11-20
rounds: []
"""

NO_AREAS = """id: assessment-2019
title: "A later national review"
short_title: "2019 review"
inspectorate: "HMICFRS"
summary: "A national review that published findings in words only."
published: 2019-09-01
forces_in_scope: 43
sources:
  - id: report
    kind: inspectorate-report
    title: "A later national review"
    publisher: HMICFRS
    date: 2019-09-01
key_findings:
  - text: "Forces had made progress."
    source: report
"""


def test_exports_handle_a_force_with_no_rounds_and_an_assessment_with_no_areas(copy_repo, tmp_path):
    (copy_repo / "content/forces/kent.yml").write_text(NO_ROUNDS)
    (copy_repo / "content/national/assessment-2019.yml").write_text(NO_AREAS)
    content, files = downloads(copy_repo)
    kent = [r for r in rows(files, FINDINGS) if r["force_id"] == "kent"]
    assert {r["record_status"] for r in kent} == {"no-record"} and len(kent) == 4  # three areas and overall, 2017
    assert not any(r["assessment"] == "assessment-2019" for r in rows(files, FINDINGS))
    data = json.loads(files["data/forces.json"])
    assert [a["id"] for a in data["assessments"]] == ["assessment-2017", "assessment-2019"]
    assert data["assessments"][1]["key_findings"][0]["text"] == "Forces had made progress."
    validate_package(files, tmp_path)


def test_the_data_package_check_catches_a_bad_value(real, tmp_path):
    files = dict(real[1])
    files["data/findings.csv"] = files["data/findings.csv"].replace(b",reading,", b",guess,", 1)
    with pytest.raises(AssertionError, match="constraint-error"):
        validate_package(files, tmp_path)

"""The data downloads: valid against their own data package and schema, complete, and safe in a spreadsheet."""

import csv
import io
import json
import re

import jsonschema
import pytest
from frictionless import Package

from generator.build import check
from generator.data import export
from generator.data.schemas import json_schemas
from generator.data.tables import ACTIONS, AREAS, FINDINGS, OBSERVATIONS, TABLES
from generator.derive import derive
from generator.load.records import load_all
from tests import goldens
from tests.conftest import ROOT, TODAY

GOLDEN = goldens.GOLDEN / "data-format.json"


def downloads(root):
    content, result = check(root)
    assert content is not None, [str(p) for p in result.problems]
    return content, export.files(derive(content, TODAY))


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


def test_forces_json_publishes_the_passages_each_source_keeps(real):
    """The passages read from web sources, against which the check proves every quotation, are in the data."""
    content, files = real
    data = json.loads(files["data/forces.json"])
    published = {(f["id"], s["id"]): s.get("excerpts") for f in data["forces"] for s in f["sources"]}
    kept = {(f.id, s.id): [e.model_dump(mode="json") for e in s.excerpts] for f in content.forces for s in f.sources}
    assert published == kept and sum(len(e) for e in kept.values()) >= 250
    mopac = next(s for s in data["systems"]["sources"] if s["id"] == "mopac-pcd-1312")
    signed = {"text": "Date signed:", "where": "the decision's signature field, blank in the part seen"}
    assert signed in mopac["excerpts"]


def test_findings_have_one_row_per_force_assessment_and_area_matching_the_records(real):
    content, files = real
    found = rows(files, FINDINGS)
    expected = {
        (f.id, r.assessment, x.area): (x.outcome, x.basis.value)
        for f in content.forces
        for r in f.rounds
        for x in r.findings
    }
    with_outcome = {
        (r["force_id"], r["assessment"], r["area"]): (r["outcome"], r["basis"])
        for r in found
        if r["record_status"] == "outcome"
    }
    assert with_outcome == expected
    keys = [(r["force_id"], r["assessment"], r["area"]) for r in found]
    assert len(keys) == len(set(keys))
    assert {r["force_id"] for r in found} == {f.id for f in content.forces}


def test_findings_carry_each_later_judgment_as_stated_with_its_report(real):
    content, files = real
    found = {(r["force_id"], r["assessment"], r["area"]): r for r in rows(files, FINDINGS)}
    checked = 0
    for force in content.forces:
        for rnd in force.rounds:
            scale = {o.id: o for a in content.assessments if a.id == rnd.assessment for o in a.outcomes}
            for x in rnd.findings:
                row = found[(force.id, rnd.assessment, x.area)]
                assert row["grade_as_stated"] == (x.as_stated or ""), (force.id, rnd.assessment, x.area)
                assert row["outcome_graded"] == ("true" if scale[x.outcome].graded else "false")
                assert (
                    row["report_title"],
                    row["report_published"],
                    row["report_published_as_stated"],
                    row["report_published_in"],
                    row["inspected_as_stated"],
                    row["inspected_in"],
                ) == (
                    rnd.report_title or "",
                    rnd.published.isoformat() if rnd.published else "",
                    rnd.published_as_stated or "",
                    rnd.published_in or "",
                    rnd.inspected_as_stated or "",
                    rnd.inspected_in or "",
                )
                checked += 1
    assert checked == sum(1 for r in found.values() if r["record_status"] == "outcome")
    tv = found[("thames-valley", "assessment-integrity-2021-25", "vetting-it-monitoring-counter-corruption")]
    assert (
        tv["outcome"],
        tv["outcome_graded"],
        tv["report_published"],
        tv["inspected_as_stated"],
        tv["inspected_in"],
    ) == (
        "no-graded-judgment",
        "false",
        "2022-11-17",
        "",
        "July 2021",
    )


def test_findings_have_a_row_for_every_force_area_and_assessment_with_areas(real):
    content, files = real
    keys = {(r["force_id"], r["assessment"], r["area"]) for r in rows(files, FINDINGS)}
    for a in content.assessments:
        areas = {x.id for x in a.areas} | (
            {"overall"} if any(p.area == "overall" for p in a.published_figures) else set()
        )
        assert {(f, area) for f, x, area in keys if x == a.id} == {
            (f.id, area) for f in content.forces for area in areas
        }, a.id
    later = {r["assessment"] for r in rows(files, FINDINGS) if r["record_status"] == "outcome"}
    assert {"assessment-peel-2018-19", "assessment-integrity-2021-25", "assessment-integrity-2024-26"} <= later


def test_the_csv_files_carry_exactly_the_findings_and_observations_of_the_record_files(real):
    """Counted from the YAML as the loader reads it, not through the model: nothing lost on the way."""
    files = real[1]
    findings, observations = [], []
    for loaded in load_all(ROOT).forces:
        data = loaded.data
        for rnd in data.get("rounds") or []:
            findings += [(data["id"], rnd["assessment"], x["area"], x["outcome"]) for x in rnd.get("findings") or []]
            observations += [
                (data["id"], rnd["assessment"], o["text"], "; ".join(o.get("bears_on") or []))
                for o in rnd.get("observations") or []
            ]
        observations += [
            (data["id"], "", o["text"], "; ".join(o.get("bears_on") or [])) for o in data.get("observations") or []
        ]
    with_outcome = [
        (r["force_id"], r["assessment"], r["area"], r["outcome"])
        for r in rows(files, FINDINGS)
        if r["record_status"] == "outcome"
    ]
    assert sorted(with_outcome) == sorted(findings) and findings
    found = [(r["force_id"], r["assessment"], r["text"], r["bears_on"]) for r in rows(files, OBSERVATIONS)]
    assert sorted(found) == sorted(observations) and any(not o[1] for o in observations)


def test_observation_rows_name_their_areas_and_source(real):
    found = rows(real[1], OBSERVATIONS)
    met = [r for r in found if r["force_id"] == "metropolitan" and not r["assessment"]]
    assert met and all(r["source_title"] and r["source_kind"] for r in met)
    both = next(r for r in found if r["bears_on"] == "links-with-agencies; abuse-of-position")
    assert (
        both["bears_on_names"]
        == "Links with organisations that support vulnerable people; Abuse of position for a sexual purpose in general"
    )
    assert {r["source_kind"] for r in found} >= {"inspectorate-report", "press-report"}


def test_actions_have_one_row_per_action(real):
    content, files = real
    found = rows(files, ACTIONS)
    expected = [(f.id, r.assessment, a.title) for f in content.forces for r in f.rounds for a in r.actions]
    expected += [(f.id, "", a.title) for f in content.forces for a in f.actions]
    assert sorted((r["force_id"], r["assessment"], r["title"]) for r in found) == sorted(expected)
    assert any(not f.actions for f in content.forces) and any(f.actions for f in content.forces)
    citsl = next(r for r in found if r["system"] == "citsl")
    assert (citsl["system_name"], citsl["source_date"], citsl["source_kind"]) == ("CITSL", "2017-11-14", "pcc-letter")
    joined = [r for r in found if r["service"] == "crimestoppers-reporting-service"]
    assert joined and all(r["service_name"] == "Police Anti-Corruption and Abuse Reporting Service" for r in joined)
    both = next(r for r in found if r["areas"] == "capability-and-capacity; abuse-of-position")
    assert (
        both["area_names"]
        == "Counter-corruption capability and capacity; Abuse of position for a sexual purpose in general"
    )
    money = next(r for r in found if r["system"] == "vigilancepro")
    assert "£2.925m over five years (2925000 pounds; over five years)" in money["figures"]
    assert {r["source_kind"] for r in found} >= {"iopc-page", "other-organisation", "press-report"}


def test_the_changelog_names_the_current_version_first():
    text = export.CHANGELOG.read_text()
    assert re.findall(r"^## (\S+)", text, re.M)[0] == export.SCHEMA_VERSION


def shape(schema):
    """A schema without its prose: wording may change within a version, fields and types may not."""
    if isinstance(schema, dict):
        return {k: shape(v) for k, v in schema.items() if not (k in ("description", "title") and isinstance(v, str))}
    return [shape(v) for v in schema] if isinstance(schema, list) else schema


def test_the_data_format_changes_only_with_a_new_version(update_golden):
    """Fields of the CSV files and the shape of forces.json: a change needs a new schema_version (in either mode:
    --update-golden writes no new format under the old version)."""
    current = {
        "schema_version": export.SCHEMA_VERSION,
        "csv": {t.path: [[c.name, c.type, list(c.enum), c.required] for c in t.columns] for t in TABLES},
        "forces.json": shape(json.loads(export.dataset_schema())),
        "tiles.hexjson": shape(json.loads(json_schemas()["tiles.schema.json"])),
    }
    golden = json.loads(GOLDEN.read_text())
    assert current == golden or current["schema_version"] != golden["schema_version"], (
        "the data format changed: bump SCHEMA_VERSION in generator/data/export.py, add an entry to "
        "CHANGELOG-data.md, then run pytest --update-golden"
    )
    goldens.compare({GOLDEN: json.dumps(current, indent=1, sort_keys=True) + "\n"}, update_golden)


def test_a_cell_that_looks_like_a_formula_is_shown_as_text():
    out = export.to_csv(
        FINDINGS,
        [
            {
                "force_id": '=HYPERLINK("http://x")',
                "summary": "+1",
                "area": "-x",
                "force_name": "@a",
                "grade_as_stated": "=1+1",
                "report_title": "\tx",
            }
        ],
    )
    row = next(csv.DictReader(io.StringIO(out.decode())))
    assert [row["force_id"], row["summary"], row["area"], row["force_name"]] == [
        '\'=HYPERLINK("http://x")',
        "'+1",
        "'-x",
        "'@a",
    ]
    assert [row["grade_as_stated"], row["report_title"]] == ["'=1+1", "'\tx"]
    out = export.to_csv(OBSERVATIONS, [{"text": "=cmd|' /C calc'!A0", "bears_on": "@x"}])
    row = next(csv.DictReader(io.StringIO(out.decode())))
    assert [row["text"], row["bears_on"]] == ["'=cmd|' /C calc'!A0", "'@x"]


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
    title: "[A later national review]"
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
    # 2017: three areas and overall; PEEL 2018/19: two areas; integrity 2021/25: two; integrity 2024-26: three
    assert {r["record_status"] for r in kent} == {"no-record"} and len(kent) == 4 + 2 + 2 + 3
    assert not any(r["force_id"] == "kent" for r in rows(files, OBSERVATIONS))
    assert not any(r["assessment"] == "assessment-2019" for r in rows(files, FINDINGS))
    data = json.loads(files["data/forces.json"])
    assert "assessment-2019" in [a["id"] for a in data["assessments"]]
    assert (
        next(a for a in data["assessments"] if a["id"] == "assessment-2019")["key_findings"][0]["text"]
        == "Forces had made progress."
    )
    validate_package(files, tmp_path)


def test_the_data_package_describes_every_csv_file(real):
    package = json.loads(real[1]["data/datapackage.json"])
    assert package["version"] == export.SCHEMA_VERSION
    assert [(r["name"], r["path"]) for r in package["resources"]] == [(t.name, t.path) for t in TABLES] + [
        ("tiles", export.TILES)
    ]
    assert {p for p in real[1] if p.endswith(".csv")} == {f"data/{t.path}" for t in TABLES}
    observations = next(r for r in package["resources"] if r["name"] == "observations")["schema"]["fields"]
    assert [f["name"] for f in observations if f.get("constraints", {}).get("required")] == [
        "force_id",
        "force_name",
        "country",
        "text",
    ]


def test_the_data_package_check_catches_a_bad_value(real, tmp_path):
    files = dict(real[1])
    files["data/findings.csv"] = files["data/findings.csv"].replace(b",reading,", b",guess,", 1)
    with pytest.raises(AssertionError, match="constraint-error"):
        validate_package(files, tmp_path)


def test_the_data_package_check_catches_a_bad_value_in_the_new_columns(real, tmp_path):
    files = dict(real[1])
    files["data/findings.csv"] = files["data/findings.csv"].replace(b",false,", b",perhaps,", 1)
    files["data/observations.csv"] = files["data/observations.csv"].replace(b",press-report,", b",blog,", 1)
    with pytest.raises(AssertionError) as caught:
        validate_package(files, tmp_path)
    assert "'outcome_graded', 'type-error'" in str(caught.value) and "'source_kind', 'constraint-error'" in str(
        caught.value
    )


def test_the_tile_layout_is_hexjson_valid_against_its_schema_with_one_tile_per_listed_force(real):
    content, files = real
    layout = json.loads(files[f"data/{export.TILES}"])
    jsonschema.validate(layout, json.loads(files[f"data/{export.TILES_SCHEMA}"]))
    assert layout["layout"] == "odd-r" and sorted(layout["hexes"]) == sorted(f.id for f in content.force_list.forces)
    assert all(set(tile) == {"q", "r", "label"} and isinstance(tile["q"], int) for tile in layout["hexes"].values())
    resource = json.loads(files["data/datapackage.json"])["resources"][-1]
    assert (resource["path"], resource["type"], resource["mediatype"]) == (export.TILES, "json", "application/json")


def test_areas_csv_has_every_district_once_with_its_force_and_onss_credit(real):
    content, files = real
    table = rows(files, AREAS)
    assert len(table) == len({r["district_code"] for r in table}) == 318
    assert [r["district_code"] for r in table] == sorted(r["district_code"] for r in table)
    listed = {f.id: f for f in content.force_list.forces}
    assert {r["force_id"] for r in table} == set(listed)
    assert all(r["force_name"] == listed[r["force_id"]].name for r in table)
    bristol = next(r for r in table if r["district_name"] == "Bristol, City of")
    assert (bristol["force_id"], bristol["force_area_code"], bristol["country"]) == (
        "avon-and-somerset",
        "E23000036",
        "England",
    )
    assert {r["force_id"] for r in table if r["district_code"].startswith("W06")} == {
        "dyfed-powys",
        "gwent",
        "north-wales",
        "south-wales",
    }
    resource = next(r for r in json.loads(files["data/datapackage.json"])["resources"] if r["name"] == "areas")
    assert resource["licenses"] == [export.LICENCE] and resource["schema"]["primaryKey"] == ["district_code"]
    assert content.areas.attribution in resource["description"]
    assert resource["sources"][0]["title"].startswith("Local Authority District to Community Safety Partnership")


def test_forces_json_gives_each_forces_districts(real):
    content, files = real
    data = json.loads(files["data/forces.json"])["areas"]
    assert data["attribution"].startswith("Source: Office for National Statistics")
    by_force = {a["force"]: a for a in data["police_force_areas"]}
    assert list(by_force) == [f.id for f in content.force_list.forces]
    assert [d["name"] for d in by_force["city-of-london"]["districts"]] == ["City of London"]
    assert len(by_force["metropolitan"]["districts"]) == 32
    assert by_force["devon-and-cornwall"]["name"] == "Devon & Cornwall"
    assert sum(len(a["districts"]) for a in data["police_force_areas"]) == 318

"""The council areas on record (content/national/areas.yml with ONS's lookup): every district once, in one force's
area, and every force with a district; the refusals the broken fixture does not show."""

import shutil

from generator.build import check
from tests.conftest import ROOT, TODAY


def test_every_district_is_on_record_once_in_one_force_and_every_force_has_one():
    content, result = check(ROOT, TODAY)
    assert result.problems == []
    areas = content.areas.police_force_areas
    codes = [d.code for a in areas for d in a.districts]
    assert len(codes) == len(set(codes)) == 318
    assert [a.force for a in areas] == [f.id for f in content.force_list.forces]  # each force once, in list order
    by_force = {a.force: a for a in areas}
    london = by_force["metropolitan"].districts
    assert len(london) == 32 and all(d.code.startswith("E09") for d in london)
    assert [d.name for d in by_force["city-of-london"].districts] == ["City of London"]
    assert by_force["devon-and-cornwall"].name == "Devon & Cornwall"  # ONS's name kept; the force is matched by code
    assert "Isles of Scilly" in {d.name for d in by_force["devon-and-cornwall"].districts}
    assert {d.name for d in by_force["dyfed-powys"].districts} == {
        "Carmarthenshire",
        "Ceredigion",
        "Pembrokeshire",
        "Powys",
    }


def copy(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path / "content/national/areas.yml"


def test_a_force_matched_to_an_area_no_district_is_in(tmp_path):
    record = copy(tmp_path)
    record.write_text(record.read_text().replace("E23000038: wiltshire", "E23000098: wiltshire"))
    assert [str(p) for p in check(tmp_path, TODAY)[1].problems] == [
        "content/national/areas.csv:29:37: PFA23CD: 'E23000038' (Wiltshire), the police force area of Swindon, is "
        "not matched to a force in content/national/areas.yml; add `E23000038: <force id>` under `force_areas:`, or "
        "correct the code",
        "content/national/areas.csv:52:41: PFA23CD: 'E23000038' (Wiltshire), the police force area of Wiltshire, is "
        "not matched to a force in content/national/areas.yml; add `E23000038: <force id>` under `force_areas:`, or "
        "correct the code",
        "content/national/areas.yml:79:14: force_areas.E23000098: 'wiltshire' of content/national/forces.yml has no "
        "district: no row of areas.csv is in 'E23000098'; write the code of its area as areas.csv gives it",
    ]


def test_the_source_named_is_one_of_the_files_sources(tmp_path):
    record = copy(tmp_path)
    record.write_text(record.read_text().replace("source: ons-lookup", "source: ons-lookp"))
    assert [str(p) for p in check(tmp_path, TODAY)[1].problems] == [
        "content/national/areas.yml:28:9: source: 'ons-lookp' is not a source of this file; use one of: ons-lookup"
    ]


def test_a_missing_lookup_or_a_broken_record_stops_only_the_areas_rules(tmp_path):
    record = copy(tmp_path)
    (tmp_path / "content/national/areas.csv").unlink()
    record.write_text(record.read_text().replace("attribution:", "atribution:"))
    assert [str(p) for p in check(tmp_path, TODAY)[1].problems] == [
        "content/national/areas.csv:1:1: this file is missing; restore it from the repository",
        "content/national/areas.yml:28:1: attribution: is missing; add a `attribution:` line here",
        "content/national/areas.yml:35:1: atribution: unknown field (did you mean `attribution`?); the fields allowed "
        "here are: attribution, force_areas, source, sources",
    ]

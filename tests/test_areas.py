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


def test_council_names_are_as_a_reader_writes_them_with_what_else_a_reader_may_type():
    from generator.derive import council_names

    assert council_names("Bristol, City of") == ("City of Bristol", ("Bristol", "Bristol, City of"))
    assert council_names("Herefordshire, County of") == (
        "County of Herefordshire",
        ("Herefordshire", "Herefordshire, County of"),
    )
    assert council_names("Bournemouth, Christchurch and Poole") == ("Bournemouth, Christchurch and Poole", ())
    assert council_names("City of London") == ("City of London", ())


def test_each_force_page_says_plainly_which_council_areas_it_covers():
    from generator.derive import derive
    from generator.pages.force import force_page

    content, _ = check(ROOT, TODAY)
    site = derive(content, TODAY)
    line = {f.id: force_page(f, site.assessments, site.councils_source).councils for f in site.forces}
    assert line["city-of-london"] == "It covers one council area only: the City of London."
    assert line["metropolitan"].startswith("It covers 32 London boroughs: Barking and Dagenham, Barnet, ")
    assert (
        line["metropolitan"].endswith(", Wandsworth and Westminster.") and "City of London" not in line["metropolitan"]
    )
    assert line["thames-valley"].endswith("West Oxfordshire, Windsor and Maidenhead, and Wokingham.")
    assert line["avon-and-somerset"] == (
        "It covers 5 council areas: Bath and North East Somerset, City of Bristol, North Somerset, Somerset and South "
        "Gloucestershire."
    )
    assert line["dyfed-powys"] == "It covers 4 council areas: Carmarthenshire, Ceredigion, Pembrokeshire and Powys."


def test_the_home_pages_a_to_z_has_every_council_area_once_by_onss_name():
    from generator.derive import derive
    from generator.pages.home import home

    content, _ = check(ROOT, TODAY)
    find = home(derive(content, TODAY)).find
    names = [c.name for c in find.councils]
    assert len(names) == len({c.code for c in find.councils}) == 318 and find.total == "318 council areas"
    assert names.index("City of Bristol") < names.index("Broadland") < names.index("City of London")
    assert next(c for c in find.councils if c.name == "Westminster").force.page == "forces/metropolitan.md"

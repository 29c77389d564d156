"""The list of the 43 territorial forces is fixed data: complete, and one record per force."""

import yaml

from generator.build import check
from tests.conftest import ROOT

# Copied from the table "The 43 territorial forces" in the project's research notes
# (secondary-sources.md): police open-data identifier | name as in 2017 | in Wales?
TABLE = """
avon-and-somerset | Avon and Somerset Constabulary | no
bedfordshire | Bedfordshire Police | no
cambridgeshire | Cambridgeshire Constabulary | no
cheshire | Cheshire Constabulary | no
city-of-london | City of London Police | no
cleveland | Cleveland Police | no
cumbria | Cumbria Constabulary | no
derbyshire | Derbyshire Constabulary | no
devon-and-cornwall | Devon and Cornwall Police | no
dorset | Dorset Police | no
durham | Durham Constabulary | no
dyfed-powys | Dyfed-Powys Police | yes
essex | Essex Police | no
gloucestershire | Gloucestershire Constabulary | no
greater-manchester | Greater Manchester Police | no
gwent | Gwent Police | yes
hampshire | Hampshire Constabulary | no
hertfordshire | Hertfordshire Constabulary | no
humberside | Humberside Police | no
kent | Kent Police | no
lancashire | Lancashire Constabulary | no
leicestershire | Leicestershire Police | no
lincolnshire | Lincolnshire Police | no
merseyside | Merseyside Police | no
metropolitan | Metropolitan Police Service | no
norfolk | Norfolk Constabulary | no
north-wales | North Wales Police | yes
north-yorkshire | North Yorkshire Police | no
northamptonshire | Northamptonshire Police | no
northumbria | Northumbria Police | no
nottinghamshire | Nottinghamshire Police | no
south-wales | South Wales Police | yes
south-yorkshire | South Yorkshire Police | no
staffordshire | Staffordshire Police | no
suffolk | Suffolk Constabulary | no
surrey | Surrey Police | no
sussex | Sussex Police | no
thames-valley | Thames Valley Police | no
warwickshire | Warwickshire Police | no
west-mercia | West Mercia Police | no
west-midlands | West Midlands Police | no
west-yorkshire | West Yorkshire Police | no
wiltshire | Wiltshire Police | no
"""
EXPECTED = {
    ident: (name, "Wales" if wales == "yes" else "England")
    for ident, name, wales in (tuple(cell.strip() for cell in row.split("|")) for row in TABLE.strip().splitlines())
}


def listed():
    return yaml.safe_load((ROOT / "content/national/forces.yml").read_text())["forces"]


def test_the_list_has_43_forces_4_of_them_in_wales():
    forces = listed()
    assert len(forces) == 43 == len({f["id"] for f in forces})
    assert sorted(f["name"] for f in forces if f["country"] == "Wales") == [
        "Dyfed-Powys Police",
        "Gwent Police",
        "North Wales Police",
        "South Wales Police",
    ]


def test_the_list_matches_the_research_notes_entry_by_entry():
    assert {f["id"]: (f["name"], f["country"]) for f in listed()} == EXPECTED


def test_every_listed_force_has_a_record_file_and_every_record_file_is_listed():
    files = {p.stem for p in (ROOT / "content/forces").glob("*.yml")}
    assert files == {f["id"] for f in listed()}


def test_every_record_agrees_with_the_list():
    content, result = check(ROOT)
    assert result.problems == []
    assert {f.id: (f.name, f.country.value) for f in content.forces} == EXPECTED

"""The data downloads, from the same model as the pages: JSON, CSV, JSON Schemas and a data package.

Pure: returns relative path -> bytes under `data/`. Every byte depends only on
the records, so two builds of the same commit give the same files.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from generator import addresses, settings
from generator import model as m
from generator.data.rows import actions_rows, areas_rows, findings_rows, observations_rows
from generator.data.schemas import json_schemas
from generator.data.tables import ACTIONS, AREAS, FINDINGS, OBSERVATIONS, TABLES, Table
from generator.derive import Site

# The version of the data format: bump it, and add an entry to CHANGELOG-data.md, when fields change.
SCHEMA_VERSION = "3.0.0"
# The data format belongs to the code, so its changelog sits beside the code, not in content/.
CHANGELOG = Path(__file__).resolve().parents[2] / "CHANGELOG-data.md"
LICENCE = {"name": "OGL-UK-3.0", "title": "Open Government Licence v3.0", "path": settings.OGL_URL}
# A spreadsheet would run a cell that starts like a formula: such cells get a leading apostrophe.
FORMULA = "=+-@\t\r"


class Dataset(BaseModel):
    """The shape of forces.json: every record under content/, as validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_version: str = Field(description="Version of this data format; see the data format changelog.")
    licence: str = Field(description="The licence of the data.")
    assessments: tuple[m.Assessment, ...] = Field(description="The national assessments.")
    force_list: m.ForceList = Field(description="The territorial police forces of England and Wales.")
    systems: m.SystemRegister = Field(description="Named systems that follow-up actions refer to.")
    forces: tuple[m.Force, ...] = Field(description="One record per force.")
    areas: m.Areas = Field(
        description="The council areas (local authority districts) each force covers, from the Office for National "
        "Statistics' lookup: `police_force_areas`, each with the force that polices it and its districts; "
        "`force_areas`, ONS's code of each area and its force's id; and the credit the lookup's licence asks for "
        "(`attribution`)."
    )


def _json(value: object) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode()


def forces_json(site: Site) -> bytes:
    c = site.content
    data = Dataset(
        schema_version=SCHEMA_VERSION,
        licence=LICENCE["title"],
        assessments=c.assessments,
        force_list=c.force_list,
        systems=c.systems,
        forces=c.forces,
        areas=c.areas,
    )
    # pydantic's own serialiser: the same bytes as json.dumps(indent=2, ensure_ascii=False) of the dumped
    # data at a quarter of the CPU (a float under 1e-4 is written 1e-7 rather than 1e-07: the same number).
    return (data.model_dump_json(indent=2) + "\n").encode()


def documents_json(site: Site) -> bytes:
    """The documents the project holds: each one's metadata, its page on the site and its paragraphs."""
    return _json(
        {
            "schema_version": SCHEMA_VERSION,
            "documents": [
                {
                    **doc.meta.model_dump(mode="json"),
                    "address": addresses.document(doc.id).served,
                    "paragraph_count": len(doc.paragraphs),
                    "paragraphs": [
                        {"number": p.key, "address": addresses.paragraph(doc.id, p.key).served} for p in doc.paragraphs
                    ],
                }
                for doc in site.content.documents
            ],
        }
    )


@functools.cache  # a function of the models alone: made once per process (`make serve` builds on every save)
def dataset_schema() -> bytes:
    """The JSON Schema of forces.json."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **Dataset.model_json_schema(mode="serialization"),
    }
    return (json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text and text[0] in FORMULA else text


def to_csv(table: Table, rows: list[dict]) -> bytes:
    names = [c.name for c in table.columns]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([_cell(row.get(name)) for name in names] for row in rows)
    return out.getvalue().encode()


def _resource(table: Table) -> dict:
    fields = []
    for c in table.columns:
        field = {"name": c.name, "type": c.type, "description": c.description}
        if c.type == "date":
            field["format"] = "%Y-%m-%d"
        if c.type == "boolean":
            field |= {"trueValues": ["true"], "falseValues": ["false"]}
        constraints = {**({"required": True} if c.required else {}), **({"enum": list(c.enum)} if c.enum else {})}
        fields.append({**field, **({"constraints": constraints} if constraints else {})})
    schema = {
        "fields": fields,
        "missingValues": [""],
        **({"primaryKey": list(table.primary_key)} if table.primary_key else {}),
    }
    return {
        "profile": "tabular-data-resource",
        "name": table.name,
        "path": table.path,
        "title": table.title,
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


TILES = "tiles.hexjson"  # the tile map's layout, in the Open Data Institute's HexJSON format
TILES_SCHEMA = "schema/tiles.schema.json"


def tiles_hexjson(site: Site) -> bytes:
    """content/national/tiles.yml as HexJSON: `layout`, and `hexes` keyed by force id with `q`, `r` and `label`."""
    return _json(site.content.tiles.model_dump(mode="json"))


def _tiles_resource() -> dict:
    return {
        "name": "tiles",
        "path": TILES,
        "type": "json",
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "title": "Tile map layout",
        "description": "One hexagonal tile per force for drawing the country as a tile map, in the Open Data "
        "Institute's HexJSON format (layout odd-r; rows count northwards): `hexes` keyed by the force "
        "ids of the other files, each with its column `q`, row `r` and short `label`. Its JSON Schema: "
        f"{TILES_SCHEMA}.",
    }


def _areas_resource(areas: m.Areas) -> dict:
    """areas.csv is ONS's data: its own licence and source, and the credit the licence asks for."""
    resource = _resource(AREAS)
    return {
        **resource,
        "description": f"{resource['description']} {areas.attribution}",
        "licenses": [LICENCE],
        "sources": [_package_source(s) for s in areas.sources],
    }


def _package_source(source: m.Source) -> dict:
    return {"title": source.title, **({"path": source.url} if source.url else {})}


def datapackage(site: Site) -> bytes:
    c = site.content
    sources = {(s.title, s.url): s for a in c.assessments for s in a.sources} | {
        (s.title, s.url): s for s in c.areas.sources
    }
    return _json(
        {
            "profile": "data-package",  # the CSV tables are tabular resources; the tile layout is JSON
            "name": "police-abuse-of-position-plans",
            "title": settings.SITE_NAME,
            "description": "The inspectorate's outcome for each police force of England and Wales, area by area, in "
            "its 2017 review of forces' plans and in the later inspection programmes; the findings without a "
            "grade; and the follow-up actions reported. Every row names the document it comes from. With them, the "
            "council areas each force covers, from the Office for National Statistics.",
            "version": SCHEMA_VERSION,
            "licenses": [LICENCE],
            "sources": [_package_source(s) for s in sources.values()],
            "resources": [
                *(_areas_resource(c.areas) if t is AREAS else _resource(t) for t in TABLES),
                _tiles_resource(),
            ],
        }
    )


def files(site: Site) -> dict[str, bytes]:
    """Every download, as path under the docs folder -> bytes."""
    out = {
        "forces.json": forces_json(site),
        "forces.schema.json": dataset_schema(),
        "documents.json": documents_json(site),
        FINDINGS.path: to_csv(FINDINGS, findings_rows(site)),
        ACTIONS.path: to_csv(ACTIONS, actions_rows(site)),
        OBSERVATIONS.path: to_csv(OBSERVATIONS, observations_rows(site)),
        AREAS.path: to_csv(AREAS, areas_rows(site)),
        TILES: tiles_hexjson(site),
        "datapackage.json": datapackage(site),
        "CHANGELOG.txt": CHANGELOG.read_bytes(),
        **{f"schema/{name}": data for name, data in json_schemas().items()},
    }
    return {addresses.download(path).page: data for path, data in out.items()}

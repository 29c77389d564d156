"""JSON Schemas generated from the models, for editors' tools and for the data downloads."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from pydantic import BaseModel

from generator import model as m

SCHEMAS: dict[str, type[BaseModel]] = {
    "force.schema.json": m.Force,
    "assessment.schema.json": m.Assessment,
    "forces-list.schema.json": m.ForceList,
    "systems.schema.json": m.SystemRegister,
    "document.schema.json": m.DocumentRecord,
    "tiles.schema.json": m.TileLayout,
    "areas.schema.json": m.AreasRecord,
}


@functools.cache  # a function of the models alone: made once per process (`make serve` builds on every save)
def json_schemas() -> dict[str, bytes]:
    """File name -> the schema's bytes, stable from run to run."""
    out = {}
    for name, cls in SCHEMAS.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **cls.model_json_schema()}
        out[name] = (json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    return out


def write_schemas(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, data in json_schemas().items():
        target = folder / name
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
            changed.append(name)
    return changed

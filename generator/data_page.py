"""The Data page's view: each download with its title, format, size and description, and the JSON Schemas.

export.py makes the files; this module only says what each one is, for the page that lists them.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator.export import FOLDER
from generator.tables import ACTIONS, FINDINGS


@dataclass(frozen=True)
class Download:
    path: str
    title: str
    format: str
    size: str
    description: str


DESCRIPTIONS = (
    ("forces.json", "Every record", "JSON", "Every record the site is built from: the national assessments, the "
     "list of forces, named systems and one record per force, with its schema_version."),
    (FINDINGS.path, FINDINGS.title, "CSV", FINDINGS.description),
    (ACTIONS.path, ACTIONS.title, "CSV", ACTIONS.description),
    ("datapackage.json", "Data package", "JSON", "A Frictionless tabular data package describing both CSV files: "
     "fields, types, allowed values, licence and sources."),
    ("forces.schema.json", "JSON Schema of forces.json", "JSON", "The shape of forces.json, field by field."),
    ("CHANGELOG.txt", "Changes to the data format", "Text", "What changed in each version of the data format."),
)


def describe(downloads: dict[str, bytes]) -> list[Download]:
    """The main downloads with their sizes, for the Data page."""
    return [Download(f"{FOLDER}/{path}", title, kind, _size(len(downloads[f"{FOLDER}/{path}"])), text)
            for path, title, kind, text in DESCRIPTIONS]


def schema_paths(downloads: dict[str, bytes]) -> list[str]:
    return sorted(p for p in downloads if p.startswith(f"{FOLDER}/schema/"))


def _size(n: int) -> str:
    return f"{n} bytes" if n < 1024 else f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"
